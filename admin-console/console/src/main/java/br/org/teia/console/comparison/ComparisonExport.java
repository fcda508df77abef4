package br.org.teia.console.comparison;

import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The comparison screen as a spreadsheet (CSV or XLSX): the same sections and the same texts as on
 * screen — comparison, ranking, distribution and series — written from the same
 * {@link ComparisonScreen}, so a hidden figure is "&lt; k" or "protegido" here too.
 */
@Component
public class ComparisonExport {

  /** One line of the sheet: section, what, figure as shown, and the number when shown. */
  record Line(String section, String what, String figure, BigDecimal number) {}

  private final FigureText text;
  private final Messages messages;

  ComparisonExport(FigureText text, Messages messages) {
    this.text = text;
    this.messages = messages;
  }

  public byte[] csv(ComparisonScreen screen, Locale locale) {
    return sheet(locale).csv(lines(screen, locale));
  }

  public byte[] xlsx(ComparisonScreen screen, Locale locale) {
    return sheet(locale).xlsx(messages.get(locale, "console.comparison.export.sheet"), lines(screen, locale));
  }

  public static String fileName(ComparisonScreen screen, String extension) {
    return "comparacao-" + screen.code().replace('.', '-') + "-" + screen.ibgeCode() + "." + extension;
  }

  private Spreadsheet<Line> sheet(Locale locale) {
    return new Spreadsheet<>(List.of(
        new Spreadsheet.Column<>(messages.get(locale, "console.comparison.export.section"), Line::section),
        new Spreadsheet.Column<>(messages.get(locale, "console.comparison.export.what"), Line::what),
        new Spreadsheet.Column<>(messages.get(locale, "console.comparison.export.figure"), Line::figure),
        new Spreadsheet.Column<>(messages.get(locale, "console.comparison.export.number"), Line::number)));
  }

  List<Line> lines(ComparisonScreen screen, Locale locale) {
    List<Line> lines = new ArrayList<>();
    String indicator = text.indicator(screen.code(), locale);
    String compare = messages.get(locale, "console.comparison.section.compare", indicator);
    for (ComparisonScreen.Row row : screen.comparison()) {
      lines.add(new Line(compare, text.group(row.type(), row.label(), row.setName(), locale),
          text.figure(row.figure(), screen.kind(), screen.k(), row.type() != null, locale), number(row.figure(), screen)));
    }
    String ranking = messages.get(locale, "console.comparison.section.ranking");
    for (ComparisonScreen.RankingRow row : screen.ranking()) {
      lines.add(new Line(ranking, (row.rank() == null ? "-" : row.rank() + "º") + " " + row.name(),
          text.figure(row.figure(), screen.kind(), screen.k(), false, locale), number(row.figure(), screen)));
    }
    String distribution = messages.get(locale, "console.comparison.section.distribution");
    ComparisonScreen.Distribution d = screen.distribution();
    lines.add(new Line(distribution, messages.get(locale, "console.comparison.shown-count"),
        text.number(BigDecimal.valueOf(d.shown()), locale), BigDecimal.valueOf(d.shown())));
    lines.add(new Line(distribution, messages.get(locale, "console.comparison.hidden-count"),
        text.number(BigDecimal.valueOf(d.hidden()), locale), BigDecimal.valueOf(d.hidden())));
    addQuartile(lines, distribution, "console.comparison.min", d.min(), locale);
    addQuartile(lines, distribution, "console.comparison.q1", d.q1(), locale);
    addQuartile(lines, distribution, "console.comparison.median", d.median(), locale);
    addQuartile(lines, distribution, "console.comparison.q3", d.q3(), locale);
    addQuartile(lines, distribution, "console.comparison.max", d.max(), locale);
    String series = messages.get(locale, "console.comparison.section.series");
    DateTimeFormatter month = DateTimeFormatter.ofPattern("MM/yyyy");
    for (ComparisonScreen.SeriesPoint point : screen.series()) {
      String when = month.format(point.period());
      lines.add(new Line(series, when + " " + screen.name(),
          text.figure(point.municipality(), screen.kind(), screen.k(), false, locale), number(point.municipality(), screen)));
      if (point.region() != null) {
        lines.add(new Line(series, when + " " + messages.get(locale, "console.comparison.series.region"),
            text.figure(point.region(), screen.kind(), screen.k(), true, locale), number(point.region(), screen)));
      }
      if (point.peers() != null) {
        lines.add(new Line(series, when + " " + messages.get(locale, "console.comparison.series.peers"),
            text.figure(point.peers(), screen.kind(), screen.k(), true, locale), number(point.peers(), screen)));
      }
      lines.add(new Line(series, when + " " + messages.get(locale, "console.comparison.series.state"),
          text.figure(point.state(), screen.kind(), screen.k(), true, locale), number(point.state(), screen)));
    }
    return lines;
  }

  private void addQuartile(List<Line> lines, String section, String key, BigDecimal value, Locale locale) {
    lines.add(new Line(section, messages.get(locale, key), text.number(value, locale), value));
  }

  private static BigDecimal number(Figure figure, ComparisonScreen screen) {
    return figure == null ? null : figure.number(screen.kind());
  }
}
