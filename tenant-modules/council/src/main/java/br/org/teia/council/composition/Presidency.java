package br.org.teia.council.composition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A presidency term of a council: who presided, from which side, when. */
@Entity
@Table(name = "council_presidency")
class Presidency {

  @Id
  private UUID id;
  @Column(name = "council_id")
  private UUID councilId;
  @Column(name = "person_id")
  private UUID personId;
  @Enumerated(EnumType.STRING)
  private Side side;
  @Column(name = "starts_on")
  private LocalDate startsOn;
  @Column(name = "ends_on")
  private LocalDate endsOn;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected Presidency() {}

  Presidency(UUID councilId, UUID personId, Side side, LocalDate startsOn, LocalDate endsOn, Instant now) {
    this.id = UUID.randomUUID();
    this.councilId = councilId;
    this.personId = personId;
    this.side = side;
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.createdAt = now;
  }

  UUID id() {
    return id;
  }

  UUID personId() {
    return personId;
  }

  Side side() {
    return side;
  }

  LocalDate startsOn() {
    return startsOn;
  }

  LocalDate endsOn() {
    return endsOn;
  }

  Period period() {
    return new Period(startsOn, endsOn);
  }
}
