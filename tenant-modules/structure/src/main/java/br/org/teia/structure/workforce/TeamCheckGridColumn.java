package br.org.teia.structure.workforce;

import br.org.teia.structure.unit.UnitGridContribution;
import br.org.teia.structure.unit.UnitSummary;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The "Equipe de referência" column of the units grid: complete, or incomplete with what is
 * missing, checked in bulk for each page the grid shows.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
class TeamCheckGridColumn implements UnitGridContribution {

  static final String COLUMN_KEY = "team-check";

  private final TeamCheckService checks;
  private final Map<UUID, TeamCheckSummary> shown = new HashMap<>();
  private Grid<UnitSummary> grid;

  TeamCheckGridColumn(TeamCheckService checks) {
    this.checks = checks;
  }

  @Override
  public void addColumns(Grid<UnitSummary> grid) {
    this.grid = grid;
    grid.addColumn(unit -> check(unit).text()).setKey(COLUMN_KEY)
        .setHeader(grid.getTranslation("structure.team.column"))
        .setTooltipGenerator(unit -> tooltip(check(unit)))
        .setFlexGrow(2);
  }

  @Override
  public void prepare(List<UnitSummary> page) {
    shown.putAll(checks.checkAll(page, locale()));
  }

  /** The whole line (the cell may be cut), then the recommendations and notes. */
  private static String tooltip(TeamCheckSummary check) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(check.text());
    lines.addAll(check.recommendations());
    lines.addAll(check.notes());
    return String.join("\n", lines);
  }

  private Locale locale() {
    UI ui = UI.getCurrent();
    return ui == null ? Locale.forLanguageTag("pt-BR") : ui.getLocale();
  }

  private TeamCheckSummary check(UnitSummary unit) {
    return shown.computeIfAbsent(unit.id(), id -> checks.checkAll(List.of(unit), locale()).get(id));
  }
}
