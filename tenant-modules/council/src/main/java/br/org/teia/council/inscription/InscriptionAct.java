package br.org.teia.council.inscription;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One act of an inscription: the step it belongs to, who did it and when, and what it said. Never changed. */
@Entity
@Table(name = "council_inscription_act")
class InscriptionAct {

  @Id
  private UUID id;
  @Column(name = "inscription_id")
  private UUID inscriptionId;
  @Enumerated(EnumType.STRING)
  private InscriptionStep step;
  @Enumerated(EnumType.STRING)
  private InscriptionAction action;
  @Column(name = "done_on")
  private LocalDate doneOn;
  @Column(name = "done_at")
  private Instant doneAt;
  @Column(name = "done_by")
  private String doneBy;
  private String text;
  private Boolean favourable;
  private String commission;
  @Column(name = "signed_by")
  private String signedBy;

  protected InscriptionAct() {}

  InscriptionAct(UUID inscriptionId, InscriptionStep step, InscriptionAction action, LocalDate doneOn, Instant doneAt,
      String doneBy, String text, Boolean favourable, String commission, String signedBy) {
    this.id = UUID.randomUUID();
    this.inscriptionId = inscriptionId;
    this.step = step;
    this.action = action;
    this.doneOn = doneOn;
    this.doneAt = doneAt;
    this.doneBy = doneBy;
    this.text = text;
    this.favourable = favourable;
    this.commission = commission;
    this.signedBy = signedBy;
  }

  InscriptionAction action() {
    return action;
  }

  String text() {
    return text;
  }

  LocalDate doneOn() {
    return doneOn;
  }

  ActSummary summary() {
    return new ActSummary(id, step, action, doneOn, doneAt, doneBy, text, favourable, commission, signedBy);
  }
}
