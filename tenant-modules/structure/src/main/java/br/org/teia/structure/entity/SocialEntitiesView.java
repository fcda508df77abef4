package br.org.teia.structure.entity;

import br.org.teia.kernel.ui.PhoneColumns;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SearchText;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.unit.TypifiedServiceSummary;
import br.org.teia.structure.unit.UnitService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The municipality's network of social-assistance entities: searchable, paged list filtered by the
 * CMAS inscription, with export; create and edit (services with capacities included) in a dialog,
 * which shows the councils' inscriptions and their history. Council roles see the dialog read-only.
 */
@PageHelp("structure.help.entities")
@Route(SocialEntitiesView.ROUTE)
@RolesAllowed(StructureAccess.READ)
public class SocialEntitiesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  public static final String ROUTE = "estrutura/entidades";
  private static final DateTimeFormatter BRAZILIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final SocialEntityService entities;
  private final TerritoryService territories;
  private final List<TypifiedServiceSummary> catalogue;
  private final boolean canWrite;
  private final TextField search = SearchText.guard(new TextField());
  private final Select<InscriptionState> statusFilter = new Select<>();
  private final Grid<SocialEntitySummary> grid = new Grid<>(SocialEntitySummary.class, false);

  public SocialEntitiesView(SocialEntityService entities, SocialEntityExport export, UnitService units,
      TerritoryService territories, CurrentUser currentUser) {
    this.entities = entities;
    this.territories = territories;
    this.catalogue = units.catalogue();
    this.canWrite = currentUser.can(StructureAccess.WRITE);
    setSizeFull();

    search.setLabel(getTranslation("structure.entity.search"));
    search.setId("entity-search");
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    statusFilter.setLabel(getTranslation("structure.entity.filter-status"));
    statusFilter.setId("entity-status-filter");
    statusFilter.setItems(InscriptionState.values());
    statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("structure.entity.status.all")
        : getTranslation(s.labelKey()));
    statusFilter.setEmptySelectionAllowed(true);
    statusFilter.setEmptySelectionCaption(getTranslation("structure.entity.status.all"));
    statusFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    Button create = new Button(getTranslation("structure.entity.new"), VaadinIcon.PLUS.create(), click -> openEditor(null));
    create.setId("entity-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);
    Locale locale = getLocale();
    Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.csv(SearchText.of(search), statusFilter.getValue(), locale), "entidades.csv", Spreadsheet.CSV_TYPE)),
        getTranslation("structure.entity.export.csv"));
    csv.setId("entity-export-csv");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        export.xlsx(SearchText.of(search), statusFilter.getValue(), locale), "entidades.xlsx", Spreadsheet.XLSX_TYPE)),
        getTranslation("structure.entity.export.xlsx"));
    xlsx.setId("entity-export-xlsx");

    HorizontalLayout toolbar = new HorizontalLayout(search, statusFilter, create, csv, xlsx);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("entity-grid");
    grid.addColumn(SocialEntitySummary::cnpjFormatted).setHeader(getTranslation("structure.entity.cnpj")).setAutoWidth(true);
    var nameColumn = grid.addColumn(SocialEntitySummary::displayName).setHeader(getTranslation("structure.entity.name")).setAutoWidth(true);
    grid.addColumn(e -> e.actions().stream().sorted().map(a -> getTranslation(a.labelKey()))
        .collect(Collectors.joining(", "))).setHeader(getTranslation("structure.entity.actions"));
    Map<String, String> serviceNames = units.serviceNames();
    NumberFormat integers = NumberFormat.getIntegerInstance(getLocale());
    grid.addColumn(e -> e.services().stream().map(s -> serviceNames.getOrDefault(s.serviceCode(), s.serviceCode()))
        .collect(Collectors.joining(", ")))
        .setHeader(getTranslation("structure.entity.services"));
    grid.addColumn(e -> integers.format(e.totalCapacity())).setHeader(getTranslation("structure.entity.total-capacity"))
        .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    grid.addColumn(SocialEntitySummary::territoryName).setHeader(getTranslation("structure.entity.territory"));
    var cmasColumn = grid.addColumn(e -> inscriptionText(e.cmas())).setHeader(getTranslation("structure.entity.cmas")).setAutoWidth(true);
    PhoneColumns.keep(grid, nameColumn, cmasColumn);
    grid.setItems(query -> entities.list(SearchText.of(search), statusFilter.getValue(), query.getPage(),
        query.getPageSize()).stream());
    grid.setEmptyStateText(getTranslation("structure.entity.empty"));
    grid.addItemClickListener(click -> openEditor(entities.get(click.getItem().id())));
    add(new H2(getTranslation("structure.entity.title")), toolbar, grid);
    expand(grid);
  }

  private String inscriptionText(InscriptionSummary inscription) {
    String state = getTranslation(inscription.state().labelKey());
    return inscription.date() == null ? state : state + " (" + BRAZILIAN_DATE.format(inscription.date()) + ")";
  }

  private void openEditor(SocialEntitySummary existing) {
    String title = existing == null ? "structure.entity.new" : canWrite ? "structure.entity.edit" : "structure.entity.view";
    SocialEntityEditor form = new SocialEntityEditor(catalogue, territories.list("", 0, 200).getContent(), canWrite);
    EditorDialog<SocialEntityForm> dialog = new EditorDialog<>(getTranslation(title), form,
        value -> getTranslation("structure.entity.saved", (existing == null ? entities.create(value)
            : entities.update(existing.id(), existing.version(), value)).displayName()),
        () -> grid.getDataProvider().refreshAll());
    dialog.setWidth("min(60rem, 95vw)");
    if (existing != null) {
      dialog.add(inscriptions(existing));
    }
    if (canWrite && existing != null) {
      Button delete = dialog.addConfirmedAction(getTranslation("structure.entity.delete"),
          getTranslation("structure.entity.delete.confirm", existing.displayName()), "entity-delete-confirm", () -> {
            entities.delete(existing.id());
            return getTranslation("structure.entity.deleted", existing.displayName());
          });
      delete.setId("entity-delete");
      delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    }
    dialog.open(existing == null ? SocialEntityEditor.blank() : existing.form());
  }

  /** The councils' inscriptions of the entity, and every step they published, as received. */
  private VerticalLayout inscriptions(SocialEntitySummary existing) {
    VerticalLayout section = new VerticalLayout(new H3(getTranslation("structure.entity.inscriptions")));
    section.setPadding(false);
    section.setSpacing(false);
    for (InscriptionSummary inscription : existing.inscriptions()) {
      String text = inscription.council() + ": " + inscriptionText(inscription);
      if (inscription.number() != null) {
        text += " · " + getTranslation("structure.entity.inscription-number", inscription.number());
      }
      if (inscription.certificateCode() != null) {
        text += " · " + getTranslation("structure.entity.certificate") + " " + inscription.certificateCode();
      }
      Paragraph line = new Paragraph(text);
      line.setId("entity-inscription-" + inscription.council());
      section.add(line);
    }
    List<InscriptionStep> steps = entities.history(existing.id());
    if (!steps.isEmpty()) {
      Grid<InscriptionStep> history = new Grid<>(InscriptionStep.class, false);
      history.setId("entity-history");
      history.addThemeVariants(GridVariant.LUMO_COMPACT);
      history.setAllRowsVisible(true);
      history.addColumn(InscriptionStep::council).setHeader(getTranslation("structure.entity.council")).setAutoWidth(true);
      history.addColumn(s -> getTranslation(s.state().labelKey())).setHeader(getTranslation("structure.entity.status"));
      history.addColumn(s -> BRAZILIAN_DATE.format(s.date())).setHeader(getTranslation("structure.entity.status-date"));
      history.addColumn(InscriptionStep::certificateCode).setHeader(getTranslation("structure.entity.certificate"));
      history.setItems(steps);
      section.add(history);
    }
    return section;
  }

  /** Opened from the header search: the list filtered by its {@code ?busca=}. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SearchText.fill(search, event);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("structure.entity.title") + " | " + getTranslation("app.name");
  }
}
