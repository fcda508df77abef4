package br.org.teia.council.complaint;

/** How the complaint reached the council. */
public enum ComplaintChannel {
  IN_PERSON, PHONE, EMAIL, LETTER, OMBUDSMAN, OTHER;

  public String labelKey() {
    return "council.complaint.channel." + name();
  }
}
