package br.org.teia.exchange.practice;

import static br.org.teia.exchange.practice.PracticeStatus.APPROVED;
import static br.org.teia.exchange.practice.PracticeStatus.CHANGES_REQUESTED;
import static br.org.teia.exchange.practice.PracticeStatus.REFUSED;
import static br.org.teia.exchange.practice.PracticeStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.exchange.practice.PracticeStatus.Decision;
import br.org.teia.kernel.TeiaException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every status against every decision: the four allowed moves, and every other one refused. */
class PracticeStatusTest {

  private static final Map<PracticeStatus, Map<Decision, PracticeStatus>> ALLOWED = Map.of(
      SUBMITTED, Map.of(Decision.APPROVE, APPROVED, Decision.REQUEST_CHANGES, CHANGES_REQUESTED,
          Decision.REFUSE, REFUSED),
      CHANGES_REQUESTED, Map.of(Decision.RESUBMIT, SUBMITTED),
      APPROVED, Map.of(),
      REFUSED, Map.of());

  @Test
  void a_submitted_practice_is_approved_sent_back_or_refused() {
    assertThat(SUBMITTED.after(Decision.APPROVE)).isEqualTo(APPROVED);
    assertThat(SUBMITTED.after(Decision.REQUEST_CHANGES)).isEqualTo(CHANGES_REQUESTED);
    assertThat(SUBMITTED.after(Decision.REFUSE)).isEqualTo(REFUSED);
  }

  @Test
  void a_practice_sent_back_is_resubmitted() {
    assertThat(CHANGES_REQUESTED.after(Decision.RESUBMIT)).isEqualTo(SUBMITTED);
  }

  @Test
  void every_other_decision_is_refused_saying_what_it_needs() {
    int refused = 0;
    for (PracticeStatus status : PracticeStatus.values()) {
      Set<Decision> allowed = ALLOWED.get(status).keySet();
      for (Decision decision : EnumSet.complementOf(allowed.isEmpty() ? EnumSet.noneOf(Decision.class) : EnumSet.copyOf(allowed))) {
        assertThatThrownBy(() -> status.after(decision)).as(status + " " + decision)
            .isInstanceOf(TeiaException.class)
            .extracting(e -> ((TeiaException) e).messageKey()).isEqualTo("exchange.practice.refused." + decision);
        refused++;
      }
    }
    assertThat(refused).isEqualTo(16 - 4);
  }

  @Test
  void approved_and_refused_are_final() {
    for (Decision decision : Decision.values()) {
      assertThatThrownBy(() -> APPROVED.after(decision)).isInstanceOf(TeiaException.class);
      assertThatThrownBy(() -> REFUSED.after(decision)).isInstanceOf(TeiaException.class);
    }
  }
}
