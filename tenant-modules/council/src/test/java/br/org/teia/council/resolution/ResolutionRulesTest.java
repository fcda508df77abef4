package br.org.teia.council.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.meeting.DeliberatedItem;
import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.kernel.TeiaException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResolutionRulesTest {

  final Clock clock = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

  static DeliberatedItem item(LocalDate meetingDate) {
    return new DeliberatedItem(UUID.randomUUID(), UUID.randomUUID(), MeetingKind.ORDINARY, meetingDate,
        UUID.randomUUID(), 1, "Plano", null, 10, 1, 1);
  }

  @Test
  void the_year_is_the_deliberating_meetings_on_the_last_and_first_day_of_a_year() {
    assertThat(Resolution.yearOf(item(LocalDate.of(2025, 12, 31)))).isEqualTo(2025);
    assertThat(Resolution.yearOf(item(LocalDate.of(2026, 1, 1)))).isEqualTo(2026);
    assertThat(Resolution.draft(item(LocalDate.of(2025, 12, 31)), 7, "T", "X", clock).summary().numberLabel())
        .isEqualTo("7/2025");
  }

  @Test
  void numbers_start_at_one() {
    assertThatThrownBy(() -> Resolution.draft(item(LocalDate.of(2026, 3, 1)), 0, "T", "X", clock))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Resolution.draft(item(LocalDate.of(2026, 3, 1)), 1, "T", "X", clock).number()).isEqualTo(1);
  }

  @Test
  void a_draft_is_corrected_and_published_once_then_never_changes() {
    Resolution resolution = Resolution.draft(item(LocalDate.of(2026, 3, 1)), 3, "T", "X", clock);
    resolution.redraft("Título", "Texto", clock);
    resolution.publish(LocalDate.of(2026, 3, 5), clock);

    assertThat(resolution.summary().published()).isTrue();
    assertThat(resolution.summary().title()).isEqualTo("Título");
    assertThatThrownBy(() -> resolution.publish(LocalDate.of(2026, 3, 6), clock))
        .isInstanceOfSatisfying(TeiaException.class, e -> {
          assertThat(e.messageKey()).isEqualTo("council.resolution.published");
          assertThat(e.arguments()).containsExactly("3/2026");
        });
    assertThatThrownBy(() -> resolution.redraft("Outro", "Outro", clock)).isInstanceOf(TeiaException.class);
    assertThat(resolution.publishedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
  }

  @Test
  void an_item_is_approved_only_with_more_votes_for_than_against() {
    assertThat(new DeliberatedItem(null, null, MeetingKind.ORDINARY, LocalDate.of(2026, 1, 1), null, 1, "T", null,
        5, 5, 0).approved()).isFalse();
    assertThat(new DeliberatedItem(null, null, MeetingKind.ORDINARY, LocalDate.of(2026, 1, 1), null, 1, "T", null,
        6, 5, 0).approved()).isTrue();
  }
}
