package br.org.teia.structure.entity;

import br.org.teia.council.api.InscriptionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One inscription step as received from a council, kept as it came: the history is never rewritten. */
@Entity
@Table(name = "entity_inscription_history")
class EntityInscriptionStep {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String cnpj;
  private String council;
  @Enumerated(EnumType.STRING)
  private InscriptionStatus status;
  @Column(name = "status_date")
  private LocalDate statusDate;
  @Column(name = "certificate_code")
  private String certificateCode;
  @Column(name = "recorded_at")
  private Instant recordedAt;

  protected EntityInscriptionStep() {}

  EntityInscriptionStep(String cnpj, String council, InscriptionStatus status, LocalDate statusDate,
      String certificateCode, Instant recordedAt) {
    this.cnpj = cnpj;
    this.council = council;
    this.status = status;
    this.statusDate = statusDate;
    this.certificateCode = certificateCode;
    this.recordedAt = recordedAt;
  }

  InscriptionStep summary() {
    return new InscriptionStep(council, InscriptionState.of(status), statusDate, certificateCode, recordedAt);
  }
}
