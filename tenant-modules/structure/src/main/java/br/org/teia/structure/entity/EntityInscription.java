package br.org.teia.structure.entity;

import br.org.teia.council.api.InscriptionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an entity stands with one council, as the council last published it. Keyed by CNPJ and
 * council, not by {@link SocialEntity}: a council may move an inscription before the secretariat
 * registers the entity here, and the status then shows as soon as it is registered. Written only by
 * {@link EntityInscriptionListener}; this module never decides an inscription.
 */
@Entity
@Table(name = "entity_inscription")
@IdClass(EntityInscription.Key.class)
class EntityInscription {

  /** The composite key: CNPJ digits and council short name. */
  static class Key implements Serializable {
    private String cnpj;
    private String council;

    protected Key() {}

    Key(String cnpj, String council) {
      this.cnpj = cnpj;
      this.council = council;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && cnpj.equals(key.cnpj) && council.equals(key.council);
    }

    @Override
    public int hashCode() {
      return Objects.hash(cnpj, council);
    }
  }

  @Id
  private String cnpj;
  @Id
  private String council;
  @Enumerated(EnumType.STRING)
  private InscriptionStatus status;
  @Column(name = "status_date")
  private LocalDate statusDate;
  @Column(name = "certificate_code")
  private String certificateCode;
  @Column(name = "inscription_number")
  private String inscriptionNumber;
  @Column(name = "updated_at")
  private Instant updatedAt;

  protected EntityInscription() {}

  EntityInscription(String cnpj, String council) {
    this.cnpj = cnpj;
    this.council = council;
  }

  /**
   * Takes a step the council published, unless this already holds a later one: steps may arrive
   * out of order, and the status is the step of the latest date (the last received on equal dates).
   * Returns whether the status moved.
   */
  boolean move(InscriptionStatus newStatus, LocalDate on, String certificate, Instant now) {
    return move(newStatus, on, certificate, null, now);
  }

  /** As {@link #move(InscriptionStatus, LocalDate, String, Instant)}, keeping the council's number when inscribed. */
  boolean move(InscriptionStatus newStatus, LocalDate on, String certificate, String number, Instant now) {
    if (statusDate != null && on.isBefore(statusDate)) {
      return false;
    }
    status = newStatus;
    statusDate = on;
    certificateCode = newStatus == InscriptionStatus.INSCRIBED ? certificate : null;
    inscriptionNumber = newStatus == InscriptionStatus.INSCRIBED ? number : null;
    updatedAt = now;
    return true;
  }

  String cnpj() {
    return cnpj;
  }

  String council() {
    return council;
  }

  InscriptionSummary summary() {
    return new InscriptionSummary(council, InscriptionState.of(status), statusDate, certificateCode,
        inscriptionNumber);
  }
}
