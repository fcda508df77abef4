package br.org.teia.council.inscription;

/**
 * The steps of an inscription in the order the law lists them (Resolução CNAS nº 14/2014 and the
 * councils' own resolutions); {@link #COMPLETED} once the entity was notified. An inscription
 * always stands at the step still to be done.
 */
public enum InscriptionStep {
  DOCUMENTARY_ANALYSIS(1),
  TECHNICAL_VISIT(2),
  COMMISSION_OPINION(3),
  PLENARY_DELIBERATION(4),
  PUBLICATION(5),
  CERTIFICATE(6),
  NOTIFICATION(7),
  COMPLETED(8);

  private final int number;

  InscriptionStep(int number) {
    this.number = number;
  }

  /** 1 to 7 as the law counts them; 8 when completed. */
  public int number() {
    return number;
  }

  public String labelKey() {
    return "council.inscription.step." + name();
  }
}
