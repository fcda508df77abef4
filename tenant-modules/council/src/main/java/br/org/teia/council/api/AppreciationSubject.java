package br.org.teia.council.api;

/**
 * What kind of matter a module submits for a council's appreciation. A new submitting module (the
 * fund's reports, the municipal plan) adds its own value here when it is built, with its label in
 * the council's bundles.
 */
public enum AppreciationSubject {
  /** Anything without a kind of its own yet. */
  OTHER,
  /** A social-assistance entity's (or its services') inscription, after the commission's opinion. */
  ENTITY_INSCRIPTION,
  /** The fund's annual demonstrativo of physical and financial execution, for the council's opinion. */
  FUND_ANNUAL_STATEMENT
}
