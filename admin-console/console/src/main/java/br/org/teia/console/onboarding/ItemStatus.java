package br.org.teia.console.onboarding;

/** One municipality of an onboarding job. */
public enum ItemStatus {
  PENDING,
  DONE,
  /** It had been onboarded meanwhile (by someone else): nothing to do. */
  ALREADY,
  FAILED;

  public String labelKey() {
    return "console.onboarding.item-status." + name();
  }
}
