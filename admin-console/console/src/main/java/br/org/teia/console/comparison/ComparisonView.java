package br.org.teia.console.comparison;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorKind;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * Association staff compare one member municipality on one indicator against its region (of the
 * chosen region set), its size-class peers and the state; with the ranking and the distribution of
 * the shown values in a group, the monthly series (table and chart) and the exports of exactly this.
 */
@PageHelp("console.help.comparison")
@Route(ComparisonView.ROUTE)
@RolesAllowed(ConsoleAccess.STAFF)
@JavaScript("context://webjars/chart.js/4.4.1/dist/chart.umd.js")
public class ComparisonView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "associacao/comparacao";
  /** Months of series below which no line chart is drawn (one month is a lone dot). */
  static final int MONTHS_FOR_A_LINE = 2;

  /** A region set to choose. */
  record RegionSetChoice(String id, String name) {}

  private final ComparisonService comparisons;
  private final FigureText text;
  private final ComparisonExport export;
  private final Select<IndicatorDefinition> indicator = new Select<>();
  private final ComboBox<Grouping.Place> municipality = new ComboBox<>();
  private final Select<RegionSetChoice> regionSet = new Select<>();
  private final Select<ComparisonGroup> rankingScope = new Select<>();
  private final Grid<ComparisonScreen.Row> comparison = new Grid<>();
  private final Grid<ComparisonScreen.RankingRow> ranking = new Grid<>();
  private final Grid<ComparisonScreen.SeriesPoint> series = new Grid<>();
  private final Paragraph distribution = new Paragraph();
  private final Paragraph notice = new Paragraph();
  private final Div chart = new Div();
  private final Paragraph seriesNote = new Paragraph();
  private final HorizontalLayout exports = new HorizontalLayout();
  private final Grouping grouping;
  private ComparisonScreen screen;

  public ComparisonView(ComparisonService comparisons, FigureText text, ComparisonExport export) {
    this.comparisons = comparisons;
    this.text = text;
    this.export = export;
    this.grouping = comparisons.groups();
    Locale locale = getLocale();

    indicator.setLabel(getTranslation("console.comparison.indicator"));
    indicator.setId("comparison-indicator");
    indicator.setItems(comparisons.indicators());
    indicator.setItemLabelGenerator(d -> text.indicator(d.code(), locale));
    municipality.setLabel(getTranslation("console.comparison.municipality"));
    municipality.setId("comparison-municipality");
    municipality.setItems(grouping.municipalities().values().stream()
        .sorted(Comparator.comparing(Grouping.Place::name)).toList());
    municipality.setItemLabelGenerator(p -> p.name() + " (" + p.ibgeCode() + ")");
    regionSet.setLabel(getTranslation("console.comparison.region-set"));
    regionSet.setId("comparison-region-set");
    Map<String, RegionSetChoice> sets = new LinkedHashMap<>();
    grouping.groups().stream().filter(g -> g.type() == GroupType.REGION)
        .forEach(g -> sets.putIfAbsent(g.setId(), new RegionSetChoice(g.setId(), g.setName())));
    regionSet.setItems(sets.values());
    regionSet.setItemLabelGenerator(s -> s == null ? getTranslation("console.comparison.region-set.none") : s.name());
    regionSet.setEmptySelectionAllowed(true);
    regionSet.setEmptySelectionCaption(getTranslation("console.comparison.region-set.none"));
    rankingScope.setLabel(getTranslation("console.comparison.ranking-scope"));
    rankingScope.setId("comparison-ranking-scope");
    rankingScope.setItemLabelGenerator(g -> text.group(g.type(), g.label(), g.setName(), locale));

    indicator.addValueChangeListener(e -> refresh());
    municipality.addValueChangeListener(e -> {
      updateScopes();
      refresh();
    });
    regionSet.addValueChangeListener(e -> refresh());
    rankingScope.addValueChangeListener(e -> refresh());

    HorizontalLayout choices = new HorizontalLayout(indicator, municipality, regionSet, rankingScope);
    choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    choices.setWrap(true);

    comparison.setId("comparison-grid");
    comparison.addColumn(r -> text.group(r.type(), r.label(), r.setName(), locale))
        .setHeader(getTranslation("console.comparison.what")).setAutoWidth(true);
    comparison.addColumn(r -> figure(r.figure(), r.type() != null))
        .setHeader(getTranslation("console.comparison.figure")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    comparison.addColumn(ComparisonScreen.Row::members)
        .setHeader(getTranslation("console.comparison.members")).setTextAlign(ColumnTextAlign.END);
    comparison.setAllRowsVisible(true);

    ranking.setId("comparison-ranking");
    ranking.addColumn(r -> r.rank() == null ? getTranslation("console.comparison.unranked") : r.rank() + "º")
        .setHeader(getTranslation("console.comparison.rank")).setAutoWidth(true).setFlexGrow(0);
    ranking.addColumn(ComparisonScreen.RankingRow::name).setHeader(getTranslation("console.comparison.municipality"))
        .setAutoWidth(true);
    ranking.addColumn(r -> figure(r.figure(), false)).setHeader(getTranslation("console.comparison.figure"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    ranking.setHeight("20em");

    DateTimeFormatter month = DateTimeFormatter.ofPattern("MM/yyyy");
    series.setId("comparison-series");
    series.addColumn(p -> month.format(p.period())).setHeader(getTranslation("console.comparison.period"));
    series.addColumn(p -> figure(p.municipality(), false)).setHeader(getTranslation("console.comparison.series.municipality"));
    series.addColumn(p -> p.region() == null ? "" : figure(p.region(), true)).setHeader(getTranslation("console.comparison.series.region"));
    series.addColumn(p -> p.peers() == null ? "" : figure(p.peers(), true)).setHeader(getTranslation("console.comparison.series.peers"));
    series.addColumn(p -> figure(p.state(), true)).setHeader(getTranslation("console.comparison.series.state"));
    series.setAllRowsVisible(true);

    distribution.setId("comparison-distribution");
    seriesNote.setId("comparison-series-note");
    notice.setId("comparison-notice");
    chart.setId("comparison-chart");
    chart.setWidthFull();
    chart.setMaxWidth("48em");
    chart.getElement().setAttribute("role", "img");
    chart.getElement().setAttribute("aria-label", getTranslation("console.comparison.chart"));
    Html canvas = new Html("<canvas id=\"comparison-canvas\"></canvas>");
    chart.add(canvas);

    add(new H2(getTranslation("console.comparison.title")), new Paragraph(getTranslation("console.comparison.intro")),
        choices, notice, exports, comparison,
        new H3(getTranslation("console.comparison.section.ranking")), ranking,
        new H3(getTranslation("console.comparison.section.distribution")), distribution,
        new H3(getTranslation("console.comparison.section.series")), seriesNote, chart, series);

    comparisons.indicators().stream().findFirst().ifPresent(indicator::setValue);
    grouping.municipalities().values().stream().min(Comparator.comparing(Grouping.Place::name))
        .ifPresent(municipality::setValue);
    refresh();
  }

  /** The screen as shown now (for tests). */
  ComparisonScreen screen() {
    return screen;
  }

  private void updateScopes() {
    Grouping.Place place = municipality.getValue();
    List<ComparisonGroup> scopes = new ArrayList<>();
    if (place != null) {
      place.groups().forEach(id -> grouping.group(id).ifPresent(scopes::add));
      scopes.sort(Comparator.comparing(ComparisonGroup::type).reversed());
    }
    rankingScope.setItems(scopes);
    scopes.stream().filter(g -> g.type() == GroupType.STATE).findFirst().ifPresent(rankingScope::setValue);
  }

  private void refresh() {
    IndicatorDefinition chosen = indicator.getValue();
    Grouping.Place place = municipality.getValue();
    exports.removeAll();
    if (chosen == null || place == null) {
      screen = null;
      comparison.setItems(List.of());
      ranking.setItems(List.of());
      series.setItems(List.of());
      distribution.setText(getTranslation("console.comparison.choose"));
      return;
    }
    RegionSetChoice set = regionSet.getValue();
    ComparisonGroup scope = rankingScope.getValue();
    screen = comparisons.screen(chosen.code(), place.ibgeCode(), set == null ? null : set.id(),
        scope == null ? null : scope.id());
    comparison.setItems(screen.comparison());
    ranking.setItems(screen.ranking());
    series.setItems(screen.series());
    ComparisonScreen.Distribution d = screen.distribution();
    distribution.setText(d.shown() == 0 ? getTranslation("console.comparison.distribution.none", d.hidden())
        : getTranslation("console.comparison.distribution", d.shown(), d.hidden(), plain(d.min()), plain(d.q1()),
            plain(d.median()), plain(d.q3()), plain(d.max())));
    notice.setText(screen.fallback() ? getTranslation("console.comparison.fallback")
        : getTranslation(screen.kind() == IndicatorKind.COUNT || screen.kind() == IndicatorKind.RATE
            ? "console.comparison.legend" : "console.comparison.legend.exact", screen.k(), screen.perturbation(),
            screen.rounding()));
    Locale locale = getLocale();
    ComparisonScreen current = screen;
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(export.csv(current, locale),
        ComparisonExport.fileName(current, "csv"), Spreadsheet.CSV_TYPE)), getTranslation("console.comparison.export.csv"));
    csv.setId("comparison-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(export.xlsx(current, locale),
        ComparisonExport.fileName(current, "xlsx"), Spreadsheet.XLSX_TYPE)), getTranslation("console.comparison.export.xlsx"));
    xlsx.setId("comparison-export-xlsx");
    exports.add(csv, xlsx);
    drawChart();
  }

  private String figure(ComparisonScreen screenRow, Figure figure, boolean group) {
    return text.figure(figure, screenRow.kind(), screenRow.k(), group, getLocale());
  }

  private String figure(Figure figure, boolean group) {
    return screen == null ? "" : figure(screen, figure, group);
  }

  private String plain(BigDecimal value) {
    return text.number(value, getLocale());
  }

  /**
   * The series as a line chart (Chart.js from its WebJar). Hidden figures are gaps. For counts the
   * groups are drawn as the mean per municipality (total over members), so the lines share a scale.
   */
  private void drawChart() {
    boolean line = screen.series().size() >= MONTHS_FOR_A_LINE;
    chart.setVisible(line);
    seriesNote.setVisible(!line);
    seriesNote.setText(screen.series().isEmpty() ? getTranslation("console.comparison.series.none")
        : getTranslation("console.comparison.series.too-short"));
    if (!line) {
      return; // one month would be drawn as a lone dot, which reads as no chart at all
    }
    Map<String, Integer> members = new LinkedHashMap<>();
    screen.comparison().stream().filter(r -> r.type() != null).forEach(r -> members.putIfAbsent(r.type().name(), r.members()));
    boolean rate = screen.kind() == IndicatorKind.RATE;
    List<String> labels = new ArrayList<>();
    List<BigDecimal> own = new ArrayList<>();
    List<BigDecimal> region = new ArrayList<>();
    List<BigDecimal> peers = new ArrayList<>();
    List<BigDecimal> state = new ArrayList<>();
    DateTimeFormatter month = DateTimeFormatter.ofPattern("MM/yyyy");
    for (ComparisonScreen.SeriesPoint p : screen.series()) {
      labels.add(month.format(p.period()));
      own.add(p.municipality() == null ? null : p.municipality().number(screen.kind()));
      region.add(mean(p.region(), rate, members.get(GroupType.REGION.name())));
      peers.add(mean(p.peers(), rate, members.get(GroupType.PEER.name())));
      state.add(mean(p.state(), rate, members.get(GroupType.STATE.name())));
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("labels", labels);
    data.put("datasets", List.of(
        dataset(screen.name(), own),
        dataset(getTranslation(rate ? "console.comparison.series.region" : "console.comparison.chart.region-mean"), region),
        dataset(getTranslation(rate ? "console.comparison.series.peers" : "console.comparison.chart.peers-mean"), peers),
        dataset(getTranslation(rate ? "console.comparison.series.state" : "console.comparison.chart.state-mean"), state)));
    String json = JsonMapper.builder().build().writeValueAsString(data);
    chart.getElement().executeJs("""
        const host = this; const data = JSON.parse($0);
        const draw = () => {
          if (!window.Chart) { setTimeout(draw, 100); return; }
          const canvas = host.querySelector('canvas');
          if (!canvas) return;
          if (host.__chart) host.__chart.destroy();
          host.__chart = new window.Chart(canvas, {type: 'line', data: data,
            options: {animation: false, spanGaps: false, responsive: true}});
        };
        draw();""", json);
  }

  private static Map<String, Object> dataset(String label, List<BigDecimal> values) {
    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("label", label);
    dataset.put("data", values);
    return dataset;
  }

  private BigDecimal mean(Figure figure, boolean rate, Integer members) {
    if (figure == null) {
      return null;
    }
    BigDecimal number = figure.number(screen.kind());
    if (number == null || rate || Objects.requireNonNullElse(members, 0) == 0) {
      return number;
    }
    return number.divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("console.comparison.title") + " | " + getTranslation("app.name");
  }
}
