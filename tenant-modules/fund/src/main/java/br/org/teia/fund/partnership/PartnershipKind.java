package br.org.teia.fund.partnership;

/** The instruments of Lei 13.019/2014 (MROSC): money goes only with the two terms, never with the agreement. */
public enum PartnershipKind {
  /** Termo de colaboração: the administration proposes the plan, with transfer of resources. */
  COLLABORATION,
  /** Termo de fomento: the entity proposes the plan, with transfer of resources. */
  PROMOTION,
  /** Acordo de cooperação: no transfer of resources. */
  COOPERATION;

  public boolean transfersMoney() {
    return this != COOPERATION;
  }
}
