package br.org.teia.council.conference;

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

/** A conference a council convened; once held it takes deliberations, once cancelled nothing more. */
@Entity
@Table(name = "council_conference")
class Conference {

  @Id
  private UUID id;
  @Column(name = "council_id")
  private UUID councilId;
  @Enumerated(EnumType.STRING)
  private ConferenceKind kind;
  private int edition;
  private String theme;
  @Column(name = "starts_on")
  private LocalDate startsOn;
  @Column(name = "ends_on")
  private LocalDate endsOn;
  private String venue;
  @Column(name = "convened_by")
  private String convenedBy;
  @Enumerated(EnumType.STRING)
  private ConferenceStatus status;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Version
  private int version;

  protected Conference() {}

  Conference(UUID councilId, ConferenceForm form, Instant now) {
    ConferenceRules.requireDuration(form.startsOn(), form.endsOn());
    this.id = UUID.randomUUID();
    this.councilId = councilId;
    this.kind = form.kind();
    this.edition = form.edition();
    this.theme = form.theme();
    this.startsOn = form.startsOn();
    this.endsOn = form.endsOn();
    this.venue = form.venue();
    this.convenedBy = form.convenedBy();
    this.status = ConferenceStatus.CONVENED;
    this.createdAt = now;
  }

  /** Marks the conference held: only a convened one, and not before its last day has begun. */
  void held(LocalDate today) {
    requireConvened();
    if (today.isBefore(startsOn)) {
      throw new TeiaException("council.conference.not-yet");
    }
    status = ConferenceStatus.HELD;
  }

  void cancel() {
    requireConvened();
    status = ConferenceStatus.CANCELLED;
  }

  /** Committee and delegates change while the conference is being prepared or held, not after a cancellation. */
  void requireOpenForPeople() {
    if (status == ConferenceStatus.CANCELLED) {
      throw new TeiaException("council.conference.cancelled");
    }
  }

  void requireHeld() {
    if (status != ConferenceStatus.HELD) {
      throw new TeiaException("council.conference.not-held");
    }
  }

  private void requireConvened() {
    if (status != ConferenceStatus.CONVENED) {
      throw new TeiaException("council.conference.not-convened");
    }
  }

  UUID id() {
    return id;
  }

  UUID councilId() {
    return councilId;
  }

  ConferenceSummary summary() {
    return new ConferenceSummary(id, councilId, kind, edition, theme, startsOn, endsOn, venue, convenedBy, status,
        version);
  }
}
