package br.org.teia.kernel.indicators;

import br.org.teia.kernel.tenancy.PlatformSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The indicators every module declares, registered in {@code platform.indicator_definition} when
 * the application starts. A definition's kind follows the code; its disclosure threshold
 * (minimum_count) is set on first registration and afterwards belongs to the association.
 */
@Component
public class IndicatorRegistry implements SmartInitializingSingleton {

  private final Map<String, Map<String, IndicatorDefinition>> byModule = new LinkedHashMap<>();
  private final List<IndicatorRelation> relations = new java.util.ArrayList<>();
  private final ObjectProvider<IndicatorSource> sources;
  private final JdbcClient jdbc;

  IndicatorRegistry(ObjectProvider<IndicatorSource> sources, JdbcClient jdbc, PlatformSchema platformSchema) {
    this.sources = sources;
    this.jdbc = jdbc;
  }

  /** Once every bean exists (sources depend on module services that depend on the rollup). */
  @Override
  public void afterSingletonsInstantiated() {
    for (IndicatorSource source : sources.orderedStream().toList()) {
      Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
      for (IndicatorDefinition definition : source.definitions()) {
        if (!definition.module().equals(source.module())) {
          throw new IllegalStateException(definition.code() + " is not prefixed by its module " + source.module());
        }
        definitions.put(definition.code(), definition);
        register(definition);
      }
      relations.addAll(source.relations());
      if (byModule.put(source.module(), Map.copyOf(definitions)) != null) {
        throw new IllegalStateException("two indicator sources for module " + source.module());
      }
    }
  }

  private void register(IndicatorDefinition definition) {
    jdbc.sql("""
            INSERT INTO platform.indicator_definition (code, module, kind, minimum_count) VALUES (?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET module = excluded.module, kind = excluded.kind""")
        .params(definition.code(), definition.module(), definition.kind().name(), definition.minimumCount())
        .update();
  }

  Map<String, IndicatorDefinition> definitionsOf(String module) {
    return byModule.getOrDefault(module, Map.of());
  }

  /**
   * Every definition as the association configured it: threshold from the database, perturbation
   * and rounding as the module declares them (standard ones for a code no module declares).
   */
  public List<IndicatorDefinition> all() {
    return jdbc.sql("SELECT code, kind, minimum_count FROM platform.indicator_definition ORDER BY code")
        .query((rs, n) -> {
          IndicatorDefinition stored = new IndicatorDefinition(rs.getString(1), IndicatorKind.valueOf(rs.getString(2)),
              rs.getInt(3));
          return declared(stored.code())
              .map(d -> new IndicatorDefinition(stored.code(), stored.kind(), stored.minimumCount(), d.perturbation(),
                  d.rounding()))
              .orElse(stored);
        })
        .list();
  }

  private Optional<IndicatorDefinition> declared(String code) {
    int dot = code.indexOf('.');
    return dot < 0 ? Optional.empty() : Optional.ofNullable(definitionsOf(code.substring(0, dot)).get(code));
  }

  /** Every relation between indicators the modules declare (ADR 0018). */
  public List<IndicatorRelation> relations() {
    return List.copyOf(relations);
  }

  public Optional<IndicatorDefinition> find(String code) {
    return all().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  /** Changes an indicator's disclosure threshold k. */
  public void setMinimumCount(String code, int minimumCount) {
    new IndicatorDefinition(code, IndicatorKind.COUNT, minimumCount); // validates
    int updated = jdbc.sql("UPDATE platform.indicator_definition SET minimum_count = ? WHERE code = ?")
        .params(minimumCount, code).update();
    if (updated == 0) {
      throw new IllegalArgumentException("unknown indicator " + code);
    }
  }
}
