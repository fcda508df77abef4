package br.org.teia.console.comparison;

import br.org.teia.kernel.indicators.IndicatorKind;
import java.util.List;

/**
 * Where a municipality stands on one indicator: its own figure (its own data) against the protected
 * figures of its regions, its peers and the state — nothing of any other municipality alone.
 */
public record Standing(String code, IndicatorKind kind, int k, Figure own, List<ComparisonScreen.Row> groups) {

  public Standing {
    groups = List.copyOf(groups);
  }
}
