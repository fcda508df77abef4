package br.org.teia.kernel.events;

/** What a module submits for a council's appreciation (the council deliberates on it). */
public enum AppreciationSubject {
  /** A report of the fund (execution, accounts) the council must appreciate. */
  FUND_REPORT,
  /** The municipal social-assistance plan, or a revision of it. */
  MUNICIPAL_PLAN,
  /** Criteria for granting benefits (benefícios eventuais), set by council resolution. */
  BENEFIT_CRITERIA,
  OTHER,
  /** A social-assistance entity's (or its services') inscription, after the commission's opinion. */
  ENTITY_INSCRIPTION
}
