package br.org.teia.council.conference;

/** Whom a deliberation is addressed to: the municipality itself or the state and national stages. */
public enum DeliberationScope {
  MUNICIPAL, STATE, NATIONAL;

  public String labelKey() {
    return "council.deliberation-scope." + name();
  }
}
