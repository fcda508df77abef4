package br.org.teia.council.conference;

/** A conference is convened, then held (deliberations are recorded) or cancelled. */
public enum ConferenceStatus {
  CONVENED, HELD, CANCELLED;

  public String labelKey() {
    return "council.conference-status." + name();
  }
}
