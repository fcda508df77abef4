package br.org.teia.council.composition;

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

/** A person on a seat of a council (segment + number), as member or alternate, for a period. */
@Entity
@Table(name = "council_mandate")
class Mandate {

  @Id
  private UUID id;
  @Column(name = "council_id")
  private UUID councilId;
  @Column(name = "segment_id")
  private UUID segmentId;
  @Column(name = "seat_number")
  private int seatNumber;
  @Enumerated(EnumType.STRING)
  private MandateRole role;
  @Column(name = "person_id")
  private UUID personId;
  private String organisation;
  @Column(name = "management_position")
  private boolean managementPosition;
  @Column(name = "starts_on")
  private LocalDate startsOn;
  @Column(name = "ends_on")
  private LocalDate endsOn;
  @Column(name = "ended_on")
  private LocalDate endedOn;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Version
  private int version;

  protected Mandate() {}

  Mandate(UUID councilId, UUID segmentId, int seatNumber, MandateRole role, UUID personId, String organisation,
      boolean managementPosition, LocalDate startsOn, LocalDate endsOn, Instant now) {
    this.id = UUID.randomUUID();
    this.councilId = councilId;
    this.segmentId = segmentId;
    this.seatNumber = seatNumber;
    this.role = role;
    this.personId = personId;
    this.organisation = organisation;
    this.managementPosition = managementPosition;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.createdAt = now;
  }

  /** Ends the mandate early (resignation, replacement, loss of the seat). */
  void end(LocalDate on) {
    if (on.isBefore(startsOn)) {
      throw new br.org.teia.kernel.TeiaException("council.mandate.end-before-start");
    }
    if (endedOn == null || on.isBefore(endedOn)) {
      endedOn = on.isAfter(endsOn) ? endsOn : on;
    }
  }

  /** The days the mandate was (or will be) held: to the early end when there was one. */
  Period period() {
    return new Period(startsOn, endedOn == null ? endsOn : endedOn);
  }

  boolean activeOn(LocalDate day) {
    return period().contains(day);
  }

  UUID id() {
    return id;
  }

  UUID councilId() {
    return councilId;
  }

  UUID segmentId() {
    return segmentId;
  }

  int seatNumber() {
    return seatNumber;
  }

  MandateRole role() {
    return role;
  }

  UUID personId() {
    return personId;
  }

  String organisation() {
    return organisation;
  }

  boolean managementPosition() {
    return managementPosition;
  }

  LocalDate startsOn() {
    return startsOn;
  }

  LocalDate endsOn() {
    return endsOn;
  }

  LocalDate endedOn() {
    return endedOn;
  }
}
