package br.org.teia.console.comparison;

import br.org.teia.kernel.indicators.IndicatorKind;
import java.util.List;

/** An indicator as open data: only protected aggregates, by municipality and by group; no personal data. */
public record OpenDataIndicator(String code, IndicatorKind kind, int minimumCount, List<MunicipalityFigure> municipalities,
    List<GroupFigure> groups) {

  public record MunicipalityFigure(String ibgeCode, String name, String uf, Figure figure) {}

  public record GroupFigure(String id, GroupType type, String label, String regionSet, int municipalities,
      Figure figure) {}
}
