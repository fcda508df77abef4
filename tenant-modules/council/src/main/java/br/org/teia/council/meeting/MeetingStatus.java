package br.org.teia.council.meeting;

public enum MeetingStatus {
  SCHEDULED,
  /** Attendance was registered: the meeting took place. */
  HELD,
  CANCELLED;

  public String labelKey() {
    return "council.meeting-status." + name();
  }
}
