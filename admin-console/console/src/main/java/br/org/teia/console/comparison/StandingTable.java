package br.org.teia.console.comparison;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where the municipality stands, one line per indicator (each indicator once): its own figure, its
 * regions, its size-class peers and the state, written as every screen writes protected figures
 * ("&lt; k", "protegido"). The home page's chart summary and the full list both use it.
 */
final class StandingTable {

  /** One indicator: the texts of its figures. Several region sets give several regions, joined. */
  record Line(String code, String indicator, String own, String region, String peers, String state) {}

  private StandingTable() {}

  static List<Line> lines(List<Standing> standings, FigureText text, Locale locale) {
    List<Line> lines = new ArrayList<>();
    for (Standing s : standings) {
      lines.add(new Line(s.code(), text.indicator(s.code(), locale), text.figure(s.own(), s.kind(), s.k(), false, locale),
          groups(s, GroupType.REGION, text, locale), groups(s, GroupType.PEER, text, locale),
          groups(s, GroupType.STATE, text, locale)));
    }
    return lines;
  }

  private static String groups(Standing s, GroupType type, FigureText text, Locale locale) {
    List<ComparisonScreen.Row> rows = s.groups().stream().filter(r -> r.type() == type).toList();
    if (rows.isEmpty()) {
      return "—";
    }
    if (type == GroupType.REGION && rows.size() > 1) {
      return rows.stream().map(r -> text.figure(r.figure(), s.kind(), s.k(), true, locale) + " ("
          + text.group(r.type(), r.label(), r.setName(), locale) + ")").collect(Collectors.joining("; "));
    }
    return text.figure(rows.getFirst().figure(), s.kind(), s.k(), true, locale);
  }

  static Grid<Line> grid(String id, List<Line> lines) {
    Grid<Line> grid = new Grid<>();
    grid.setId(id);
    grid.addColumn(Line::indicator).setHeader(grid.getTranslation("console.comparison.indicator"))
        .setFlexGrow(2).setResizable(true);
    grid.addColumn(Line::own).setHeader(grid.getTranslation("console.standing.own")).setTextAlign(ColumnTextAlign.END)
        .setAutoWidth(true);
    grid.addColumn(Line::region).setHeader(grid.getTranslation("console.standing.region"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.addColumn(Line::peers).setHeader(grid.getTranslation("console.standing.peers"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.addColumn(Line::state).setHeader(grid.getTranslation("console.standing.state"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    grid.setItems(lines);
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(grid.getTranslation("console.standing.none"));
    return grid;
  }
}
