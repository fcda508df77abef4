package br.org.teia.council.inscription;

import br.org.teia.council.api.InscriptionStatus;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An inscription as lists, the detail and the API read it. {@code number} ("12/2026") and
 * {@code certificateCode} exist from the certificate on; {@code letterNumber} from the notification.
 */
public record InscriptionSummary(UUID id, UUID councilId, String councilAcronym, InscriptionKind kind,
    String entityCnpj, String entityName, String services, LocalDate requestedOn, InscriptionStep step,
    InscriptionOutcome outcome, InscriptionStatus status, String number, LocalDate inscribedOn,
    String certificateCode, String letterNumber, int version) {

  /** The CNPJ as people write it: 12.345.678/0001-95. */
  public String formattedCnpj() {
    return Cnpjs.format(entityCnpj);
  }
}
