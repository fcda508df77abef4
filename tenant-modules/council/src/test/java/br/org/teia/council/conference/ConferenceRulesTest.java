package br.org.teia.council.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConferenceRulesTest {

  @Test
  void ordinary_conferences_are_at_least_four_years_apart_on_either_side() {
    assertThatCode(() -> ConferenceRules.requireOrdinarySpacing(2027, List.of(2023))).doesNotThrowAnyException();
    assertThatCode(() -> ConferenceRules.requireOrdinarySpacing(2019, List.of(2023))).doesNotThrowAnyException();
    assertThatCode(() -> ConferenceRules.requireOrdinarySpacing(2023, List.of())).doesNotThrowAnyException();
    assertThatThrownBy(() -> ConferenceRules.requireOrdinarySpacing(2026, List.of(2023)))
        .isInstanceOfSatisfying(TeiaException.class, e -> {
          assertThat(e.messageKey()).isEqualTo("council.conference.ordinary-too-close");
          assertThat(e.arguments()).containsExactly(2023, 2027);
        });
    assertThatThrownBy(() -> ConferenceRules.requireOrdinarySpacing(2020, List.of(2023)))
        .isInstanceOf(TeiaException.class);
    assertThatThrownBy(() -> ConferenceRules.requireOrdinarySpacing(2023, List.of(2019, 2023)))
        .isInstanceOf(TeiaException.class);
  }

  @Test
  void a_conference_lasts_from_one_to_seven_days() {
    LocalDate day = LocalDate.of(2025, 8, 4);
    assertThatCode(() -> ConferenceRules.requireDuration(day, day)).doesNotThrowAnyException();
    assertThatCode(() -> ConferenceRules.requireDuration(day, day.plusDays(6))).doesNotThrowAnyException();
    assertThatThrownBy(() -> ConferenceRules.requireDuration(day, day.plusDays(7)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.conference.too-long"));
    assertThatThrownBy(() -> ConferenceRules.requireDuration(day, day.minusDays(1)))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.conference.ends-before-start"));
  }

  @Test
  void the_next_ordinary_conference_is_due_four_years_after_the_last() {
    assertThat(ConferenceRules.nextOrdinaryYear(List.of(2019, 2023))).contains(2027);
    assertThat(ConferenceRules.nextOrdinaryYear(List.of())).isEmpty();
  }
}
