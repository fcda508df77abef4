package br.org.teia.training.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A class of a course: where, who teaches, seats, enrolment window, its first and last session
 * (null before any is scheduled), how many seats are held and how many wait.
 */
public record ClassSummary(UUID id, UUID courseId, String courseTitle, String name, String place, String instructor,
    int capacity, Integer municipalityCap, LocalDate enrolmentOpens, LocalDate enrolmentCloses, boolean cancelled,
    LocalDate startsOn, LocalDate endsOn, int sessions, int seatsHeld, int waiting, int version,
    Set<UUID> regions, List<String> municipalities) {

  /** Whether enrolments are taken on {@code today}. */
  public boolean takesEnrolments(LocalDate today) {
    return !cancelled && !today.isBefore(enrolmentOpens) && !today.isAfter(enrolmentCloses);
  }

  public int freeSeats() {
    return Math.max(0, capacity - seatsHeld);
  }

  public ClassForm form() {
    return new ClassForm(name, place, instructor, capacity, municipalityCap, enrolmentOpens, enrolmentCloses, regions,
        municipalities);
  }
}
