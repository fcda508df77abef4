package br.org.teia.council.inscription;

/** What the plenary decided on an inscription. */
public enum InscriptionOutcome {
  APPROVED,
  REFUSED;

  public String labelKey() {
    return "council.inscription.outcome." + name();
  }
}
