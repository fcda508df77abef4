package br.org.teia.council.complaint;

/** The council's conclusion on a closed complaint. */
public enum ComplaintOutcome {
  SUBSTANTIATED, PARTLY_SUBSTANTIATED, UNSUBSTANTIATED, NOT_ADMITTED;

  public String labelKey() {
    return "council.complaint.outcome." + name();
  }
}
