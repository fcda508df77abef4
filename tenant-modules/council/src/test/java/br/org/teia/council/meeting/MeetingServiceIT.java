package br.org.teia.council.meeting;

import static br.org.teia.testsupport.ActingAs.as;
import static br.org.teia.council.CouncilFixtures.acronym;
import static br.org.teia.council.CouncilFixtures.cmas12;
import static br.org.teia.council.CouncilFixtures.cpf;
import static br.org.teia.council.CouncilFixtures.mandate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.council.composition.SegmentSummary;
import br.org.teia.council.proposal.ProposalService;
import br.org.teia.council.proposal.ProposalSummary;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.council.api.AppreciationSubject;
import br.org.teia.council.api.CouncilAppreciationRequested;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.TenantScope;
import br.org.teia.testsupport.TeiaTestApplication;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = TeiaTestApplication.class)
@CouncilContext
class MeetingServiceIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId SABARA = TenantId.of("3156700");

  @Autowired CompositionService composition;
  @Autowired MeetingService meetings;
  @Autowired ProposalService proposals;
  @Autowired TenantOnboarding onboarding;
  @Autowired Messages messages;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transactions;
  @Autowired br.org.teia.kernel.notification.Notifications notifications;
  @Autowired br.org.teia.kernel.security.AccountRepository accounts;
  @Autowired br.org.teia.kernel.mail.MailOutbox outbox;

  final LocalDate today = LocalDate.now();
  CouncilSummary council;
  List<MandateSummary> members = new ArrayList<>();
  List<MandateSummary> alternates = new ArrayList<>();

  @BeforeEach
  void aCouncilWithEveryMemberAndAlternate() {
    onboarding.onboard(List.of(CONTAGEM.ibgeCode(), SABARA.ibgeCode()));
    council = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.create(cmas12(acronym())));
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> {
      for (SegmentSummary segment : council.segments()) {
        for (int seat = 1; seat <= segment.memberSeats(); seat++) {
          members.add(composition.addMandate(council.id(), mandate(segment.id(), seat, MandateRole.MEMBER,
              "Titular " + segment.name() + " " + seat, cpf(), today.minusYears(1))));
          alternates.add(composition.addMandate(council.id(), mandate(segment.id(), seat, MandateRole.ALTERNATE,
              "Suplente " + segment.name() + " " + seat, cpf(), today.minusYears(1))));
        }
      }
      return null;
    });
  }

  MeetingSummary schedule(MeetingKind kind, LocalDate date) {
    return as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.schedule(council.id(),
        new MeetingForm(kind, date, LocalTime.of(14, 0), "Sede dos conselhos")));
  }

  AgendaItemSummary item(MeetingSummary meeting, String title) {
    return as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.addItem(meeting.id(), new AgendaItemForm(title, null)));
  }

  /** Present: the first {@code n} members, plus the alternates of the seats given. */
  Set<UUID> present(int firstMembers, int... alternatesOfSeats) {
    Set<UUID> ids = new HashSet<>();
    members.stream().limit(firstMembers).forEach(m -> ids.add(m.id()));
    for (int seat : alternatesOfSeats) {
      ids.add(alternates.get(seat).id());
    }
    return ids;
  }

  @Test
  void the_ordinary_agenda_is_published_ten_days_before_but_not_nine() {
    MeetingSummary inTen = schedule(MeetingKind.ORDINARY, today.plusDays(10));
    MeetingSummary inNine = schedule(MeetingKind.ORDINARY, today.plusDays(9));
    item(inTen, "Plano de ação");
    item(inNine, "Plano de ação");

    MeetingSummary published = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.publishAgenda(inTen.id()));
    assertThat(published.agendaPublishedOn()).isEqualTo(today);
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.publishAgenda(inNine.id())))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(messages.get(I18nConfiguration.PT_BR,
            e.messageKey(), e.arguments())).startsWith("A pauta de uma reunião ordinária deve ser publicada com pelo "
            + "menos 10 dias de antecedência, ou seja, até "));
  }

  @Test
  void publishing_an_agenda_notifies_the_municipalitys_council_people_with_accounts_and_no_one_else() {
    var people = new br.org.teia.testsupport.TestPeople(onboarding, accounts);
    String memberName = people.person(Role.COUNCIL_MEMBER, CONTAGEM);
    UUID member = accounts.findByUsername(memberName).orElseThrow().id();
    UUID secretary = accounts.findByUsername(people.person(Role.COUNCIL_SECRETARY, CONTAGEM)).orElseThrow().id();
    UUID manager = accounts.findByUsername(people.person(Role.MUNICIPAL_MANAGER, CONTAGEM)).orElseThrow().id();
    UUID elsewhere = accounts.findByUsername(people.person(Role.COUNCIL_MEMBER, SABARA)).orElseThrow().id();
    MeetingSummary meeting = schedule(MeetingKind.ORDINARY, today.plusDays(12));
    item(meeting, "Plano de ação");

    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.publishAgenda(meeting.id()));

    String title = "Pauta publicada: " + council.acronym() + ", reunião de "
        + today.plusDays(12).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    assertThat(notifications.recent(member, 10)).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(AgendaNotices.KIND);
      assertThat(n.title()).isEqualTo(title);
      assertThat(n.body()).contains("reunião ordinária", "Sede dos conselhos", "1 item");
      assertThat(n.link()).isEqualTo("conselho/reuniao/" + meeting.id());
    });
    assertThat(notifications.unreadCount(secretary)).isEqualTo(1);
    assertThat(notifications.unreadCount(manager)).isZero();
    assertThat(notifications.unreadCount(elsewhere)).isZero();
    assertThat(outbox.recent(br.org.teia.kernel.mail.MailStatus.PENDING, 5000))
        .filteredOn(mail -> mail.recipient().equals(memberName)).singleElement()
        .satisfies(mail -> assertThat(mail.subject()).isEqualTo(title));
  }

  @Test
  void an_extraordinary_agenda_needs_two_days_notice() {
    MeetingSummary inTwo = schedule(MeetingKind.EXTRAORDINARY, today.plusDays(2));
    MeetingSummary tomorrow = schedule(MeetingKind.EXTRAORDINARY, today.plusDays(1));
    item(inTwo, "Calamidade: benefícios eventuais");
    item(tomorrow, "Calamidade: benefícios eventuais");

    assertThat(as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.publishAgenda(inTwo.id())).agendaPublishedOn())
        .isEqualTo(today);
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.publishAgenda(tomorrow.id())))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.agenda.late-extraordinary"));
  }

  @Test
  void a_meeting_runs_from_agenda_to_approved_and_locked_minutes() {
    MeetingSummary march = schedule(MeetingKind.ORDINARY, today.minusDays(30));
    AgendaItemSummary accounts = item(march, "Prestação de contas do FMAS");
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.recordAgendaPublication(march.id(), today.minusDays(40)));

    // 5 members and the alternates of 2 other seats (5 and 6): 7 seats, the quorum of 12
    MeetingDetail held = as(CONTAGEM, Role.COUNCIL_SECRETARY,
        () -> meetings.registerAttendance(march.id(), present(5, 5, 6)));
    assertThat(held.quorum()).isEqualTo(new Quorum(7, 7));
    assertThat(held.meeting().status()).isEqualTo(MeetingStatus.HELD);
    assertThat(held.attendance()).hasSize(24).filteredOn(AttendanceLine::present).hasSize(7);
    AgendaItemSummary voted = as(CONTAGEM, Role.COUNCIL_SECRETARY,
        () -> meetings.vote(march.id(), accounts.id(), new VoteForm(5, 1, 1)));
    assertThat(voted.approved()).isTrue();
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.draftMinutes(march.id(), "Ata da reunião ordinária."));

    MeetingSummary april = schedule(MeetingKind.ORDINARY, today.minusDays(1));
    item(april, "Aprovação da ata anterior");
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.recordAgendaPublication(april.id(), today.minusDays(11)));
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.registerAttendance(april.id(), present(8)));
    MinutesSummary approved = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.approveMinutes(march.id(), april.id()));

    assertThat(approved.status()).isEqualTo(MinutesStatus.APPROVED);
    assertThat(approved.approvedOn()).isEqualTo(today.minusDays(1));
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.draftMinutes(march.id(), "Mudança")))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.minutes.locked"));
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY,
        () -> meetings.vote(march.id(), accounts.id(), new VoteForm(6, 0, 0))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.minutes.locked"));
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> meetings.meeting(march.id())).minutes().text())
        .isEqualTo("Ata da reunião ordinária.");
  }

  @Test
  void an_alternate_whose_member_is_present_adds_no_seat_and_without_quorum_nothing_is_voted() {
    MeetingSummary meeting = schedule(MeetingKind.ORDINARY, today.minusDays(3));
    AgendaItemSummary item = item(meeting, "Critérios de benefícios eventuais");
    // 6 members and the alternates of seats 0..5 (same seats): still 6 seats, quorum is 7
    MeetingDetail detail = as(CONTAGEM, Role.COUNCIL_SECRETARY,
        () -> meetings.registerAttendance(meeting.id(), present(6, 0, 1, 2, 3, 4, 5)));
    assertThat(detail.quorum().presentSeats()).isEqualTo(6);
    assertThat(detail.quorum().reached()).isFalse();

    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY,
        () -> meetings.vote(meeting.id(), item.id(), new VoteForm(6, 0, 0))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(messages.get(I18nConfiguration.PT_BR,
            e.messageKey(), e.arguments())).isEqualTo("Sem quórum, o conselho não delibera: 6 cadeiras presentes, "
            + "são necessárias 7."));
  }

  @Test
  void the_calendar_has_one_ordinary_meeting_a_month_and_generating_twice_adds_nothing() {
    int year = today.getYear() + 1;
    CalendarForm form = new CalendarForm(year, 2, DayOfWeek.TUESDAY, LocalTime.of(14, 0), "Sede");
    List<MeetingSummary> created = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.generateCalendar(council.id(), form));
    assertThat(created).hasSize(12).allMatch(m -> m.date().getDayOfWeek() == DayOfWeek.TUESDAY
        && m.kind() == MeetingKind.ORDINARY);
    assertThat(as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.generateCalendar(council.id(), form))).isEmpty();
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> meetings.meetings(council.id(), year))).hasSize(12);
  }

  @Test
  void a_proposal_submitted_by_another_module_goes_onto_an_agenda() {
    String reference = "fund-report-" + UUID.randomUUID();
    CouncilAppreciationRequested request = new CouncilAppreciationRequested(council.acronym(), "fund",
        AppreciationSubject.OTHER, reference, "Relatório de execução do FMAS", "1º quadrimestre", today);
    as(CONTAGEM, Role.MUNICIPAL_STAFF, () -> transactions.execute(status -> {
      events.publishEvent(request);
      events.publishEvent(request); // the same matter twice: recorded once
      return null;
    }));

    List<ProposalSummary> pending = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> proposals.proposals(council.id()));
    assertThat(pending).hasSize(1).allMatch(ProposalSummary::pending);
    MeetingSummary meeting = schedule(MeetingKind.ORDINARY, today.plusDays(20));
    AgendaItemSummary item = as(CONTAGEM, Role.COUNCIL_SECRETARY,
        () -> proposals.schedule(pending.getFirst().id(), meeting.id()));

    assertThat(item.title()).isEqualTo("Relatório de execução do FMAS");
    assertThat(item.proposalId()).isEqualTo(pending.getFirst().id());
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> proposals.proposals(council.id())).getFirst().pending()).isFalse();
    MeetingSummary other = schedule(MeetingKind.ORDINARY, today.plusDays(50));
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY,
        () -> proposals.schedule(pending.getFirst().id(), other.id())))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.proposal.already-scheduled"));

    // Its meeting cancelled, the proposal waits again and goes onto another agenda.
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.cancel(meeting.id()));
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> proposals.proposals(council.id())).getFirst().pending()).isTrue();
    AgendaItemSummary again = as(CONTAGEM, Role.COUNCIL_SECRETARY,
        () -> proposals.schedule(pending.getFirst().id(), other.id()));
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> proposals.proposals(council.id())).getFirst().agendaItemId())
        .isEqualTo(again.id());
  }

  @Test
  void members_read_meetings_but_do_not_write_and_another_tenant_gets_not_found() {
    MeetingSummary meeting = schedule(MeetingKind.ORDINARY, today.plusDays(15));
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> meetings.meeting(meeting.id())).meeting().id())
        .isEqualTo(meeting.id());
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_MEMBER,
        () -> meetings.addItem(meeting.id(), new AgendaItemForm("X", null))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_MEMBER, () -> meetings.registerAttendance(meeting.id(), Set.of())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(SABARA, Role.COUNCIL_SECRETARY, () -> meetings.meeting(meeting.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_public_list_shows_only_published_agendas_and_figures_count_meetings_with_quorum() {
    MeetingSummary unpublished = schedule(MeetingKind.ORDINARY, today.plusDays(30));
    item(unpublished, "Rascunho");
    MeetingSummary past = schedule(MeetingKind.ORDINARY, today.minusDays(5));
    item(past, "Plano municipal");
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.recordAgendaPublication(past.id(), today.minusDays(20)));
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> meetings.registerAttendance(past.id(), present(9)));

    List<PublicMeeting> page;
    List<CouncilFigures> figures;
    try (var scope = TenantScope.enter(CONTAGEM)) {
      page = meetings.publicMeetings(council.id());
      figures = meetings.figures();
    }
    assertThat(page).hasSize(1);
    assertThat(page.getFirst().items()).extracting(AgendaItemSummary::title).containsExactly("Plano municipal");
    CouncilFigures mine = figures.stream().filter(f -> f.acronym().equals(council.acronym())).findFirst().orElseThrow();
    assertThat(mine.meetingsHeld()).isEqualTo(1);
    assertThat(mine.meetingsWithQuorum()).isEqualTo(1);
    assertThat(mine.parityRespected()).isTrue();
    assertThat(mine.vacantMemberSeats()).isZero();
  }
}
