package br.org.teia.council.home;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.meeting.MeetingView;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.TenantHomeContribution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The council's part of the home page: its next meeting, with a link to prepare or follow it. */
@org.springframework.stereotype.Component
class CouncilHomePanel implements TenantHomeContribution {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final CouncilTodayService today;
  private final CurrentUser currentUser;

  CouncilHomePanel(CouncilTodayService today, CurrentUser currentUser) {
    this.today = today;
    this.currentUser = currentUser;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Optional<Component> panel() {
    if (!currentUser.can(CouncilAccess.READ)) {
      return Optional.empty();
    }
    Section panel = new Section();
    panel.setId("council-next-meeting");
    panel.add(new H3(panel.getTranslation("council.home.next-meeting")));
    MeetingSummary next = today.today().nextMeeting();
    if (next == null) {
      Paragraph none = new Paragraph(panel.getTranslation("council.home.next-meeting.none"));
      none.setId("council-next-meeting-text");
      panel.add(none);
      return Optional.of(panel);
    }
    Paragraph what = new Paragraph(panel.getTranslation("council.home.next-meeting.text", next.councilAcronym(),
        panel.getTranslation(next.kind().labelKey()).toLowerCase(com.vaadin.flow.component.UI.getCurrent().getLocale()), DATE.format(next.date()),
        next.startTime() == null ? "" : TIME.format(next.startTime()), next.place() == null ? "" : next.place()));
    what.setId("council-next-meeting-text");
    Paragraph agenda = new Paragraph(next.agendaPublishedOn() == null
        ? panel.getTranslation("council.home.next-meeting.agenda-pending", next.items())
        : panel.getTranslation("council.home.next-meeting.agenda-published", DATE.format(next.agendaPublishedOn()),
            next.items()));
    agenda.setId("council-next-meeting-agenda");
    Anchor open = new Anchor(MeetingView.ROUTE + "/" + next.id(), panel.getTranslation("council.home.next-meeting.open"));
    open.setId("council-next-meeting-open");
    panel.add(what, agenda, open);
    return Optional.of(panel);
  }
}
