package br.org.teia.kernel.tenancy;

import br.org.teia.kernel.TeiaException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The IBGE reference list of the 5,570 municipalities (shipped in the jar). An IBGE code is valid
 * when it has 7 digits and names a municipality of this list.
 */
@Component
public class Municipalities {

  private static final String RESOURCE = "/reference/municipios-ibge.csv";

  private final Map<TenantId, Municipality> byCode;

  public Municipalities() {
    this.byCode = Collections.unmodifiableMap(load());
  }

  public Optional<Municipality> find(TenantId id) {
    return Optional.ofNullable(byCode.get(id));
  }

  /** Validates user input: 7 digits and a real municipality, else a clear refusal. */
  public Municipality require(String ibgeCode) {
    TenantId id = TenantId.of(ibgeCode);
    return find(id).orElseThrow(() -> new TeiaException("tenant.ibge.unknown", id.ibgeCode()));
  }

  public List<Municipality> ofState(String uf) {
    String wanted = uf == null ? "" : uf.strip().toUpperCase(Locale.ROOT);
    List<Municipality> found = byCode.values().stream().filter(m -> m.uf().equals(wanted)).toList();
    if (found.isEmpty()) {
      throw new TeiaException("tenant.uf.unknown", uf);
    }
    return found;
  }

  /** Every municipality of the list, in IBGE code order (the whole-country benchmarks use it). */
  public List<Municipality> all() {
    return List.copyOf(byCode.values());
  }

  public int size() {
    return byCode.size();
  }

  private static Map<TenantId, Municipality> load() {
    var stream = Municipalities.class.getResourceAsStream(RESOURCE);
    if (stream == null) {
      throw new IllegalStateException("missing " + RESOURCE);
    }
    Map<TenantId, Municipality> map = new LinkedHashMap<>();
    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      reader.readLine(); // header: ibge_code,name,uf,uf_name
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cols = line.split(",", -1); // no name in the list holds a comma
        TenantId id = TenantId.of(cols[0]);
        map.put(id, new Municipality(id, cols[1], cols[2], cols[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return map;
  }
}
