package br.org.teia.council.conference;

import br.org.teia.kernel.DomainRefusal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/**
 * The rules of the conference cycle (LOAS art. 18, VI and the municipal laws): ordinary conferences
 * every 4 years, so two ordinary conferences of a council are at least 4 calendar years apart;
 * extraordinary ones at any time. A conference lasts at most a week.
 */
public final class ConferenceRules {

  public static final int ORDINARY_INTERVAL_YEARS = 4;
  public static final int MAX_DAYS = 7;

  private ConferenceRules() {}

  /** Refuses an ordinary conference in {@code year} when another ordinary one is under 4 years away. */
  static void requireOrdinarySpacing(int year, Collection<Integer> otherOrdinaryYears) {
    for (int other : otherOrdinaryYears) {
      if (Math.abs(year - other) < ORDINARY_INTERVAL_YEARS) {
        throw new DomainRefusal("startsOn", "council.conference.ordinary-too-close", other, other + ORDINARY_INTERVAL_YEARS);
      }
    }
  }

  static void requireDuration(LocalDate startsOn, LocalDate endsOn) {
    if (endsOn.isBefore(startsOn)) {
      throw new DomainRefusal("endsOn", "council.conference.ends-before-start");
    }
    if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > MAX_DAYS) {
      throw new DomainRefusal("endsOn", "council.conference.too-long", MAX_DAYS);
    }
  }

  /** The year the next ordinary conference is due, from the last ordinary one held or convened. */
  public static Optional<Integer> nextOrdinaryYear(Collection<Integer> ordinaryYears) {
    return ordinaryYears.stream().max(Integer::compare).map(last -> last + ORDINARY_INTERVAL_YEARS);
  }
}
