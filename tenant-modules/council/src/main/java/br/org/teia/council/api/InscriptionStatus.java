package br.org.teia.council.api;

/** Where a social-assistance entity stands with a council's inscription. */
public enum InscriptionStatus {
  /** A request is being processed (one of the 7 steps). */
  IN_PROGRESS,
  /** Inscribed: the council deliberated, published and issued the certificate. */
  INSCRIBED,
  /** Refused, with a reasoned notification. */
  REFUSED,
  /** Inscription cancelled after having been granted. */
  CANCELLED
}
