package br.org.teia.council.composition;

import java.time.LocalDate;

/** A period of days, both ends included. */
record Period(LocalDate start, LocalDate end) {

  boolean overlaps(Period other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * Whether {@code next} follows this one without a whole term of {@code termYears} between them:
   * the person did not sit out a full term, so the next one is a reconduction.
   */
  boolean isFollowedWithoutAFullTermBy(Period next, int termYears) {
    return next.start.isAfter(end) && !next.start.isAfter(end.plusYears(termYears));
  }
}
