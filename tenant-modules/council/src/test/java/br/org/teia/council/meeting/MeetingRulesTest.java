package br.org.teia.council.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SeatHolder;
import br.org.teia.kernel.TeiaException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MeetingRulesTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  static final LocalDate MEETING_DAY = LocalDate.of(2026, 3, 20);
  static final Notice TEN_DAYS = new Notice(MeetingKind.ORDINARY, 10);

  // ---- notice

  @Test
  void an_ordinary_agenda_published_exactly_ten_days_before_is_in_time() {
    Meeting meeting = meetingWithAnItem(MeetingKind.ORDINARY);
    meeting.publishAgenda(MEETING_DAY.minusDays(10), TEN_DAYS);
    assertThat(meeting.agendaPublishedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
  }

  @Test
  void an_ordinary_agenda_published_nine_days_before_is_refused() {
    Meeting meeting = meetingWithAnItem(MeetingKind.ORDINARY);
    assertThatThrownBy(() -> meeting.publishAgenda(MEETING_DAY.minusDays(9), TEN_DAYS))
        .isInstanceOfSatisfying(TeiaException.class, e -> {
          assertThat(e.messageKey()).isEqualTo("council.agenda.late");
          assertThat(e.arguments()).containsExactly(10, "10/03/2026");
        });
    assertThat(meeting.agendaPublishedOn()).isNull();
  }

  @Test
  void an_extraordinary_meeting_follows_its_own_shorter_notice() {
    Notice twoDays = new Notice(MeetingKind.EXTRAORDINARY, 2);
    Meeting meeting = meetingWithAnItem(MeetingKind.EXTRAORDINARY);
    assertThatThrownBy(() -> meeting.publishAgenda(MEETING_DAY.minusDays(1), twoDays))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.agenda.late-extraordinary"));
    meeting.publishAgenda(MEETING_DAY.minusDays(2), twoDays);
    assertThat(meeting.agendaPublishedOn()).isEqualTo(MEETING_DAY.minusDays(2));
  }

  @Test
  void an_empty_agenda_cannot_be_published() {
    Meeting meeting = Meeting.schedule(UUID.randomUUID(), form(MeetingKind.ORDINARY), CLOCK);
    assertThatThrownBy(() -> meeting.publishAgenda(MEETING_DAY.minusDays(20), TEN_DAYS))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.agenda.empty"));
  }

  @Test
  void after_publication_an_item_can_be_added_only_while_the_notice_still_holds() {
    Meeting meeting = meetingWithAnItem(MeetingKind.ORDINARY);
    meeting.publishAgenda(MEETING_DAY.minusDays(15), TEN_DAYS);
    meeting.addItem("Plano municipal", null, null, TEN_DAYS, MEETING_DAY.minusDays(10), false);
    assertThatThrownBy(() -> meeting.addItem("Tarde demais", null, null, TEN_DAYS, MEETING_DAY.minusDays(9), false))
        .isInstanceOf(TeiaException.class);
    assertThat(meeting.items()).hasSize(2);
  }

  // ---- quorum

  static final UUID GOV = UUID.randomUUID();
  static final UUID CIVIL = UUID.randomUUID();

  /** A council of 4 seats (2 + 2), each with member and alternate: quorum 3 (absolute majority). */
  static List<SeatHolder> fourSeats() {
    List<SeatHolder> holders = new ArrayList<>();
    for (UUID segment : List.of(GOV, CIVIL)) {
      for (int seat = 1; seat <= 2; seat++) {
        holders.add(new SeatHolder(UUID.randomUUID(), segment, seat, MandateRole.MEMBER));
        holders.add(new SeatHolder(UUID.randomUUID(), segment, seat, MandateRole.ALTERNATE));
      }
    }
    return holders;
  }

  @Test
  void an_alternate_counts_when_the_member_is_absent() {
    List<SeatHolder> seats = fourSeats();
    // seat GOV/1 member, GOV/2 alternate (member absent), CIVIL/1 alternate (member absent)
    Set<UUID> present = Set.of(seats.get(0).mandateId(), seats.get(3).mandateId(), seats.get(5).mandateId());
    Quorum quorum = Quorum.of(3, seats, present);
    assertThat(quorum.presentSeats()).isEqualTo(3);
    assertThat(quorum.reached()).isTrue();
  }

  @Test
  void an_alternate_adds_nothing_when_the_member_is_present() {
    List<SeatHolder> seats = fourSeats();
    // GOV/1 member and alternate, GOV/2 member and alternate: 2 seats, not 4
    Set<UUID> present = new HashSet<>(List.of(seats.get(0).mandateId(), seats.get(1).mandateId(),
        seats.get(2).mandateId(), seats.get(3).mandateId()));
    Quorum quorum = Quorum.of(3, seats, present);
    assertThat(quorum.presentSeats()).isEqualTo(2);
    assertThat(quorum.reached()).isFalse();
  }

  @Test
  void an_alternate_counts_for_a_vacant_member_seat() {
    List<SeatHolder> seats = new ArrayList<>(fourSeats());
    SeatHolder alternateOfVacant = seats.get(7); // CIVIL/2 alternate
    seats.remove(6); // CIVIL/2 member seat vacant
    Quorum quorum = Quorum.of(3, seats, Set.of(seats.get(0).mandateId(), seats.get(2).mandateId(),
        alternateOfVacant.mandateId()));
    assertThat(quorum.presentSeats()).isEqualTo(3);
  }

  @Test
  void absolute_majority_of_20_is_11_and_of_12_is_7() {
    assertThat(br.org.teia.council.composition.QuorumRule.ABSOLUTE_MAJORITY.required(20)).isEqualTo(11);
    assertThat(br.org.teia.council.composition.QuorumRule.ABSOLUTE_MAJORITY.required(12)).isEqualTo(7);
    assertThat(br.org.teia.council.composition.QuorumRule.TWO_THIRDS.required(12)).isEqualTo(8);
    assertThat(br.org.teia.council.composition.QuorumRule.TWO_THIRDS.required(20)).isEqualTo(14);
  }

  // ---- votes and minutes

  @Test
  void no_vote_without_quorum_and_no_more_votes_than_seats_present() {
    Meeting meeting = meetingWithAnItem(MeetingKind.ORDINARY);
    meeting.registerAttendance(Set.of(), Set.of(), MEETING_DAY, false);
    UUID item = meeting.items().getFirst().id();
    assertThatThrownBy(() -> meeting.vote(item, 1, 0, 0, new Quorum(11, 10), false))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.vote.no-quorum"));
    assertThatThrownBy(() -> meeting.vote(item, 8, 3, 1, new Quorum(11, 11), false))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.vote.too-many"));
    meeting.vote(item, 8, 2, 1, new Quorum(11, 11), false);
    assertThat(meeting.items().getFirst().summary().approved()).isTrue();
  }

  @Test
  void attendance_cannot_be_registered_before_the_meeting_day() {
    Meeting meeting = meetingWithAnItem(MeetingKind.ORDINARY);
    assertThatThrownBy(() -> meeting.registerAttendance(Set.of(), Set.of(), MEETING_DAY.minusDays(1), false))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.attendance.future"));
  }

  @Test
  void minutes_are_approved_at_a_later_meeting_with_quorum_then_locked() {
    UUID council = UUID.randomUUID();
    Meeting march = Meeting.schedule(council, form(MeetingKind.ORDINARY), CLOCK);
    march.registerAttendance(Set.of(), Set.of(), MEETING_DAY, false);
    Meeting april = Meeting.schedule(council, new MeetingForm(MeetingKind.ORDINARY, MEETING_DAY.plusMonths(1),
        LocalTime.of(14, 0), "Sede"), CLOCK);
    april.registerAttendance(Set.of(), Set.of(), MEETING_DAY.plusMonths(1), false);
    Minutes ata = new Minutes(march.id());
    ata.draft("Aos vinte dias de março...", CLOCK);

    assertThatThrownBy(() -> ata.approve(march, march, new Quorum(11, 12), CLOCK))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.minutes.approve-later-meeting"));
    assertThatThrownBy(() -> ata.approve(march, april, new Quorum(11, 10), CLOCK))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.minutes.approve-needs-quorum"));
    ata.approve(march, april, new Quorum(11, 11), CLOCK);

    assertThat(ata.locked()).isTrue();
    assertThatThrownBy(() -> ata.draft("Correção", CLOCK))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.minutes.locked"));
    assertThatThrownBy(() -> march.registerAttendance(Set.of(), Set.of(), MEETING_DAY, true))
        .isInstanceOf(TeiaException.class);
  }

  @Test
  void the_calendar_day_is_the_chosen_weekday_of_the_chosen_week() {
    assertThat(MeetingService.dayOf(YearMonth.of(2026, 3), 2, DayOfWeek.TUESDAY)).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(MeetingService.dayOf(YearMonth.of(2026, 3), 5, DayOfWeek.TUESDAY)).isEqualTo(LocalDate.of(2026, 3, 31));
  }

  static MeetingForm form(MeetingKind kind) {
    return new MeetingForm(kind, MEETING_DAY, LocalTime.of(14, 0), "Sede do conselho");
  }

  static Meeting meetingWithAnItem(MeetingKind kind) {
    Meeting meeting = Meeting.schedule(UUID.randomUUID(), form(kind), CLOCK);
    meeting.addItem("Prestação de contas do FMAS", null, null, new Notice(kind, 10), MEETING_DAY.minusDays(30), false);
    return meeting;
  }
}
