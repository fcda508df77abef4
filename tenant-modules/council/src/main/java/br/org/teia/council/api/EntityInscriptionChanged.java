package br.org.teia.council.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A council moved a social-assistance entity's inscription. Published by the council module in
 * the municipality's scope; the structure module shows it on the entity.
 *
 * @param entityCnpj        the entity's CNPJ, 14 digits, no punctuation
 * @param council           the council's short name (e.g. CMAS, CMDCA)
 * @param status            where the inscription now stands
 * @param on                date of the step that moved it
 * @param certificateCode   the verification code of the certificate when inscribed, else null
 * @param inscriptionNumber the council's number of the inscription (e.g. "12/2026") when inscribed, else null
 */
public record EntityInscriptionChanged(
    String entityCnpj, String council, InscriptionStatus status, LocalDate on, String certificateCode,
    String inscriptionNumber) {

  /** A step without an inscription number (a council that does not number, or before the certificate). */
  public EntityInscriptionChanged(String entityCnpj, String council, InscriptionStatus status, LocalDate on,
      String certificateCode) {
    this(entityCnpj, council, status, on, certificateCode, null);
  }

  public EntityInscriptionChanged {
    Objects.requireNonNull(entityCnpj, "entityCnpj");
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(on, "on");
    if (!entityCnpj.matches("\\d{14}")) {
      throw new IllegalArgumentException("CNPJ must be 14 digits: " + entityCnpj);
    }
  }
}
