package br.org.teia.council.complaint;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
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

/** A complaint received by a council; closed complaints no longer change. */
@Entity
@Table(name = "council_complaint")
class Complaint {

  @Id
  private UUID id;
  @Column(name = "council_id")
  private UUID councilId;
  private int year;
  private int number;
  @Column(name = "received_on")
  private LocalDate receivedOn;
  @Enumerated(EnumType.STRING)
  private ComplaintChannel channel;
  private boolean anonymous;
  @Column(name = "complainant_name")
  private String complainantName;
  @Column(name = "complainant_contact")
  private String complainantContact;
  private String subject;
  private String concerning;
  private String description;
  @Enumerated(EnumType.STRING)
  private ComplaintStatus status;
  @Enumerated(EnumType.STRING)
  private ComplaintOutcome outcome;
  @Column(name = "outcome_text")
  private String outcomeText;
  @Column(name = "closed_on")
  private LocalDate closedOn;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Version
  private int version;

  protected Complaint() {}

  Complaint(UUID councilId, int number, ComplaintForm form, Instant now) {
    if (form.anonymous() && (form.complainantName() != null || form.complainantContact() != null)) {
      throw new TeiaException("council.complaint.anonymous-with-identity");
    }
    if (!form.anonymous() && form.complainantName() == null) {
      throw new DomainRefusal("complainantName", "council.complaint.name.required");
    }
    this.id = UUID.randomUUID();
    this.councilId = councilId;
    this.year = form.receivedOn().getYear();
    this.number = number;
    this.receivedOn = form.receivedOn();
    this.channel = form.channel();
    this.anonymous = form.anonymous();
    this.complainantName = form.complainantName();
    this.complainantContact = form.complainantContact();
    this.subject = form.subject();
    this.concerning = form.concerning();
    this.description = form.description();
    this.status = ComplaintStatus.RECEIVED;
    this.createdAt = now;
  }

  /** Records that a follow-up happened on {@code day}; returns the new status. */
  ComplaintStatus followedUp(FollowUpKind kind, LocalDate day) {
    requireOpen();
    requireNotBeforeReceipt(day, "occurredOn");
    status = kind.after(status);
    return status;
  }

  void close(CloseForm form) {
    requireOpen();
    requireNotBeforeReceipt(form.closedOn(), "closedOn");
    status = ComplaintStatus.CLOSED;
    outcome = form.outcome();
    outcomeText = form.reasoning();
    closedOn = form.closedOn();
  }

  private void requireOpen() {
    if (status == ComplaintStatus.CLOSED) {
      throw new TeiaException("council.complaint.closed");
    }
  }

  /** {@code field}: the form property holding {@code day}, where the refusal is shown. */
  private void requireNotBeforeReceipt(LocalDate day, String field) {
    if (day.isBefore(receivedOn)) {
      throw new DomainRefusal(field, "council.complaint.before-receipt",
          receivedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
  }

  UUID id() {
    return id;
  }

  UUID councilId() {
    return councilId;
  }

  boolean anonymous() {
    return anonymous;
  }

  String complainantName() {
    return complainantName;
  }

  String complainantContact() {
    return complainantContact;
  }

  String description() {
    return description;
  }

  String outcomeText() {
    return outcomeText;
  }

  ComplaintSummary summary() {
    return new ComplaintSummary(id, councilId, year, number, receivedOn, channel, subject, concerning, status,
        outcome, closedOn, version);
  }
}
