package br.org.teia.structure.entity;

import java.time.LocalDate;

/**
 * Where an entity stands with one council: the last step the council published (its date and, when
 * inscribed, the certificate's verification code and the council's inscription number), or
 * {@link InscriptionState#NOT_INSCRIBED} with no date when the council never published one.
 */
public record InscriptionSummary(String council, InscriptionState state, LocalDate date, String certificateCode,
    String number) {

  public InscriptionSummary(String council, InscriptionState state, LocalDate date, String certificateCode) {
    this(council, state, date, certificateCode, null);
  }

  static InscriptionSummary none(String council) {
    return new InscriptionSummary(council, InscriptionState.NOT_INSCRIBED, null, null);
  }
}
