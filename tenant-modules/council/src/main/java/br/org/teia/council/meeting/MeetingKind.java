package br.org.teia.council.meeting;

/** Ordinary meetings follow the yearly calendar; extraordinary ones are convened for a matter. */
public enum MeetingKind {
  ORDINARY,
  EXTRAORDINARY;

  public String labelKey() {
    return "council.meeting-kind." + name();
  }
}
