package br.org.teia.council.proposal;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingStatus;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Matters other modules submitted for the council's appreciation; the secretary puts them on an agenda. */
@PageHelp("council.help.proposals")
@Route(ProposalsView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class ProposalsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "conselho/propostas";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ProposalService proposals;
  private final MeetingService meetings;
  private final Select<CouncilSummary> council = new Select<>();
  private final Grid<ProposalSummary> grid = new Grid<>(ProposalSummary.class, false);

  public ProposalsView(ProposalService proposals, MeetingService meetings, CompositionService composition,
      CurrentUser currentUser) {
    this.proposals = proposals;
    this.meetings = meetings;
    setSizeFull();
    council.setId("proposals-council");
    council.setLabel(getTranslation("council.ui.council"));
    council.setItemLabelGenerator(c -> c.acronym() + " — " + c.name());
    List<CouncilSummary> councils = composition.councils();
    council.setItems(councils);
    council.addValueChangeListener(e -> refresh());
    grid.setId("proposal-grid");
    grid.addColumn(p -> p.requestedOn().format(DATE)).setHeader(getTranslation("council.ui.date")).setAutoWidth(true);
    grid.addColumn(p -> getTranslation("council.subject." + p.subject().name())).setHeader(getTranslation("council.ui.proposal-kind")).setAutoWidth(true);
    grid.addColumn(ProposalSummary::title).setHeader(getTranslation("council.ui.proposal-title"));
    grid.addColumn(p -> getTranslation(p.pending() ? "council.ui.proposal-pending" : "council.ui.proposal-scheduled"))
        .setHeader(getTranslation("council.ui.status")).setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("council.ui.proposals-empty"));
    if (currentUser.can(CouncilAccess.WRITE)) {
      grid.addItemClickListener(click -> {
        if (click.getItem().pending()) {
          openSchedule(click.getItem());
        }
      });
    }
    add(new H2(getTranslation("council.ui.proposals")), council, grid);
    expand(grid);
    if (!councils.isEmpty()) {
      council.setValue(councils.getFirst());
    }
  }

  private void refresh() {
    if (council.getValue() != null) {
      // Lazy: only the rows in view are fetched and kept, a page at a time (proposals only grow).
      UUID councilId = council.getValue().id();
      grid.setItems(query -> proposals.proposals(councilId, query.getPage(), query.getPageSize()).stream(),
          query -> proposals.countProposals(councilId));
    }
  }

  private void openSchedule(ProposalSummary proposal) {
    int year = LocalDate.now().getYear();
    List<MeetingSummary> upcoming = Stream.concat(meetings.meetings(council.getValue().id(), year).stream(),
            meetings.meetings(council.getValue().id(), year + 1).stream())
        .filter(m -> m.status() == MeetingStatus.SCHEDULED && !m.date().isBefore(LocalDate.now())).toList();
    new EditorDialog<>(getTranslation("council.ui.proposal-schedule"), new ScheduleEditor(upcoming),
        value -> {
          proposals.schedule(proposal.id(), value.meetingId());
          return getTranslation("council.ui.proposal-scheduled");
        },
        this::refresh)
        .open(ScheduleEditor.blank());
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.proposals") + " | " + getTranslation("app.name");
  }
}
