package br.org.teia.council.meeting;

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

/** The minutes (ata) of a meeting: a draft until a later meeting approves them; locked after. */
@Entity
@Table(name = "council_minutes")
class Minutes {

  @Id
  @Column(name = "meeting_id")
  private UUID meetingId;
  private String text;
  @Enumerated(EnumType.STRING)
  private MinutesStatus status;
  @Column(name = "approved_at_meeting_id")
  private UUID approvedAtMeetingId;
  @Column(name = "approved_on")
  private LocalDate approvedOn;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected Minutes() {}

  Minutes(UUID meetingId) {
    this.meetingId = meetingId;
    this.status = MinutesStatus.DRAFT;
  }

  void draft(String newText, Clock clock) {
    if (status == MinutesStatus.APPROVED) {
      throw new TeiaException("council.minutes.locked");
    }
    text = newText;
    updatedAt = clock.instant();
  }

  /**
   * Approved at {@code at}, a later meeting of the same council that was held with quorum.
   * {@code of} is the meeting these minutes record.
   */
  void approve(Meeting of, Meeting at, Quorum quorumAt, Clock clock) {
    if (status == MinutesStatus.APPROVED) {
      throw new TeiaException("council.minutes.locked");
    }
    if (!at.councilId().equals(of.councilId()) || !at.date().isAfter(of.date())) {
      throw new TeiaException("council.minutes.approve-later-meeting");
    }
    if (at.status() != MeetingStatus.HELD || !quorumAt.reached()) {
      throw new TeiaException("council.minutes.approve-needs-quorum");
    }
    status = MinutesStatus.APPROVED;
    approvedAtMeetingId = at.id();
    approvedOn = at.date();
    updatedAt = clock.instant();
  }

  UUID meetingId() {
    return meetingId;
  }

  boolean locked() {
    return status == MinutesStatus.APPROVED;
  }

  MinutesStatus status() {
    return status;
  }

  MinutesSummary summary() {
    return new MinutesSummary(text, status, approvedAtMeetingId, approvedOn, version);
  }
}
