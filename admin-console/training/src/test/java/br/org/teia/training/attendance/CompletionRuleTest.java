package br.org.teia.training.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CompletionRuleTest {

  private final CompletionRule seventyFive = new CompletionRule(75, null);

  @Test
  void exactly_75_percent_completes() {
    assertThat(seventyFive.evaluate(4, 3, 0, null).completed()).isTrue();
    assertThat(seventyFive.evaluate(20, 15, 0, null).attendancePct()).isEqualTo(75);
    assertThat(seventyFive.evaluate(20, 15, 0, null).completed()).isTrue();
  }

  @Test
  void just_below_75_percent_does_not_complete() {
    assertThat(seventyFive.evaluate(400, 299, 0, null).completed()).isFalse(); // 74.75%
    assertThat(seventyFive.evaluate(400, 299, 0, null).attendancePct()).isEqualTo(74);
    assertThat(seventyFive.evaluate(4, 2, 0, null).completed()).isFalse();
  }

  @Test
  void an_excused_absence_does_not_count_against_the_share() {
    // 4 sessions, 1 excused: 3 count; 3 present of 3 = 100%
    assertThat(seventyFive.evaluate(4, 3, 1, null).attendancePct()).isEqualTo(100);
    // 5 sessions, 1 excused, 3 present: 3 of 4 = 75%, completes; unexcused it would be 60%
    assertThat(seventyFive.evaluate(5, 3, 1, null).completed()).isTrue();
    assertThat(seventyFive.evaluate(5, 3, 0, null).completed()).isFalse();
  }

  @Test
  void every_session_excused_or_none_held_is_not_a_completion() {
    assertThat(seventyFive.evaluate(3, 0, 3, null).completed()).isFalse();
    assertThat(seventyFive.evaluate(0, 0, 0, null).completed()).isFalse();
  }

  @Test
  void a_passing_grade_must_be_reached_when_the_course_has_one() {
    CompletionRule graded = new CompletionRule(75, new BigDecimal("7"));
    assertThat(graded.evaluate(4, 4, 0, new BigDecimal("7.00")).completed()).isTrue();
    assertThat(graded.evaluate(4, 4, 0, new BigDecimal("6.99")).completed()).isFalse();
    assertThat(graded.evaluate(4, 4, 0, null).completed()).isFalse();
    assertThat(graded.evaluate(4, 2, 0, BigDecimal.TEN).completed()).isFalse();
  }

  @Test
  void a_share_outside_1_to_100_is_no_rule() {
    assertThatThrownBy(() -> new CompletionRule(0, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CompletionRule(101, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
