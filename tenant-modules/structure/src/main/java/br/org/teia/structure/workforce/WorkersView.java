package br.org.teia.structure.workforce;

import br.org.teia.kernel.ui.PhoneColumns;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SearchText;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Workers of the municipality's units: a searchable, paged list filtered by unit, with CSV/XLSX
 * export (CPF masked); the manager and staff add and change workers in a dialog, where the whole
 * CPF shows only on "Mostrar CPF" (each time audited).
 */
@PageHelp("structure.help.workers")
@Route(WorkersView.ROUTE)
@RolesAllowed(StructureAccess.WORKFORCE)
public class WorkersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  public static final String ROUTE = "estrutura/trabalhadores";
  static final int DEFAULT_WEEKLY_HOURS = 40;

  private final WorkerService workers;
  private final List<UnitSummary> allUnits;
  private final boolean canDelete;
  private final TextField search = SearchText.guard(new TextField());
  private final ComboBox<UnitSummary> unitFilter = new ComboBox<>();
  private final Grid<WorkerSummary> grid = new Grid<>(WorkerSummary.class, false);

  public WorkersView(WorkerService workers, WorkerExport export, UnitService units, CurrentUser currentUser) {
    this.workers = workers;
    this.allUnits = units.listAll("", null);
    boolean canWrite = currentUser.can(StructureAccess.WRITE);
    this.canDelete = currentUser.can(StructureAccess.DELETE);
    setSizeFull();

    search.setLabel(getTranslation("structure.worker.search"));
    search.setId("worker-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    unitFilter.setLabel(getTranslation("structure.worker.filter-unit"));
    unitFilter.setId("worker-unit-filter");
    unitFilter.setItems(allUnits);
    unitFilter.setItemLabelGenerator(UnitSummary::name);
    unitFilter.setClearButtonVisible(true);
    unitFilter.setPlaceholder(getTranslation("structure.worker.filter-unit.all"));
    unitFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    Button create = new Button(getTranslation("structure.worker.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
    create.setId("worker-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);
    Locale locale = getLocale();
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.csv(SearchText.of(search), unitId(unitFilter.getValue()), locale), "trabalhadores.csv", Spreadsheet.CSV_TYPE)),
        getTranslation("structure.worker.export.csv"));
    csv.setId("worker-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.xlsx(SearchText.of(search), unitId(unitFilter.getValue()), locale), "trabalhadores.xlsx",
        Spreadsheet.XLSX_TYPE)), getTranslation("structure.worker.export.xlsx"));
    xlsx.setId("worker-export-xlsx");
    HorizontalLayout toolbar = new HorizontalLayout(search, unitFilter, create, csv, xlsx);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("worker-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // long names and units wrap at 1366 px, never cut
    var nameColumn = grid.addColumn(WorkerSummary::name).setHeader(getTranslation("structure.worker.name")).setKey("name")
        .setFlexGrow(2).setTooltipGenerator(WorkerSummary::name);
    grid.addColumn(WorkerSummary::maskedCpf).setHeader(getTranslation("structure.worker.cpf")).setAutoWidth(true);
    grid.addColumn(w -> getTranslation(w.profession().labelKey())).setHeader(getTranslation("structure.worker.profession"))
        .setAutoWidth(true);
    grid.addColumn(w -> getTranslation(w.bond().labelKey())).setHeader(getTranslation("structure.worker.bond"))
        .setAutoWidth(true);
    grid.addColumn(WorkerSummary::weeklyHours).setHeader(getTranslation("structure.worker.hours.short"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    var unitColumn = grid.addColumn(WorkerSummary::unitName).setHeader(getTranslation("structure.worker.unit")).setKey("unit")
        .setFlexGrow(2).setTooltipGenerator(WorkerSummary::unitName);
    grid.addColumn(w -> w.coordinator() ? getTranslation("structure.worker.coordinator") : "")
        .setHeader(getTranslation("structure.worker.role")).setAutoWidth(true);
    PhoneColumns.keep(grid, nameColumn, unitColumn);
    grid.setItems(query -> workers.list(SearchText.of(search), unitId(unitFilter.getValue()), query.getPage(),
        query.getPageSize()).stream());
    grid.setEmptyStateText(getTranslation("structure.worker.empty"));
    if (canWrite) {
      grid.addItemClickListener(click -> openEditor(click.getItem()));
    }
    add(new H2(getTranslation("structure.worker.title")), toolbar, grid);
    expand(grid);
  }

  private static UUID unitId(UnitSummary unit) {
    return unit == null ? null : unit.id();
  }

  private void openEditor(WorkerSummary existing) {
    WorkerEditor form = new WorkerEditor(allUnits);
    EditorDialog<WorkerForm> dialog = new EditorDialog<>(
        getTranslation(existing == null ? "structure.worker.new" : "structure.worker.edit"), form,
        value -> getTranslation("structure.worker.saved", (existing == null ? workers.create(value)
            : workers.update(existing.id(), existing.version(), value)).name()),
        () -> grid.getDataProvider().refreshAll());
    if (existing != null) {
      form.recorded(existing.maskedCpf(), () -> workers.revealCpf(existing.id()));
    }
    Button delete = dialog.addAction(getTranslation("structure.worker.delete"), () -> {
      workers.delete(existing.id());
      return getTranslation("structure.worker.deleted", existing.name());
    });
    delete.setId("worker-delete");
    delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    delete.setVisible(existing != null && canDelete);
    dialog.open(existing == null ? WorkerEditor.blank(DEFAULT_WEEKLY_HOURS, unitId(unitFilter.getValue()))
        : existing.form());
  }

  /** Opened from the header search: the list filtered by its {@code ?busca=}. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SearchText.fill(search, event);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.worker.title") + " | " + getTranslation("app.name");
  }
}
