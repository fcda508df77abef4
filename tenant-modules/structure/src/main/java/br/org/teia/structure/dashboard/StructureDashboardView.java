package br.org.teia.structure.dashboard;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.workforce.TeamCheckSummary;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;

/** The structure at a glance: units, reference teams, CRAS coverage, permanent bonds, the minimum of CRAS. */
@PageHelp("structure.help.dashboard")
@Route(StructureDashboardView.ROUTE)
@RolesAllowed(StructureAccess.READ)
public class StructureDashboardView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "estrutura/painel";

  /** One row of the units-by-type table. */
  public record TypeCount(UnitType type, long count) {}

  public StructureDashboardView(StructureDashboardService dashboards) {
    StructureDashboard dashboard = dashboards.dashboard(getLocale());
    StructureFigures figures = dashboard.figures();
    NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
    setMaxWidth("70rem");

    HorizontalLayout cards = new HorizontalLayout(
        card("dashboard-teams", "structure.dashboard.teams",
            getTranslation("structure.dashboard.teams.value", figures.teamsComplete(), figures.teamsChecked()),
            getTranslation("structure.dashboard.teams.help", figures.teamsIncomplete())),
        card("dashboard-coverage", "structure.dashboard.coverage",
            figures.coveragePercent() == null ? getTranslation("structure.dashboard.no-data")
                : numbers.format(figures.coveragePercent()) + "%",
            figures.estimatedFamilies() == null
                ? getTranslation("structure.dashboard.coverage.no-estimate", figures.crasCapacity())
                : getTranslation("structure.dashboard.coverage.help", figures.crasCapacity(),
                    figures.estimatedFamilies())),
        card("dashboard-permanent", "structure.dashboard.permanent",
            figures.permanentPercent() == null ? getTranslation("structure.dashboard.no-data")
                : numbers.format(figures.permanentPercent()) + "%",
            getTranslation("structure.dashboard.permanent.help", figures.permanentWorkers(), figures.workers())),
        card("dashboard-minimum-cras", "structure.dashboard.minimum-cras",
            dashboard.minimumCras() == null ? getTranslation("structure.dashboard.no-data")
                : getTranslation("structure.dashboard.minimum-cras.value", figures.activeCras(), dashboard.minimumCras()),
            minimumCrasText(dashboard)));
    cards.setWidthFull();
    cards.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.STRETCH);
    cards.getStyle().set("flex-wrap", "wrap");

    Grid<TypeCount> byType = new Grid<>(TypeCount.class, false);
    byType.setId("dashboard-units-by-type");
    byType.addColumn(row -> getTranslation(row.type().labelKey())).setHeader(getTranslation("structure.unit.type"));
    byType.addColumn(TypeCount::count).setHeader(getTranslation("structure.dashboard.units.count"))
        .setTextAlign(ColumnTextAlign.END);
    List<TypeCount> rows = Arrays.stream(UnitType.values())
        .map(type -> new TypeCount(type, figures.unitsByType().getOrDefault(type, 0L)))
        .filter(row -> row.count() > 0).toList();
    byType.setItems(rows);
    byType.setAllRowsVisible(true);
    byType.setEmptyStateText(getTranslation("structure.unit.empty"));

    Grid<TeamCheckSummary> incomplete = new Grid<>(TeamCheckSummary.class, false);
    incomplete.setId("dashboard-incomplete-teams");
    incomplete.addColumn(check -> getTranslation(check.unitType().labelKey()))
        .setHeader(getTranslation("structure.unit.type")).setAutoWidth(true);
    incomplete.addColumn(TeamCheckSummary::unitName).setHeader(getTranslation("structure.unit.name")).setAutoWidth(true);
    incomplete.addColumn(check -> String.join("; ", check.missing()))
        .setHeader(getTranslation("structure.dashboard.incomplete.missing")).setFlexGrow(3);
    incomplete.setItems(dashboard.incompleteTeams());
    incomplete.setAllRowsVisible(true);
    incomplete.setEmptyStateText(getTranslation("structure.dashboard.incomplete.none"));

    add(new H2(getTranslation("structure.dashboard.title")), cards,
        new H3(getTranslation("structure.dashboard.units")), byType,
        new H3(getTranslation("structure.dashboard.incomplete")), incomplete,
        new Paragraph(getTranslation("structure.dashboard.sources")));
  }

  private String minimumCrasText(StructureDashboard dashboard) {
    if (dashboard.minimumCras() == null) {
      return getTranslation("structure.dashboard.minimum-cras.no-body");
    }
    String sizeClass = getTranslation(dashboard.sizeClass().labelKey());
    return dashboard.belowMinimumCras()
        ? getTranslation("structure.dashboard.minimum-cras.below", sizeClass, dashboard.minimumCras())
        : getTranslation("structure.dashboard.minimum-cras.ok", sizeClass, dashboard.minimumCras());
  }

  private VerticalLayout card(String id, String titleKey, String value, String help) {
    Span title = new Span(getTranslation(titleKey));
    title.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
    Span figure = new Span(value);
    figure.setId(id + "-value");
    figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
    Span explanation = new Span(help);
    explanation.setId(id + "-help");
    explanation.getStyle().set("font-size", "var(--lumo-font-size-s)");
    VerticalLayout card = new VerticalLayout(title, figure, explanation);
    card.setId(id);
    card.setSpacing(false);
    card.setWidth("15rem");
    card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
    return card;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.dashboard.title") + " | " + getTranslation("app.name");
  }
}
