package br.org.teia.training.attendance;

/** Whether a person was at a session; an excused absence does not count against the attendance share. */
public enum AttendanceStatus {
  PRESENT, ABSENT, EXCUSED;

  public String labelKey() {
    return "training.attendance." + name();
  }
}
