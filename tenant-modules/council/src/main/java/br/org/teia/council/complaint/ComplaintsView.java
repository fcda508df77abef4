package br.org.teia.council.complaint;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SearchText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/**
 * Complaints a council received: the secretary registers them, records their follow-up and closes
 * them with a reasoned outcome; council members follow them without seeing who complained.
 */
@PageHelp("council.help.complaints")
@Route(ComplaintsView.ROUTE)
@RolesAllowed(CouncilAccess.COMPLAINTS)
public class ComplaintsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "conselho/denuncias";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ComplaintService complaints;
  private final boolean canWrite;
  private final Select<CouncilSummary> council = new Select<>();
  private final Select<ComplaintStatus> status = new Select<>();
  private final TextField search = SearchText.guard(new TextField());
  private final Grid<ComplaintSummary> grid = new Grid<>(ComplaintSummary.class, false);

  public ComplaintsView(ComplaintService complaints, CompositionService composition, CurrentUser currentUser) {
    this.complaints = complaints;
    this.canWrite = currentUser.can(CouncilAccess.WRITE);
    setSizeFull();
    council.setId("complaints-council");
    council.setLabel(getTranslation("council.ui.council"));
    council.setItemLabelGenerator(c -> c.acronym() + " — " + c.name());
    List<CouncilSummary> councils = composition.councils();
    council.setItems(councils);
    status.setId("complaints-status");
    status.setLabel(getTranslation("council.ui.status"));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("council.complaint.ui.all"));
    status.setItems(ComplaintStatus.values());
    status.setItemLabelGenerator(s -> s == null ? getTranslation("council.complaint.ui.all") : getTranslation(s.labelKey()));
    search.setId("complaints-search");
    search.setLabel(getTranslation("council.complaint.ui.search"));
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setClearButtonVisible(true);
    council.addValueChangeListener(e -> refresh());
    status.addValueChangeListener(e -> refresh());
    search.addValueChangeListener(e -> refresh());
    Button receive = new Button(getTranslation("council.complaint.ui.new"), VaadinIcon.PLUS.create(), click -> openReceive());
    receive.setId("complaint-new");
    receive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    receive.setVisible(canWrite);
    HorizontalLayout toolbar = new HorizontalLayout(council, status, search, receive);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("complaint-grid");
    grid.addColumn(ComplaintSummary::protocol).setHeader(getTranslation("council.complaint.ui.protocol")).setAutoWidth(true);
    grid.addColumn(c -> c.receivedOn().format(DATE)).setHeader(getTranslation("council.complaint.ui.received-on")).setAutoWidth(true);
    grid.addColumn(ComplaintSummary::subject).setHeader(getTranslation("council.complaint.ui.subject"));
    grid.addColumn(c -> c.concerning() == null ? "—" : c.concerning()).setHeader(getTranslation("council.complaint.ui.concerning"));
    grid.addColumn(c -> getTranslation(c.status().labelKey())
            + (c.outcome() == null ? "" : " — " + getTranslation(c.outcome().labelKey())))
        .setHeader(getTranslation("council.ui.status")).setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("council.complaint.ui.empty"));
    grid.addItemClickListener(click -> openDetail(click.getItem()));
    add(new H2(getTranslation("council.complaint.ui.title")), toolbar, grid);
    expand(grid);
    if (!councils.isEmpty()) {
      council.setValue(councils.getFirst());
    }
  }

  private void refresh() {
    if (council.getValue() != null) {
      // Lazy: only the rows in view are fetched and kept, a page at a time (a council's complaints only grow).
      UUID councilId = council.getValue().id();
      ComplaintStatus chosen = status.getValue();
      String text = SearchText.of(search);
      grid.setItems(query -> complaints.complaints(councilId, chosen, text, query.getPage(), query.getPageSize()).stream(),
          query -> complaints.countComplaints(councilId, chosen, text));
    }
  }

  private void openReceive() {
    if (council.getValue() == null) {
      return;
    }
    new EditorDialog<>(getTranslation("council.complaint.ui.new"), new ComplaintEditor(),
        value -> getTranslation("council.complaint.ui.received",
            complaints.receive(council.getValue().id(), value).summary().protocol()),
        this::refresh)
        .open(ComplaintEditor.blank(LocalDate.now()));
  }

  private void openDetail(ComplaintSummary row) {
    ComplaintDetail detail = complaints.complaint(row.id());
    Dialog dialog = new Dialog(getTranslation("council.complaint.ui.detail", row.protocol()));
    dialog.setWidth("min(56rem, 95vw)");
    VerticalLayout body = new VerticalLayout();
    body.setPadding(false);
    body.add(new Paragraph(getTranslation("council.complaint.ui.detail-line", row.receivedOn().format(DATE),
        getTranslation(row.channel().labelKey()), getTranslation(row.status().labelKey()))));
    body.add(new Paragraph(identity(detail)));
    body.add(new H3(row.subject()), new Paragraph(detail.description()));
    Grid<FollowUpSummary> history = new Grid<>(FollowUpSummary.class, false);
    history.setId("complaint-history");
    history.addColumn(f -> f.occurredOn().format(DATE)).setHeader(getTranslation("council.ui.date")).setAutoWidth(true);
    history.addColumn(f -> getTranslation(f.kind().labelKey())).setHeader(getTranslation("council.complaint.ui.kind")).setAutoWidth(true);
    history.addColumn(FollowUpSummary::note).setHeader(getTranslation("council.complaint.ui.note"));
    history.addColumn(FollowUpSummary::recordedBy).setHeader(getTranslation("council.complaint.ui.recorded-by")).setAutoWidth(true);
    history.setItems(detail.followUps());
    history.setEmptyStateText(getTranslation("council.complaint.ui.history-empty"));
    history.setAllRowsVisible(true);
    body.add(new H3(getTranslation("council.complaint.ui.history")), history);
    if (row.closed()) {
      body.add(new H3(getTranslation("council.complaint.ui.outcome")), new Paragraph(
          getTranslation(row.outcome().labelKey()) + " (" + row.closedOn().format(DATE) + "): " + detail.outcomeText()));
    }
    dialog.add(body);
    Button close = new Button(getTranslation("council.ui.close"), click -> dialog.close());
    dialog.getFooter().add(close);
    if (canWrite && !row.closed()) {
      Button followUp = new Button(getTranslation("council.complaint.ui.follow-up"), click -> {
        dialog.close();
        openFollowUp(row);
      });
      followUp.setId("complaint-follow-up");
      Button finish = new Button(getTranslation("council.complaint.ui.close"), click -> {
        dialog.close();
        openClose(row);
      });
      finish.setId("complaint-close");
      finish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      dialog.getFooter().add(followUp, finish);
    }
    dialog.open();
  }

  private String identity(ComplaintDetail detail) {
    if (detail.anonymous()) {
      return getTranslation("council.complaint.ui.anonymous-complaint");
    }
    if (detail.identityWithheld()) {
      return getTranslation("council.complaint.ui.identity-withheld");
    }
    return getTranslation("council.complaint.ui.complainant", detail.complainantName(),
        detail.complainantContact() == null ? "—" : detail.complainantContact());
  }

  private void openFollowUp(ComplaintSummary row) {
    new EditorDialog<>(getTranslation("council.complaint.ui.follow-up"), new FollowUpEditor(),
        value -> {
          complaints.followUp(row.id(), value);
          return null;
        },
        this::refresh)
        .open(FollowUpEditor.blank(LocalDate.now()));
  }

  private void openClose(ComplaintSummary row) {
    new EditorDialog<>(getTranslation("council.complaint.ui.close"), new CloseEditor(),
        value -> {
          complaints.close(row.id(), value);
          return null;
        },
        this::refresh)
        .open(CloseEditor.blank(LocalDate.now()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.complaint.ui.title") + " | " + getTranslation("app.name");
  }
}
