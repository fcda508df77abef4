package br.org.teia.council.complaint;

/** Where the complaint stands; follow-ups move it, closing ends it. */
public enum ComplaintStatus {
  RECEIVED, INVESTIGATING, FORWARDED, CLOSED;

  public String labelKey() {
    return "council.complaint.status." + name();
  }
}
