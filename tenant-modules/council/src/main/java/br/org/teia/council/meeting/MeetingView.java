package br.org.teia.council.meeting;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.ParentPage;
import br.org.teia.council.CouncilAccess;
import br.org.teia.council.PublicAct;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.Actions;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SaveAction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One meeting: its agenda (items, publication, votes), attendance with quorum, and minutes. The
 * secretary changes it until its minutes are approved; members and the manager read it.
 */
@PageHelp("council.help.meeting")
@ParentPage(MeetingsView.class)
@Route(MeetingView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class MeetingView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

  public static final String ROUTE = "conselho/reuniao";

  private final MeetingService meetings;
  private final boolean secretary;
  private MeetingDetail detail;

  public MeetingView(MeetingService meetings, CurrentUser currentUser) {
    this.meetings = meetings;
    this.secretary = currentUser.can(CouncilAccess.WRITE);
  }

  @Override
  public void setParameter(BeforeEvent event, @OptionalParameter String id) {
    removeAll();
    if (id == null) {
      add(new H2(getTranslation("council.ui.meeting")), new Paragraph(getTranslation("council.ui.meeting-choose")));
      return;
    }
    try {
      detail = meetings.meeting(UUID.fromString(id));
    } catch (IllegalArgumentException | NotFoundException e) {
      add(new H2(getTranslation("council.ui.meeting")), new Paragraph(getTranslation("council.meeting.not-found")));
      return;
    }
    render();
  }

  private void reload() {
    detail = meetings.meeting(detail.meeting().id());
    removeAll();
    render();
  }

  private boolean locked() {
    return detail.minutes() != null && detail.minutes().status() == MinutesStatus.APPROVED;
  }

  private void render() {
    MeetingSummary m = detail.meeting();
    H2 title = new H2(getTranslation("council.ui.meeting-title", m.councilAcronym(), getTranslation(m.kind().labelKey()),
        m.date().format(MeetingsView.DATE), m.startTime()));
    title.setId("meeting-title");
    Span status = new Span(getTranslation(m.status().labelKey()) + " · " + m.place());
    status.setId("meeting-status");
    add(title, status);
    renderAgenda(m);
    renderAttendance(m);
    renderMinutes(m);
  }

  private void renderAgenda(MeetingSummary m) {
    Span published = new Span(m.agendaPublishedOn() == null ? getTranslation("council.ui.agenda-unpublished")
        : getTranslation("council.ui.agenda-published", m.agendaPublishedOn().format(MeetingsView.DATE)));
    published.setId("agenda-publication");
    Grid<AgendaItemSummary> items = new Grid<>(AgendaItemSummary.class, false);
    items.setId("agenda-grid");
    items.setAllRowsVisible(true);
    items.addColumn(AgendaItemSummary::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
    items.addColumn(AgendaItemSummary::title).setHeader(getTranslation("council.ui.agenda-item"));
    items.addColumn(i -> i.voted() ? getTranslation("council.ui.votes-value", i.votesFor(), i.votesAgainst(),
        i.abstentions()) : "—").setHeader(getTranslation("council.ui.votes")).setAutoWidth(true);
    items.addColumn(i -> !i.voted() ? "" : getTranslation(i.approved() ? "council.ui.approved" : "council.ui.rejected"))
        .setHeader(getTranslation("council.ui.result")).setAutoWidth(true);
    items.setItems(detail.items());
    items.setEmptyStateText(getTranslation("council.ui.agenda-empty"));
    add(new H3(getTranslation("council.ui.agenda")), published, items);
    if (!secretary || locked()) {
      return;
    }
    if (m.status() == MeetingStatus.HELD) {
      items.addItemClickListener(click -> openVote(click.getItem()));
      add(new Paragraph(getTranslation("council.ui.vote-hint")));
    }
    if (m.status() != MeetingStatus.SCHEDULED) {
      return;
    }
    AgendaItemEditor form = new AgendaItemEditor();
    form.edit(AgendaItemEditor.blank());
    form.addSaveListener(event -> {
      if (form.submit(event.value(), SaveAction.silently(value -> meetings.addItem(m.id(), value)))) {
        reload();
      }
    });
    add(form);
    if (m.agendaPublishedOn() == null) {
      Button publish = new Button(getTranslation("council.ui.agenda-publish"), click -> confirmPublication(m.id()));
      publish.setId("agenda-publish");
      publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(publish);
    }
  }

  /** Publishing the agenda is a public act that cannot be undone: the secretary confirms it first. */
  private void confirmPublication(UUID meetingId) {
    PublicAct.confirm(this, "agenda-publish-confirm", "council.ui.agenda-publish", "council.ui.agenda-publish.confirm",
        () -> {
          meetings.publishAgenda(meetingId);
          return getTranslation("council.ui.agenda-published-now");
        }, this::reload);
  }

  private void openVote(AgendaItemSummary item) {
    new EditorDialog<>(getTranslation("council.ui.vote-title", item.title()), new VoteEditor(),
        SaveAction.silently(value -> meetings.vote(detail.meeting().id(), item.id(), value)), this::reload)
        .open(VoteEditor.blank());
  }

  private void renderAttendance(MeetingSummary m) {
    Span quorum = new Span(getTranslation(detail.quorum().reached() ? "council.ui.quorum-reached" : "council.ui.quorum-missing",
        detail.quorum().presentSeats(), detail.quorum().required()));
    quorum.setId("meeting-quorum");
    Grid<AttendanceLine> attendance = new Grid<>(AttendanceLine.class, false);
    attendance.setId("attendance-grid");
    attendance.setAllRowsVisible(true);
    attendance.addColumn(a -> getTranslation(a.side().labelKey())).setHeader(getTranslation("council.ui.side")).setAutoWidth(true);
    attendance.addColumn(a -> a.segmentName() + " · " + a.seatNumber()).setHeader(getTranslation("council.ui.seat")).setAutoWidth(true);
    attendance.addColumn(a -> getTranslation(a.role().labelKey())).setHeader(getTranslation("council.ui.role")).setAutoWidth(true);
    attendance.addColumn(AttendanceLine::personName).setHeader(getTranslation("council.ui.person"));
    attendance.setItems(detail.attendance());
    add(new H3(getTranslation("council.ui.attendance")), quorum);
    boolean editable = secretary && !locked() && m.status() != MeetingStatus.CANCELLED
        && !m.date().isAfter(java.time.LocalDate.now());
    if (editable) {
      attendance.setSelectionMode(Grid.SelectionMode.MULTI);
      detail.attendance().stream().filter(AttendanceLine::present).forEach(attendance::select);
      Button save = new Button(getTranslation("council.ui.attendance-save"), click -> Actions.run(this, () -> {
        Set<UUID> present = attendance.getSelectedItems().stream().map(AttendanceLine::mandateId).collect(Collectors.toSet());
        meetings.registerAttendance(m.id(), present);
        return getTranslation("council.ui.attendance-saved");
      }, this::reload));
      save.setId("attendance-save");
      add(attendance, save);
    } else {
      attendance.addColumn(a -> a.present() ? getTranslation("council.ui.present") : getTranslation("council.ui.absent"))
          .setHeader(getTranslation("council.ui.attendance")).setAutoWidth(true);
      add(attendance);
    }
  }

  private void renderMinutes(MeetingSummary m) {
    add(new H3(getTranslation("council.ui.minutes")));
    MinutesSummary ata = detail.minutes();
    Span state = new Span(ata == null ? getTranslation("council.ui.minutes-none")
        : ata.status() == MinutesStatus.APPROVED
            ? getTranslation("council.ui.minutes-approved", ata.approvedOn().format(MeetingsView.DATE))
            : getTranslation(ata.status().labelKey()));
    state.setId("minutes-status");
    MinutesEditor minutes = new MinutesEditor();
    minutes.edit(MinutesEditor.of(ata));
    add(state, minutes);
    boolean editable = secretary && !locked() && m.status() == MeetingStatus.HELD;
    if (!editable) {
      minutes.readOnly();
      return;
    }
    minutes.addSaveListener(event -> {
      if (minutes.submit(event.value(), value -> {
        meetings.draftMinutes(m.id(), value.text());
        return getTranslation("council.ui.minutes-saved");
      })) {
        reload();
      }
    });
    if (ata == null) {
      return;
    }
    MinutesApprovalEditor approval = new MinutesApprovalEditor(laterHeldMeetings(m));
    approval.edit(MinutesApprovalEditor.blank());
    approval.addSaveListener(event -> {
      if (approval.submit(event.value(), SaveAction.silently(value -> meetings.approveMinutes(m.id(), value.approvedAt())))) {
        reload();
      }
    });
    add(approval);
  }

  /** The council's held meetings after {@code m}, where its minutes may be approved (into January for December's). */
  private List<MeetingSummary> laterHeldMeetings(MeetingSummary m) {
    int year = m.date().getYear();
    Stream<MeetingSummary> candidates = m.date().getMonthValue() == 12
        ? Stream.concat(meetings.meetings(m.councilId(), year).stream(), meetings.meetings(m.councilId(), year + 1).stream())
        : meetings.meetings(m.councilId(), year).stream();
    return candidates.filter(other -> other.date().isAfter(m.date()) && other.status() == MeetingStatus.HELD).toList();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.meeting") + " | " + getTranslation("app.name");
  }
}
