package br.org.teia.council.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One recorded step of a complaint's follow-up; never changed once written. */
@Entity
@Table(name = "council_complaint_follow_up")
class ComplaintFollowUp {

  @Id
  private UUID id;
  @Column(name = "complaint_id")
  private UUID complaintId;
  @Column(name = "occurred_on")
  private LocalDate occurredOn;
  @Enumerated(EnumType.STRING)
  private FollowUpKind kind;
  private String note;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected ComplaintFollowUp() {}

  ComplaintFollowUp(UUID complaintId, FollowUpForm form, String recordedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.complaintId = complaintId;
    this.occurredOn = form.occurredOn();
    this.kind = form.kind();
    this.note = form.note();
    this.recordedBy = recordedBy;
    this.createdAt = now;
  }

  FollowUpSummary summary() {
    return new FollowUpSummary(id, occurredOn, kind, note, recordedBy);
  }
}
