package br.org.teia.council.conference;

import br.org.teia.kernel.TeiaException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A conference deliberation, followed up until done; its text never changes once recorded. */
@Entity
@Table(name = "council_conference_deliberation")
class Deliberation {

  @Id
  private UUID id;
  @Column(name = "conference_id")
  private UUID conferenceId;
  private int number;
  private String text;
  @Enumerated(EnumType.STRING)
  private DeliberationScope scope;
  @Enumerated(EnumType.STRING)
  private DeliberationStatus status;
  @Column(name = "status_on")
  private LocalDate statusOn;
  @Version
  private int version;

  protected Deliberation() {}

  Deliberation(UUID conferenceId, int number, DeliberationForm form, LocalDate recordedOn) {
    this.id = UUID.randomUUID();
    this.conferenceId = conferenceId;
    this.number = number;
    this.text = form.text();
    this.scope = form.scope();
    this.status = DeliberationStatus.PENDING;
    this.statusOn = recordedOn;
  }

  /** A follow-up moves the status; a done deliberation is finished, and no follow-up predates the last one. */
  void followedUp(DeliberationFollowUpForm form) {
    if (status == DeliberationStatus.DONE) {
      throw new TeiaException("council.conference.deliberation-done");
    }
    if (form.occurredOn().isBefore(statusOn)) {
      throw new TeiaException("council.conference.follow-up-before",
          statusOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
    status = form.status();
    statusOn = form.occurredOn();
  }

  UUID id() {
    return id;
  }

  UUID conferenceId() {
    return conferenceId;
  }

  DeliberationSummary summary(List<DeliberationFollowUpSummary> followUps) {
    return new DeliberationSummary(id, number, text, scope, status, statusOn, followUps);
  }

  PublicConference.PublicDeliberation publicView() {
    return new PublicConference.PublicDeliberation(number, text, scope, status, statusOn);
  }
}
