package br.org.teia.fund.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MroscRulesTest {

  static final LocalDate START = LocalDate.of(2025, 3, 1);

  @Test
  void a_partnership_of_a_year_or_less_has_only_the_final_accountability() {
    assertThat(MroscRules.periodEnds(START, LocalDate.of(2026, 2, 28))).containsExactly(LocalDate.of(2026, 2, 28));
    assertThat(MroscRules.periodEnds(START, START)).containsExactly(START);
  }

  @Test
  void a_longer_one_accounts_after_each_full_year_and_at_the_end() {
    assertThat(MroscRules.periodEnds(START, LocalDate.of(2026, 3, 1)))
        .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1));
    assertThat(MroscRules.periodEnds(START, LocalDate.of(2027, 12, 31)))
        .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2027, 2, 28), LocalDate.of(2027, 12, 31));
  }

  @Test
  void delivery_is_due_90_days_after_the_period_or_120_on_request_and_late_from_the_day_after() {
    LocalDate end = LocalDate.of(2026, 2, 28);
    assertThat(MroscRules.deliveryDue(end, false)).isEqualTo(LocalDate.of(2026, 5, 29));
    assertThat(MroscRules.deliveryDue(end, true)).isEqualTo(LocalDate.of(2026, 6, 28));
    assertThat(MroscRules.deliveryLate(end, false, null, LocalDate.of(2026, 5, 29))).isFalse();
    assertThat(MroscRules.deliveryLate(end, false, null, LocalDate.of(2026, 5, 30))).isTrue();
    assertThat(MroscRules.deliveryLate(end, true, null, LocalDate.of(2026, 5, 30))).isFalse();
    assertThat(MroscRules.deliveryLate(end, false, LocalDate.of(2026, 5, 29), LocalDate.of(2027, 1, 1))).isFalse();
    assertThat(MroscRules.deliveryLate(end, false, LocalDate.of(2026, 5, 30), LocalDate.of(2027, 1, 1))).isTrue();
  }

  @Test
  void the_review_is_due_150_days_after_the_delivery() {
    LocalDate delivered = LocalDate.of(2026, 5, 1);
    assertThat(MroscRules.reviewDue(delivered)).isEqualTo(LocalDate.of(2026, 9, 28));
    assertThat(MroscRules.reviewLate(delivered, null, LocalDate.of(2026, 9, 28))).isFalse();
    assertThat(MroscRules.reviewLate(delivered, null, LocalDate.of(2026, 9, 29))).isTrue();
    assertThat(MroscRules.reviewLate(delivered, LocalDate.of(2026, 9, 29), LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(MroscRules.reviewLate(null, null, LocalDate.of(2030, 1, 1))).isFalse();
  }
}
