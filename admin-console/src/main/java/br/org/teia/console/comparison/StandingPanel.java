package br.org.teia.console.comparison;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.TenantHomeContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * On the municipality's home page: where it stands on each indicator against its regions, its
 * size-class peers and the state — its own figures and the protected aggregates, nothing of any
 * other municipality alone. Shown to the municipal manager and staff.
 */
@org.springframework.stereotype.Component
class StandingPanel implements TenantHomeContribution {

  /** One line of the panel. */
  record Line(String indicator, String what, String figure) {}

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
    VerticalLayout panel = new VerticalLayout();
    panel.setId("standing-panel");
    panel.setPadding(false);
    panel.add(new H3(panel.getTranslation("console.standing.title")));
    List<Standing> standings = comparisons.standing();
    if (standings.isEmpty()) {
      panel.add(new Paragraph(panel.getTranslation("console.standing.none")));
      return Optional.of(panel);
    }
    Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
    List<Line> lines = new ArrayList<>();
    for (Standing s : standings) {
      String label = text.indicator(s.code(), locale);
      lines.add(new Line(label, panel.getTranslation("console.standing.own"), text.figure(s.own(), s.kind(), s.k(), false, locale)));
      for (ComparisonScreen.Row row : s.groups()) {
        lines.add(new Line(label, text.group(row.type(), row.label(), row.setName(), locale),
            text.figure(row.figure(), s.kind(), s.k(), true, locale)));
      }
    }
    Grid<Line> grid = new Grid<>();
    grid.setId("standing-grid");
    grid.addColumn(Line::indicator).setHeader(panel.getTranslation("console.comparison.indicator")).setAutoWidth(true);
    grid.addColumn(Line::what).setHeader(panel.getTranslation("console.comparison.what")).setAutoWidth(true);
    grid.addColumn(Line::figure).setHeader(panel.getTranslation("console.comparison.figure"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.setItems(lines);
    grid.setAllRowsVisible(true);
    panel.add(new Paragraph(panel.getTranslation("console.standing.legend")), grid);
    return Optional.of(panel);
  }
}
