package br.org.teia.fund.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementSummaryTest {

  static final LocalDate SEND_BY = LocalDate.of(2026, 4, 30);
  static final LocalDate OPINION_BY = LocalDate.of(2026, 5, 31);

  static StatementSummary sent(LocalDate sentOn, LocalDate appreciatedOn, LocalDate today) {
    return new StatementSummary(2025, appreciatedOn == null ? StatementStatus.SENT : StatementStatus.APPRECIATED,
        null, List.of(), LocalDate.of(2026, 2, 1), sentOn, "CMAS", null, null, null, null, null, null, null, null,
        appreciatedOn, SEND_BY, OPINION_BY, today);
  }

  @Test
  void sent_on_the_deadline_is_on_time_and_a_day_after_is_late() {
    assertThat(sent(SEND_BY, null, SEND_BY.plusDays(3)).sendingLate()).isFalse();
    assertThat(sent(SEND_BY.plusDays(1), null, SEND_BY.plusDays(3)).sendingLate()).isTrue();
  }

  @Test
  void not_sent_is_late_only_from_the_day_after_the_deadline() {
    StatementSummary onTheDay = StatementSummary.notPrepared(2025, List.of(), SEND_BY, OPINION_BY, SEND_BY);
    StatementSummary dayAfter = StatementSummary.notPrepared(2025, List.of(), SEND_BY, OPINION_BY, SEND_BY.plusDays(1));
    assertThat(onTheDay.sendingLate()).isFalse();
    assertThat(dayAfter.sendingLate()).isTrue();
    assertThat(dayAfter.opinionLate()).isFalse();
  }

  @Test
  void the_opinion_is_late_after_its_own_deadline_whether_given_late_or_still_missing() {
    assertThat(sent(SEND_BY, OPINION_BY, OPINION_BY.plusDays(9)).opinionLate()).isFalse();
    assertThat(sent(SEND_BY, OPINION_BY.plusDays(1), OPINION_BY.plusDays(9)).opinionLate()).isTrue();
    assertThat(sent(SEND_BY, null, OPINION_BY).opinionLate()).isFalse();
    assertThat(sent(SEND_BY, null, OPINION_BY.plusDays(1)).opinionLate()).isTrue();
  }

  @Test
  void a_year_without_deadlines_is_never_late() {
    StatementSummary none = StatementSummary.notPrepared(2040, List.of(), null, null, LocalDate.of(2050, 1, 1));
    assertThat(none.sendingLate()).isFalse();
    assertThat(none.opinionLate()).isFalse();
  }
}
