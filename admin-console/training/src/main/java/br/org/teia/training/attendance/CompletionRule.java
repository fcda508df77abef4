package br.org.teia.training.attendance;

import java.math.BigDecimal;

/**
 * A course's completion rule: at least {@code minAttendancePct} percent of the sessions that count
 * (all of the class's sessions but those the person was excused from) attended and, when the course
 * has one, a grade at least {@code passingGrade}. Shares are compared in whole numbers
 * (present × 100 ≥ minimum × counted), so 75% exactly passes and anything below does not.
 */
public record CompletionRule(int minAttendancePct, BigDecimal passingGrade) {

  public CompletionRule {
    if (minAttendancePct < 1 || minAttendancePct > 100) {
      throw new IllegalArgumentException("attendance share between 1 and 100");
    }
  }

  /**
   * @param sessions the class's sessions
   * @param present sessions attended
   * @param excused sessions the person was excused from
   * @param grade the person's grade, or null when none was given
   */
  public Completion evaluate(int sessions, int present, int excused, BigDecimal grade) {
    int counted = sessions - excused;
    int share = counted <= 0 ? 0 : (int) Math.floor(present * 100.0 / counted);
    boolean attendance = counted > 0 && (long) present * 100 >= (long) minAttendancePct * counted;
    boolean graded = passingGrade == null || (grade != null && grade.compareTo(passingGrade) >= 0);
    return new Completion(share, attendance, graded, attendance && graded);
  }

  /** The share attended (whole percent, rounded down), and which parts of the rule hold. */
  public record Completion(int attendancePct, boolean attendanceMet, boolean gradeMet, boolean completed) {}
}
