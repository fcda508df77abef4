package br.org.teia.console.comparison;

import br.org.teia.kernel.indicators.IndicatorKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * One indicator (of one period) protected once over every group: what every screen, export and
 * API shows. Hidden figures carry no value.
 *
 * @param k             counts under it are hidden ("&lt; k")
 * @param perturbation  the most a shown count is moved by (ADR 0018)
 * @param rounding      the base shown counts and totals are rounded to (1: none)
 * @param period    the month of a history point, or null for the current figures
 * @param fallback  true when disclosure control could not protect the figures and every figure
 *                  below the state is hidden
 */
public record ProtectedIndicator(String code, IndicatorKind kind, int k, int perturbation, int rounding, LocalDate period,
    Map<String, Figure> municipalities, Map<String, Figure> groups, boolean fallback) implements Serializable {

  public ProtectedIndicator {
    municipalities = Map.copyOf(municipalities);
    groups = Map.copyOf(groups);
  }

  public Figure municipality(String ibgeCode) {
    return municipalities.get(ibgeCode);
  }

  public Figure group(String id) {
    return groups.get(id);
  }
}
