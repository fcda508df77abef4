package br.org.teia.kernel.tenancy;

import br.org.teia.kernel.TeiaException;
import java.util.regex.Pattern;

/**
 * A tenant is a municipality, keyed by its 7-digit IBGE code. The schema name is derived from the
 * code, so it can never carry anything a client typed.
 */
public record TenantId(String ibgeCode) implements Comparable<TenantId>, java.io.Serializable {

  private static final Pattern SEVEN_DIGITS = Pattern.compile("\\d{7}");
  private static final String SCHEMA_PREFIX = "mun_";

  public TenantId {
    if (ibgeCode == null || !SEVEN_DIGITS.matcher(ibgeCode).matches()) {
      throw new TeiaException("tenant.ibge.format", ibgeCode);
    }
  }

  /** Parses user or client input, trimming blanks; refuses anything but 7 digits. */
  public static TenantId of(String ibgeCode) {
    return new TenantId(ibgeCode == null ? null : ibgeCode.strip());
  }

  public String schemaName() {
    return SCHEMA_PREFIX + ibgeCode;
  }

  public static boolean isTenantSchema(String schema) {
    return schema != null && schema.length() == SCHEMA_PREFIX.length() + 7
        && schema.startsWith(SCHEMA_PREFIX)
        && SEVEN_DIGITS.matcher(schema.substring(SCHEMA_PREFIX.length())).matches();
  }

  @Override
  public int compareTo(TenantId other) {
    return ibgeCode.compareTo(other.ibgeCode);
  }

  @Override
  public String toString() {
    return ibgeCode;
  }
}
