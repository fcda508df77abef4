package br.org.teia.console.comparison;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.chart.BarChart;
import br.org.teia.kernel.indicators.IndicatorKind;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.TenantHomeContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * On the municipality's home page: a few charts of where it stands against its region, its
 * size-class peers and the state (its own figures and the protected aggregates, nothing of any other
 * municipality alone; a protected figure is no bar and is written "protegido" in the summary table
 * under the charts), and a link to every indicator. Shown to the municipal manager and staff.
 */
@org.springframework.stereotype.Component
class StandingPanel implements TenantHomeContribution {

  /** How many indicators the home page charts; the rest are a link away. */
  static final int CHARTS = 4;

  private final ComparisonService comparisons;
  private final FigureText text;
  private final CurrentUser currentUser;

  StandingPanel(ComparisonService comparisons, FigureText text, CurrentUser currentUser) {
    this.comparisons = comparisons;
    this.text = text;
    this.currentUser = currentUser;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public Optional<Component> panel() {
    if (!currentUser.can(ConsoleAccess.STANDING)) {
      return Optional.empty();
    }
    Section panel = new Section();
    panel.setId("standing-panel");
    panel.setWidthFull();
    panel.add(new H3(panel.getTranslation("console.standing.title")));
    List<Standing> standings = comparisons.standing();
    if (standings.isEmpty()) {
      panel.add(new Paragraph(panel.getTranslation("console.standing.none")));
      return Optional.of(panel);
    }
    Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
    List<Standing> charted = charted(standings);
    Div charts = new Div();
    charts.setId("standing-charts");
    charts.getStyle().set("display", "grid").set("gap", "var(--lumo-space-l)")
        .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 22rem), 1fr))");
    for (int i = 0; i < charted.size(); i++) {
      charts.add(chart(panel, charted.get(i), i, locale));
    }
    Anchor all = new Anchor(StandingView.ROUTE, panel.getTranslation("console.standing.all", standings.size()));
    all.setId("standing-all");
    panel.add(new Paragraph(panel.getTranslation("console.standing.legend")), charts,
        new H4(panel.getTranslation("console.standing.summary")),
        StandingTable.grid("standing-summary", StandingTable.lines(charted, text, locale)), all);
    return Optional.of(panel);
  }

  /** Rates first (a share compares towns of any size), then counts and amounts; flags are not charted. */
  private static List<Standing> charted(List<Standing> standings) {
    return standings.stream().filter(s -> s.kind() != IndicatorKind.FLAG)
        .sorted(Comparator.comparing((Standing s) -> s.kind() != IndicatorKind.RATE))
        .limit(CHARTS).toList();
  }

  /**
   * One indicator: the municipality and each group, rates as percentages, counts and amounts of a
   * group as the mean per municipality (so the bars share a scale).
   */
  private Div chart(Component panel, Standing s, int index, Locale locale) {
    boolean rate = s.kind() == IndicatorKind.RATE;
    List<String> categories = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    categories.add(panel.getTranslation("console.standing.own"));
    values.add(s.own().number(s.kind()));
    for (ComparisonScreen.Row row : s.groups()) {
      String group = text.group(row.type(), row.label(), row.setName(), locale);
      categories.add(rate ? group : panel.getTranslation("console.standing.mean", group));
      BigDecimal number = row.figure().number(s.kind());
      values.add(number == null || rate || row.members() == 0 ? number
          : number.divide(BigDecimal.valueOf(row.members()), 2, RoundingMode.HALF_UP));
    }
    String indicator = text.indicator(s.code(), locale);
    Div box = new Div();
    box.setId("standing-chart-" + index);
    box.getStyle().set("min-width", "0");
    box.add(new H4(indicator), new BarChart("standing-canvas-" + index,
        panel.getTranslation("console.standing.chart", indicator), categories,
        List.of(new BarChart.Series(panel.getTranslation(rate ? "console.standing.percent" : "console.standing.value"),
            values)), true));
    return box;
  }
}
