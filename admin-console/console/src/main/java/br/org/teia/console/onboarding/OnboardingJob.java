package br.org.teia.console.onboarding;

import java.time.Instant;
import java.util.UUID;

/** An onboarding job as stored in the platform schema: what was asked, by whom, how far it got. */
public record OnboardingJob(
    UUID id,
    String description,
    JobStatus status,
    int total,
    int done,
    int failed,
    String error,
    String requestedBy,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  public double fraction() {
    return total == 0 ? 1.0 : (double) done / total;
  }
}
