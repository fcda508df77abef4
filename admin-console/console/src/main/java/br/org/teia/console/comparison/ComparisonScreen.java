package br.org.teia.console.comparison;

import br.org.teia.kernel.indicators.IndicatorKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the comparison screen shows, and so what its exports write: one municipality against its
 * region, its peers and the state; a ranking; the distribution of the shown values; the monthly
 * series. Built only from a {@link ProtectedIndicator}: hidden figures carry no value.
 */
public record ComparisonScreen(String code, IndicatorKind kind, int k, int perturbation, int rounding, String ibgeCode,
    String name,
    List<Row> comparison, String rankingGroup, List<RankingRow> ranking, Distribution distribution,
    List<SeriesPoint> series, boolean fallback) implements Serializable {

  /** One line of the comparison: the municipality, its region, its peer group or the state. */
  public record Row(GroupType type, String label, String setName, Figure figure, int members) implements Serializable {}

  /** A place in the ranking; hidden figures have no rank and come last. */
  public record RankingRow(Integer rank, String ibgeCode, String name, Figure figure) implements Serializable {}

  /** Quartiles over the shown values of the ranking's group only (rates as percentages). */
  public record Distribution(int shown, int hidden, BigDecimal min, BigDecimal q1, BigDecimal median, BigDecimal q3,
      BigDecimal max) implements Serializable {}

  /** One month: the municipality, its region, its peers and the state. */
  public record SeriesPoint(LocalDate period, Figure municipality, Figure region, Figure peers, Figure state)
      implements Serializable {}

  public ComparisonScreen {
    comparison = List.copyOf(comparison);
    ranking = List.copyOf(ranking);
    series = List.copyOf(series);
  }
}
