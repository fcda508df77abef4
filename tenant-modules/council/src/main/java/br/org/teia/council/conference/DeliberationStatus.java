package br.org.teia.council.conference;

/** How far the municipality got in carrying out a deliberation; done is the end. */
public enum DeliberationStatus {
  PENDING, IN_PROGRESS, DONE;

  public String labelKey() {
    return "council.deliberation-status." + name();
  }
}
