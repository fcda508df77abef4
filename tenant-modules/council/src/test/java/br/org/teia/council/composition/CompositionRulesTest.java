package br.org.teia.council.composition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.suas.Cpf;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompositionRulesTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
  static final UUID PERSON = UUID.randomUUID();
  static final UUID OTHER = UUID.randomUUID();

  static List<SegmentForm> segments(int government, int governmentAlternates, int civil, int civilAlternates) {
    return List.of(new SegmentForm(null, SegmentKind.GOVERNMENT, "Secretaria de Assistência Social", government,
            governmentAlternates),
        new SegmentForm(null, SegmentKind.USERS, "Usuários", civil, civilAlternates));
  }

  static Council cmas20() {
    return Council.create(CouncilForm.cmas("Conselho Municipal de Assistência Social", "1.234/1996",
        LocalDate.of(1996, 5, 2), 20, 10, segments(10, 10, 10, 10)), CLOCK);
  }

  // ---- parity

  @Test
  void ten_plus_ten_members_and_alternates_is_paritary() {
    assertThatCode(() -> Council.checkParity(20, segments(10, 10, 10, 10))).doesNotThrowAnyException();
    assertThatCode(() -> Council.checkParity(12, segments(6, 6, 6, 6))).doesNotThrowAnyException();
  }

  @Test
  void one_government_member_more_than_civil_society_breaks_parity() {
    assertThatThrownBy(() -> Council.checkParity(21, segments(11, 10, 10, 10)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.parity.members"));
  }

  @Test
  void parity_counts_alternates_too_one_alternate_short_on_civil_society_is_refused() {
    assertThatThrownBy(() -> Council.checkParity(20, segments(10, 10, 10, 9)))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.parity.alternates"));
  }

  @Test
  void segments_must_add_up_to_the_councils_seats() {
    assertThatThrownBy(() -> Council.checkParity(20, segments(6, 6, 6, 6)))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.parity.seats-sum"));
  }

  @Test
  void creating_a_council_whose_segments_break_parity_is_refused() {
    assertThatThrownBy(() -> Council.create(CouncilForm.cmas("X", "1/2000", LocalDate.of(2000, 1, 1), 20, 10,
        segments(10, 10, 10, 8)), CLOCK)).isInstanceOf(TeiaException.class);
  }

  // ---- seats, periods, workers

  @Test
  void a_seat_beyond_the_segments_numbering_is_refused() {
    Segment government = cmas20().segments().getFirst();
    assertThatCode(() -> CompositionRules.checkSeat(government, 10, MandateRole.MEMBER)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CompositionRules.checkSeat(government, 11, MandateRole.ALTERNATE))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.mandate.seat-out-of-range"));
  }

  @Test
  void a_mandate_of_exactly_two_years_is_accepted_one_day_more_is_refused() {
    Council council = cmas20();
    LocalDate start = LocalDate.of(2024, 6, 1);
    assertThatCode(() -> CompositionRules.checkPeriod(council, start, start.plusYears(2))).doesNotThrowAnyException();
    assertThatThrownBy(() -> CompositionRules.checkPeriod(council, start, start.plusYears(2).plusDays(1)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.mandate.too-long"));
  }

  @Test
  void a_second_member_on_the_same_seat_in_an_overlapping_period_is_refused() {
    Council council = cmas20();
    Mandate current = mandate(council, PERSON, "2024-06-01", "2026-05-31");
    assertThatThrownBy(() -> CompositionRules.checkSeatFree(List.of(current), period("2026-05-31", "2028-05-30")))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.mandate.seat-taken"));
    assertThatCode(() -> CompositionRules.checkSeatFree(List.of(current), period("2026-06-01", "2028-05-31")))
        .doesNotThrowAnyException();
  }

  @Test
  void a_worker_in_a_management_position_cannot_hold_a_workers_seat() {
    Council council = Council.create(CouncilForm.cmas("X", "1/2000", LocalDate.of(2000, 1, 1), 2, 10, List.of(
        new SegmentForm(null, SegmentKind.GOVERNMENT, "Secretaria", 1, 1),
        new SegmentForm(null, SegmentKind.WORKERS, "Trabalhadores", 1, 1))), CLOCK);
    Segment government = council.segments().get(0);
    Segment workers = council.segments().get(1);

    assertThatThrownBy(() -> CompositionRules.checkWorkerSeat(workers, true))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.mandate.worker-in-management"));
    assertThatCode(() -> CompositionRules.checkWorkerSeat(workers, false)).doesNotThrowAnyException();
    assertThatCode(() -> CompositionRules.checkWorkerSeat(government, true)).doesNotThrowAnyException();
  }

  // ---- reconduction

  @Test
  void a_first_reconduction_is_allowed() {
    Council council = cmas20();
    List<Mandate> history = List.of(mandate(council, PERSON, "2022-06-01", "2024-05-31"));
    assertThatCode(() -> CompositionRules.checkReconduction(council, history, period("2024-06-01", "2026-05-31"), "Ana"))
        .doesNotThrowAnyException();
  }

  @Test
  void a_third_consecutive_mandate_is_refused_counting_across_terms_and_roles() {
    Council council = cmas20();
    List<Mandate> history = List.of(
        mandate(council, PERSON, "2020-06-01", "2022-05-31"),
        alternateMandate(council, PERSON, "2022-06-01", "2024-05-31")); // suplente in the second term
    assertThatThrownBy(() -> CompositionRules.checkReconduction(council, history, period("2024-06-01", "2026-05-31"), "Ana"))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.mandate.reconduction-exceeded"));
  }

  @Test
  void after_sitting_out_a_whole_term_the_count_starts_again() {
    Council council = cmas20();
    List<Mandate> history = List.of(
        mandate(council, PERSON, "2018-06-01", "2020-05-31"),
        mandate(council, PERSON, "2020-06-01", "2022-05-31"));
    // out from 2022-06-01 to 2024-05-31: exactly one whole term
    assertThatCode(() -> CompositionRules.checkReconduction(council, history, period("2024-06-01", "2026-05-31"), "Ana"))
        .doesNotThrowAnyException();
    // one day short of a whole term out: still consecutive, so a third one
    assertThatThrownBy(() -> CompositionRules.checkReconduction(council, history, period("2024-05-31", "2026-05-30"), "Ana"))
        .isInstanceOf(TeiaException.class);
  }

  @Test
  void a_person_cannot_hold_two_mandates_at_the_same_time() {
    Council council = cmas20();
    List<Mandate> history = List.of(mandate(council, PERSON, "2024-06-01", "2026-05-31"));
    assertThatThrownBy(() -> CompositionRules.checkReconduction(council, history, period("2025-01-01", "2026-12-31"), "Ana"))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.mandate.person-overlap"));
  }

  // ---- presidency

  @Test
  void presidency_alternates_between_government_and_civil_society_across_years() {
    Council council = cmas20();
    List<Presidency> history = List.of(presidency(council, PERSON, Side.GOVERNMENT, "2025-01-01", "2025-12-31"));

    assertThatThrownBy(() -> CompositionRules.checkPresidency(council, history, OTHER, Side.GOVERNMENT,
        period("2026-01-01", "2026-12-31"), "Bruno"))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.presidency.must-alternate"));
    assertThatCode(() -> CompositionRules.checkPresidency(council, history, OTHER, Side.CIVIL_SOCIETY,
        period("2026-01-01", "2026-12-31"), "Bruno")).doesNotThrowAnyException();
  }

  @Test
  void the_same_president_may_be_reconducted_once_not_twice() {
    Council council = cmas20();
    List<Presidency> once = List.of(presidency(council, PERSON, Side.CIVIL_SOCIETY, "2025-01-01", "2025-12-31"));
    assertThatCode(() -> CompositionRules.checkPresidency(council, once, PERSON, Side.CIVIL_SOCIETY,
        period("2026-01-01", "2026-12-31"), "Ana")).doesNotThrowAnyException();

    List<Presidency> twice = List.of(
        presidency(council, PERSON, Side.CIVIL_SOCIETY, "2024-01-01", "2024-12-31"),
        presidency(council, PERSON, Side.CIVIL_SOCIETY, "2025-01-01", "2025-12-31"));
    assertThatThrownBy(() -> CompositionRules.checkPresidency(council, twice, PERSON, Side.CIVIL_SOCIETY,
        period("2026-01-01", "2026-12-31"), "Ana"))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.presidency.reconduction-exceeded"));
  }

  @Test
  void a_presidency_term_beyond_one_year_is_refused() {
    Council council = cmas20();
    assertThatCode(() -> CompositionRules.checkPresidency(council, List.of(), PERSON, Side.GOVERNMENT,
        period("2026-01-01", "2027-01-01"), "Ana")).doesNotThrowAnyException();
    assertThatThrownBy(() -> CompositionRules.checkPresidency(council, List.of(), PERSON, Side.GOVERNMENT,
        period("2026-01-01", "2027-01-02"), "Ana"))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.presidency.too-long"));
  }

  @Test
  void cpf_check_digits_are_verified_and_masked_in_lists() {
    assertThat(Cpf.isValid("529.982.247-25")).isTrue();
    assertThat(Cpf.isValid("529.982.247-26")).isFalse();
    assertThat(Cpf.isValid("111.111.111-11")).isFalse();
    assertThat(Cpf.mask("52998224725")).isEqualTo("***.982.247-**");
  }

  static Period period(String start, String end) {
    return new Period(LocalDate.parse(start), LocalDate.parse(end));
  }

  static Mandate mandate(Council council, UUID person, String start, String end) {
    Segment segment = council.segments().getFirst();
    return new Mandate(council.id(), segment.id(), 1, MandateRole.MEMBER, person, null, false, LocalDate.parse(start),
        LocalDate.parse(end), CLOCK.instant());
  }

  static Mandate alternateMandate(Council council, UUID person, String start, String end) {
    Segment segment = council.segments().getLast();
    return new Mandate(council.id(), segment.id(), 3, MandateRole.ALTERNATE, person, null, false,
        LocalDate.parse(start), LocalDate.parse(end), CLOCK.instant());
  }

  static Presidency presidency(Council council, UUID person, Side side, String start, String end) {
    return new Presidency(council.id(), person, side, LocalDate.parse(start), LocalDate.parse(end), CLOCK.instant());
  }
}
