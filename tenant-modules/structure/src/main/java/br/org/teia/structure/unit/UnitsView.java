package br.org.teia.structure.unit;

import br.org.teia.kernel.ui.PhoneColumns;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SearchText;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.territory.TerritoryService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/** Units of the municipality: searchable, paged list with export; create and edit (services included) in a dialog. */
@PageHelp("structure.help.units")
@Route(UnitsView.ROUTE)
@RolesAllowed(StructureAccess.READ)
public class UnitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  public static final String ROUTE = "estrutura/unidades";

  private final UnitService units;
  private final TerritoryService territories;
  private final List<TypifiedServiceSummary> catalogue;
  private final TextField search = SearchText.guard(new TextField());
  private final Select<UnitType> typeFilter = new Select<>();
  private final Grid<UnitSummary> grid = new Grid<>(UnitSummary.class, false);

  public UnitsView(UnitService units, UnitExport export, TerritoryService territories, CurrentUser currentUser,
      ObjectProvider<UnitGridContribution> contributions) {
    this.units = units;
    this.territories = territories;
    this.catalogue = units.catalogue();
    boolean canWrite = currentUser.can(StructureAccess.WRITE);
    setSizeFull();

    search.setLabel(getTranslation("structure.unit.search"));
    search.setId("unit-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    typeFilter.setLabel(getTranslation("structure.unit.filter-type"));
    typeFilter.setId("unit-type-filter");
    typeFilter.setItems(UnitType.values());
    typeFilter.setItemLabelGenerator(type -> type == null ? getTranslation("structure.unit.type.all")
        : getTranslation(type.labelKey()));
    typeFilter.setEmptySelectionAllowed(true);
    typeFilter.setEmptySelectionCaption(getTranslation("structure.unit.type.all"));
    typeFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    Button create = new Button(getTranslation("structure.unit.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
    create.setId("unit-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);
    Locale locale = getLocale();
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.csv(SearchText.of(search), typeFilter.getValue(), locale), "unidades.csv", Spreadsheet.CSV_TYPE)),
        getTranslation("structure.unit.export.csv"));
    csv.setId("unit-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.xlsx(SearchText.of(search), typeFilter.getValue(), locale), "unidades.xlsx", Spreadsheet.XLSX_TYPE)),
        getTranslation("structure.unit.export.xlsx"));
    xlsx.setId("unit-export-xlsx");

    HorizontalLayout toolbar = new HorizontalLayout(search, typeFilter, create, csv, xlsx);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("unit-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // long unit names wrap at 1366 px, never cut
    var typeColumn = grid.addColumn(u -> getTranslation(u.type().labelKey())).setHeader(getTranslation("structure.unit.type")).setAutoWidth(true);
    var nameColumn = grid.addColumn(UnitSummary::name).setHeader(getTranslation("structure.unit.name")).setKey("name")
        .setFlexGrow(2).setTooltipGenerator(UnitSummary::name);
    grid.addColumn(UnitSummary::territoryName).setHeader(getTranslation("structure.unit.territory"));
    grid.addColumn(u -> getTranslation(u.status().labelKey())).setHeader(getTranslation("structure.unit.status")).setAutoWidth(true);
    Map<String, String> serviceNames = units.serviceNames();
    NumberFormat integers = NumberFormat.getIntegerInstance(getLocale());
    grid.addColumn(u -> u.capacity() == null ? "" : integers.format(u.capacity())).setHeader(getTranslation("structure.unit.capacity"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.addColumn(u -> u.services().stream().map(code -> serviceNames.getOrDefault(code, code))
        .collect(Collectors.joining(", "))).setHeader(getTranslation("structure.unit.services"));
    List<UnitGridContribution> extra = contributions.orderedStream().toList();
    extra.forEach(contribution -> contribution.addColumns(grid));
    PhoneColumns.keep(grid, typeColumn, nameColumn);
    grid.setItems(query -> {
      List<UnitSummary> page = units.list(SearchText.of(search), typeFilter.getValue(), query.getPage(),
          query.getPageSize()).getContent();
      extra.forEach(contribution -> contribution.prepare(page));
      return page.stream();
    });
    grid.setEmptyStateText(getTranslation("structure.unit.empty"));
    if (canWrite) {
      grid.addItemClickListener(click -> openEditor(click.getItem()));
    }
    add(new H2(getTranslation("structure.unit.title")), toolbar, grid);
    expand(grid);
  }

  private void openEditor(UnitSummary existing) {
    UnitEditor form = new UnitEditor(catalogue, territories.list("", 0, 200).getContent(), units.cras());
    new EditorDialog<>(getTranslation(existing == null ? "structure.unit.new" : "structure.unit.edit"), form,
        value -> getTranslation("structure.unit.saved",
            (existing == null ? units.create(value) : units.update(existing.id(), existing.version(), value)).name()),
        () -> grid.getDataProvider().refreshAll())
        .open(existing == null ? UnitEditor.blank() : existing.form());
  }

  /** Opened from the header search: the list filtered by its {@code ?busca=}. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SearchText.fill(search, event);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.unit.title") + " | " + getTranslation("app.name");
  }

}
