package br.org.teia.council.resolution;

import br.org.teia.council.meeting.DeliberatedItem;
import br.org.teia.kernel.TeiaException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A council resolution: the act recording what the council deliberated on one agenda item,
 * numbered per council per year ("Resolução nº 3/2026"; the year is the deliberating meeting's).
 * A draft can be corrected; publishing it is done once and fixes it for good.
 */
@Entity
@Table(name = "council_resolution")
class Resolution {

  @Id
  private UUID id;
  @Column(name = "council_id")
  private UUID councilId;
  private int year;
  private int number;
  @Column(name = "meeting_id")
  private UUID meetingId;
  @Column(name = "meeting_date")
  private LocalDate meetingDate;
  @Column(name = "agenda_item_id")
  private UUID agendaItemId;
  private String title;
  private String text;
  @Enumerated(EnumType.STRING)
  private ResolutionStatus status;
  @Column(name = "published_on")
  private LocalDate publishedOn;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected Resolution() {}

  /** The year a resolution of {@code item} is numbered in: the year of the meeting that deliberated it. */
  static int yearOf(DeliberatedItem item) {
    return item.meetingDate().getYear();
  }

  static Resolution draft(DeliberatedItem item, int number, String title, String text, Clock clock) {
    if (number < 1) {
      throw new IllegalArgumentException("resolution numbers start at 1: " + number);
    }
    Resolution resolution = new Resolution();
    resolution.id = UUID.randomUUID();
    resolution.councilId = item.councilId();
    resolution.year = yearOf(item);
    resolution.number = number;
    resolution.meetingId = item.meetingId();
    resolution.agendaItemId = item.itemId();
    resolution.title = title;
    resolution.text = text;
    resolution.status = ResolutionStatus.DRAFT;
    resolution.createdAt = clock.instant();
    resolution.updatedAt = resolution.createdAt;
    resolution.meetingDate = item.meetingDate();
    return resolution;
  }

  /** Corrects a draft; a published resolution is refused. */
  void redraft(String newTitle, String newText, Clock clock) {
    requireDraft();
    title = newTitle;
    text = newText;
    updatedAt = clock.instant();
  }

  /** Publishes on {@code on}: only once. */
  void publish(LocalDate on, Clock clock) {
    requireDraft();
    status = ResolutionStatus.PUBLISHED;
    publishedOn = on;
    updatedAt = clock.instant();
  }

  private void requireDraft() {
    if (status == ResolutionStatus.PUBLISHED) {
      throw new TeiaException("council.resolution.published", number + "/" + year);
    }
  }

  UUID id() {
    return id;
  }

  UUID councilId() {
    return councilId;
  }

  UUID meetingId() {
    return meetingId;
  }

  int year() {
    return year;
  }

  int number() {
    return number;
  }

  ResolutionStatus status() {
    return status;
  }

  LocalDate publishedOn() {
    return publishedOn;
  }

  ResolutionSummary summary() {
    return new ResolutionSummary(id, councilId, year, number, meetingId, meetingDate, agendaItemId, title, text,
        status, publishedOn, version);
  }
}
