package br.org.teia.console.comparison;

import br.org.teia.kernel.indicators.IndicatorKind;
import java.util.List;

/**
 * An indicator as open data: only protected aggregates, by municipality and by group; no personal
 * data. Counts are perturbed (at most {@code perturbation}) and rounded to {@code rounding}; a
 * group's total is the sum of its members' perturbed contributions (ADR 0018, docs/open-data.md).
 */
public record OpenDataIndicator(String code, IndicatorKind kind, int minimumCount, int perturbation, int rounding,
    List<MunicipalityFigure> municipalities,
    List<GroupFigure> groups) {

  public record MunicipalityFigure(String ibgeCode, String name, String uf, Figure figure) {}

  public record GroupFigure(String id, GroupType type, String label, String regionSet, int municipalities,
      Figure figure) {}
}
