package br.org.teia.council.inscription;

import br.org.teia.council.api.InscriptionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An entity's (or its services') inscription in a council. Its steps move only through
 * {@link InscriptionFlow}; this class keeps what they produced (numbers, certificate code).
 */
@Entity
@Table(name = "council_inscription")
class Inscription {

  @Id
  private UUID id;
  @Column(name = "council_id")
  private UUID councilId;
  @Enumerated(EnumType.STRING)
  private InscriptionKind kind;
  @Column(name = "entity_cnpj")
  private String entityCnpj;
  @Column(name = "entity_name")
  private String entityName;
  private String services;
  @Column(name = "requested_on")
  private LocalDate requestedOn;
  @Enumerated(EnumType.STRING)
  private InscriptionStep step;
  @Enumerated(EnumType.STRING)
  private InscriptionOutcome outcome;
  @Enumerated(EnumType.STRING)
  private InscriptionStatus status;
  @Column(name = "inscription_number")
  private Integer inscriptionNumber;
  @Column(name = "inscription_year")
  private Integer inscriptionYear;
  @Column(name = "inscribed_on")
  private LocalDate inscribedOn;
  @Column(name = "certificate_code")
  private String certificateCode;
  @Column(name = "letter_number")
  private Integer letterNumber;
  @Column(name = "letter_year")
  private Integer letterYear;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected Inscription() {}

  Inscription(UUID councilId, InscriptionKind kind, String cnpj, String entityName, String services,
      LocalDate requestedOn, Instant now) {
    this.id = UUID.randomUUID();
    this.councilId = councilId;
    this.kind = kind;
    this.entityCnpj = cnpj;
    this.entityName = entityName;
    this.services = services;
    this.requestedOn = requestedOn;
    apply(InscriptionFlow.start());
    this.createdAt = now;
    this.updatedAt = now;
  }

  InscriptionFlow flow() {
    return InscriptionFlow.of(step, outcome);
  }

  /** Keeps what the flow decided. */
  void apply(InscriptionFlow flow) {
    this.step = flow.step();
    this.outcome = flow.outcome();
    this.status = flow.status();
  }

  void certified(int number, int year, LocalDate on, String code) {
    this.inscriptionNumber = number;
    this.inscriptionYear = year;
    this.inscribedOn = on;
    this.certificateCode = code;
  }

  void lettered(int number, int year) {
    this.letterNumber = number;
    this.letterYear = year;
  }

  void touch(Instant now) {
    this.updatedAt = now;
  }

  UUID id() {
    return id;
  }

  UUID councilId() {
    return councilId;
  }

  String entityCnpj() {
    return entityCnpj;
  }

  String entityName() {
    return entityName;
  }

  String services() {
    return services;
  }

  InscriptionKind kind() {
    return kind;
  }

  InscriptionStep step() {
    return step;
  }

  InscriptionOutcome outcome() {
    return outcome;
  }

  InscriptionStatus status() {
    return status;
  }

  Integer inscriptionNumber() {
    return inscriptionNumber;
  }

  Integer inscriptionYear() {
    return inscriptionYear;
  }

  LocalDate inscribedOn() {
    return inscribedOn;
  }

  String certificateCode() {
    return certificateCode;
  }

  Integer letterNumber() {
    return letterNumber;
  }

  Integer letterYear() {
    return letterYear;
  }

  LocalDate requestedOn() {
    return requestedOn;
  }

  InscriptionSummary summary(String councilAcronym) {
    return new InscriptionSummary(id, councilId, councilAcronym, kind, entityCnpj, entityName, services, requestedOn,
        step, outcome, status, inscriptionNumber == null ? null : inscriptionNumber + "/" + inscriptionYear,
        inscribedOn, certificateCode, letterNumber == null ? null : letterNumber + "/" + letterYear, version);
  }
}
