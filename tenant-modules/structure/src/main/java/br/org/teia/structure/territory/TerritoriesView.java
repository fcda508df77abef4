package br.org.teia.structure.territory;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SearchText;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.structure.StructureAccess;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Territories of the municipality: searchable, paged list; create and edit in a dialog. */
@PageHelp("structure.help.territories")
@Route(TerritoriesView.ROUTE)
@RolesAllowed(StructureAccess.READ)
public class TerritoriesView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "estrutura/territorios";

  private final TerritoryService territories;
  private final boolean canWrite;
  private final TextField search = SearchText.guard(new TextField());
  private final Grid<TerritorySummary> grid = new Grid<>(TerritorySummary.class, false);

  public TerritoriesView(TerritoryService territories, TerritoryExport export, CurrentUser currentUser) {
    this.territories = territories;
    this.canWrite = currentUser.can(StructureAccess.WRITE);
    setSizeFull();

    search.setLabel(getTranslation("structure.territory.search"));
    search.setId("territory-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    Button create = new Button(getTranslation("structure.territory.new"), VaadinIcon.PLUS.create(),
        click -> openEditor(null));
    create.setId("territory-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);

    java.util.Locale locale = getLocale();
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.csv(SearchText.of(search), locale), "territorios.csv", Spreadsheet.CSV_TYPE)),
        getTranslation("structure.territory.export.csv"));
    csv.setId("territory-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.xlsx(SearchText.of(search), locale), "territorios.xlsx", Spreadsheet.XLSX_TYPE)),
        getTranslation("structure.territory.export.xlsx"));
    xlsx.setId("territory-export-xlsx");

    HorizontalLayout toolbar = new HorizontalLayout(search, create, csv, xlsx);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("territory-grid");
    grid.addColumn(TerritorySummary::name).setHeader(getTranslation("structure.territory.name")).setAutoWidth(true);
    grid.addColumn(TerritorySummary::neighbourhoods).setHeader(getTranslation("structure.territory.neighbourhoods"));
    grid.addColumn(TerritorySummary::estimatedFamilies).setHeader(getTranslation("structure.territory.families"))
        .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
    grid.setItems(query -> territories.list(SearchText.of(search), query.getPage(), query.getPageSize()).stream());
    grid.setEmptyStateText(getTranslation("structure.territory.empty"));
    if (canWrite) {
      grid.addItemClickListener(click -> openEditor(click.getItem()));
    }
    add(new H2(getTranslation("structure.territory.title")), toolbar, grid);
    expand(grid);
  }

  private void openEditor(TerritorySummary existing) {
    new EditorDialog<>(getTranslation(existing == null ? "structure.territory.new" : "structure.territory.edit"),
        new TerritoryEditor(),
        value -> getTranslation("structure.territory.saved", (existing == null
            ? territories.create(value) : territories.update(existing.id(), existing.version(), value)).name()),
        () -> grid.getDataProvider().refreshAll())
        .open(existing == null ? TerritoryEditor.blank() : TerritoryEditor.of(existing));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.territory.title") + " | " + getTranslation("app.name");
  }
}
