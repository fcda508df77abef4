package br.org.teia.council.resolution;

import br.org.teia.kernel.ui.PhoneColumns;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.council.CouncilAccess;
import br.org.teia.council.PublicAct;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SearchText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * A council's resolutions: searched in Portuguese and paged; the secretary drafts one from an item
 * the council deliberated on and publishes it; the PDF of a published one can be downloaded.
 */
@PageHelp("council.help.resolutions")
@Route(ResolutionsView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class ResolutionsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  public static final String ROUTE = "conselho/resolucoes";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ResolutionService resolutions;
  private final Select<CouncilSummary> council = new Select<>();
  private final TextField search = SearchText.guard(new TextField());
  private final Grid<ResolutionSummary> grid = new Grid<>(ResolutionSummary.class, false);
  private final Button publish = new Button();
  private final Anchor pdf = new Anchor();
  private final boolean canWrite;

  public ResolutionsView(ResolutionService resolutions, CompositionService composition, CurrentUser currentUser) {
    this.resolutions = resolutions;
    this.canWrite = currentUser.can(CouncilAccess.WRITE);
    setSizeFull();
    council.setId("resolutions-council");
    council.setLabel(getTranslation("council.ui.council"));
    council.setItemLabelGenerator(c -> c.acronym() + " — " + c.name());
    List<CouncilSummary> councils = composition.councils();
    council.setItems(councils);
    council.addValueChangeListener(e -> refresh());
    search.setId("resolution-search");
    search.setLabel(getTranslation("council.ui.resolution-search"));
    search.setClearButtonVisible(true);
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(e -> refresh());

    Button create = new Button(getTranslation("council.ui.resolution-new"), VaadinIcon.PLUS.create(),
        click -> openCreate());
    create.setId("resolution-new");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.setVisible(canWrite);
    publish.setText(getTranslation("council.ui.resolution-publish"));
    publish.setIcon(VaadinIcon.CHECK.create());
    publish.setId("resolution-publish");
    publish.setVisible(canWrite);
    publish.setEnabled(false);
    publish.addClickListener(click -> publishSelected());
    pdf.setText(getTranslation("council.ui.resolution-pdf"));
    pdf.setId("resolution-pdf");
    pdf.setEnabled(false);
    HorizontalLayout toolbar = new HorizontalLayout(council, search, create, publish, pdf);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("resolution-grid");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT); // long titles wrap at 1366 px, never cut
    var numberColumn = grid.addColumn(r -> getTranslation("council.ui.resolution-number", r.numberLabel()))
        .setHeader(getTranslation("council.ui.number")).setAutoWidth(true);
    var titleColumn = grid.addColumn(ResolutionSummary::title).setHeader(getTranslation("council.ui.resolution-title")).setKey("title")
        .setFlexGrow(3).setTooltipGenerator(ResolutionSummary::title);
    grid.addColumn(r -> r.meetingDate().format(DATE)).setHeader(getTranslation("council.ui.resolution-meeting"))
        .setAutoWidth(true);
    grid.addColumn(r -> r.published() ? getTranslation("council.resolution-status.PUBLISHED") + " — "
            + r.publishedOn().format(DATE) : getTranslation("council.resolution-status.DRAFT"))
        .setHeader(getTranslation("council.ui.status")).setAutoWidth(true);
    PhoneColumns.keep(grid, numberColumn, titleColumn);
    grid.setEmptyStateText(getTranslation("council.ui.resolutions-empty"));
    grid.asSingleSelect().addValueChangeListener(e -> selected(e.getValue()));
    add(new H2(getTranslation("council.ui.resolutions")), toolbar, grid);
    expand(grid);
    if (!councils.isEmpty()) {
      council.setValue(councils.getFirst());
    }
  }

  private void refresh() {
    if (council.getValue() == null) {
      grid.setItems(List.of());
      return;
    }
    UUID councilId = council.getValue().id();
    String text = SearchText.of(search);
    grid.setItems(query -> resolutions.list(councilId, text, query.getPage(), query.getPageSize()).items().stream(),
        query -> (int) resolutions.list(councilId, text, 0, 1).total());
    selected(null);
  }

  private void selected(ResolutionSummary resolution) {
    publish.setEnabled(resolution != null && !resolution.published());
    boolean printable = resolution != null && resolution.published();
    pdf.setEnabled(printable);
    if (printable) {
      UUID councilId = resolution.councilId();
      UUID id = resolution.id();
      String name = ResolutionService.fileName(resolution);
      pdf.setHref(DownloadHandler.fromInputStream(event -> {
        byte[] content = resolutions.pdf(councilId, id);
        return new DownloadResponse(new ByteArrayInputStream(content), name, "application/pdf", content.length);
      }));
    } else {
      pdf.removeHref();
    }
  }

  private void publishSelected() {
    ResolutionSummary resolution = grid.asSingleSelect().getValue();
    if (resolution == null) {
      return;
    }
    // a public act that cannot be undone (it numbers the resolution and shows it on the public page)
    PublicAct.confirm(this, "resolution-publish-confirm", "council.ui.resolution-publish",
        "council.ui.resolution-publish.confirm", () -> getTranslation("council.ui.resolution-published",
            resolutions.publish(resolution.councilId(), resolution.id()).numberLabel()), this::refresh,
        resolution.title());
  }

  private void openCreate() {
    if (council.getValue() == null) {
      return;
    }
    UUID councilId = council.getValue().id();
    EditorDialog<ResolutionForm> dialog = new EditorDialog<>(getTranslation("council.ui.resolution-new"),
        new ResolutionEditor(resolutions.pendingItems(councilId)),
        value -> getTranslation("council.ui.resolution-number", resolutions.create(councilId, value).numberLabel()),
        this::refresh);
    dialog.setWidth("48em");
    dialog.open(ResolutionEditor.blank());
  }

  /** Opened from the header search: the list filtered by its {@code ?busca=}. */
  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    SearchText.fill(search, event);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.resolutions") + " | " + getTranslation("app.name");
  }
}
