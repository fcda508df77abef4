package br.org.teia.console.onboarding;

/** Where an onboarding job stands. */
public enum JobStatus {
  QUEUED,
  RUNNING,
  /** Every municipality was tried; some may have failed (see the items). */
  FINISHED,
  /** The job could not run at all (e.g. a migration of every schema was under way). */
  FAILED,
  /** The node running it stopped (restart, crash): what was not finished can be tried again. */
  INTERRUPTED;

  public boolean active() {
    return this == QUEUED || this == RUNNING;
  }

  public String labelKey() {
    return "console.onboarding.job-status." + name();
  }
}
