package br.org.teia.council.conference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "council_deliberation_follow_up")
class DeliberationFollowUp {

  @Id
  private UUID id;
  @Column(name = "deliberation_id")
  private UUID deliberationId;
  @Column(name = "occurred_on")
  private LocalDate occurredOn;
  @Enumerated(EnumType.STRING)
  private DeliberationStatus status;
  private String note;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected DeliberationFollowUp() {}

  DeliberationFollowUp(UUID deliberationId, DeliberationFollowUpForm form, String recordedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.deliberationId = deliberationId;
    this.occurredOn = form.occurredOn();
    this.status = form.status();
    this.note = form.note();
    this.recordedBy = recordedBy;
    this.createdAt = now;
  }

  UUID deliberationId() {
    return deliberationId;
  }

  DeliberationFollowUpSummary summary() {
    return new DeliberationFollowUpSummary(id, occurredOn, status, note, recordedBy);
  }
}
