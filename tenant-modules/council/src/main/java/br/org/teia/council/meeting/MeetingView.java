package br.org.teia.council.meeting;

import br.org.teia.council.CouncilAccess;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One meeting: its agenda (items, publication, votes), attendance with quorum, and minutes. The
 * secretary changes it until its minutes are approved; members and the manager read it.
 */
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
    TextField itemTitle = new TextField(getTranslation("council.ui.agenda-item"));
    itemTitle.setId("agenda-title");
    itemTitle.setWidth("30em");
    TextArea description = new TextArea(getTranslation("council.ui.agenda-description"));
    description.setId("agenda-description");
    FormErrors errors = new FormErrors(Map.of("title", itemTitle, "description", description));
    Button addItem = new Button(getTranslation("council.ui.agenda-add"), click -> {
      try {
        meetings.addItem(m.id(), new AgendaItemForm(itemTitle.getValue(), description.getValue()));
        reload();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), "title");
      }
    });
    addItem.setId("agenda-add");
    HorizontalLayout form = new HorizontalLayout(itemTitle, description, addItem);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(form);
    if (m.agendaPublishedOn() == null) {
      Button publish = new Button(getTranslation("council.ui.agenda-publish"), click -> {
        try {
          meetings.publishAgenda(m.id());
          Notification.show(getTranslation("council.ui.agenda-published-now"));
          reload();
        } catch (TeiaException e) {
          FormErrors.notify(FormErrors.messageOf(this, e));
        }
      });
      publish.setId("agenda-publish");
      publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      add(publish);
    }
  }

  private void openVote(AgendaItemSummary item) {
    Dialog dialog = new Dialog(getTranslation("council.ui.vote-title", item.title()));
    IntegerField inFavour = new IntegerField(getTranslation("council.ui.vote-for"));
    inFavour.setId("vote-for");
    IntegerField against = new IntegerField(getTranslation("council.ui.vote-against"));
    against.setId("vote-against");
    IntegerField abstentions = new IntegerField(getTranslation("council.ui.vote-abstentions"));
    abstentions.setId("vote-abstentions");
    FormErrors errors = new FormErrors(Map.of("inFavour", inFavour, "against", against, "abstentions", abstentions));
    Button save = new Button(getTranslation("council.ui.save"), click -> {
      try {
        meetings.vote(detail.meeting().id(), item.id(), new VoteForm(n(inFavour), n(against), n(abstentions)));
        dialog.close();
        reload();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), "inFavour");
      }
    });
    save.setId("vote-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(inFavour, against, abstentions));
    dialog.getFooter().add(new Button(getTranslation("council.ui.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private static int n(IntegerField field) {
    return field.getValue() == null ? 0 : field.getValue();
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
      Button save = new Button(getTranslation("council.ui.attendance-save"), click -> {
        try {
          Set<UUID> present = attendance.getSelectedItems().stream().map(AttendanceLine::mandateId).collect(Collectors.toSet());
          meetings.registerAttendance(m.id(), present);
          Notification.show(getTranslation("council.ui.attendance-saved"));
          reload();
        } catch (TeiaException e) {
          FormErrors.notify(FormErrors.messageOf(this, e));
        }
      });
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
    TextArea text = new TextArea();
    text.setId("minutes-text");
    text.setWidthFull();
    text.setMinHeight("10em");
    text.setValue(ata == null || ata.text() == null ? "" : ata.text());
    boolean editable = secretary && !locked() && m.status() == MeetingStatus.HELD;
    text.setReadOnly(!editable);
    add(state, text);
    if (!editable) {
      return;
    }
    Button save = new Button(getTranslation("council.ui.minutes-save"), click -> {
      try {
        meetings.draftMinutes(m.id(), text.getValue());
        Notification.show(getTranslation("council.ui.minutes-saved"));
        reload();
      } catch (TeiaException e) {
        FormErrors.notify(FormErrors.messageOf(this, e));
      }
    });
    save.setId("minutes-save");
    add(save);
    if (ata == null) {
      return;
    }
    Select<MeetingSummary> at = new Select<>();
    at.setId("minutes-approve-at");
    at.setLabel(getTranslation("council.ui.minutes-approve-at"));
    at.setItems(meetings.meetings(m.councilId(), m.date().getYear()).stream()
        .filter(other -> other.date().isAfter(m.date()) && other.status() == MeetingStatus.HELD).toList());
    if (m.date().getMonthValue() == 12) {
      at.setItems(java.util.stream.Stream.concat(
          meetings.meetings(m.councilId(), m.date().getYear()).stream(),
          meetings.meetings(m.councilId(), m.date().getYear() + 1).stream())
          .filter(other -> other.date().isAfter(m.date()) && other.status() == MeetingStatus.HELD).toList());
    }
    at.setItemLabelGenerator(other -> other.date().format(MeetingsView.DATE) + " — "
        + getTranslation(other.kind().labelKey()));
    Button approve = new Button(getTranslation("council.ui.minutes-approve"), click -> {
      if (at.getValue() == null) {
        at.setInvalid(true);
        at.setErrorMessage(getTranslation("council.ui.minutes-approve-at-required"));
        return;
      }
      try {
        meetings.approveMinutes(m.id(), at.getValue().id());
        reload();
      } catch (TeiaException e) {
        FormErrors.notify(FormErrors.messageOf(this, e));
      }
    });
    approve.setId("minutes-approve");
    HorizontalLayout approval = new HorizontalLayout(at, approve);
    approval.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(approval);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.meeting") + " | " + getTranslation("app.name");
  }
}
