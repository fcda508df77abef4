package br.org.teia.structure.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** An area of the municipality that a CRAS references (território de abrangência). */
@Entity
@Table(name = "territory")
class Territory {

  @Id
  private UUID id;
  private String name;
  private String neighbourhoods;
  @Column(name = "estimated_families")
  private Integer estimatedFamilies;
  @Column(name = "vulnerability_notes")
  private String vulnerabilityNotes;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected Territory() {}

  static Territory create(TerritoryForm form, Clock clock) {
    Territory territory = new Territory();
    territory.id = UUID.randomUUID();
    territory.createdAt = clock.instant();
    territory.apply(form, clock);
    return territory;
  }

  void apply(TerritoryForm form, Clock clock) {
    name = form.name().strip();
    neighbourhoods = blankToNull(form.neighbourhoods());
    estimatedFamilies = form.estimatedFamilies();
    vulnerabilityNotes = blankToNull(form.vulnerabilityNotes());
    updatedAt = clock.instant();
  }

  TerritorySummary summary() {
    return new TerritorySummary(id, name, neighbourhoods, estimatedFamilies, vulnerabilityNotes, version);
  }

  UUID id() {
    return id;
  }

  String name() {
    return name;
  }

  int version() {
    return version;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
