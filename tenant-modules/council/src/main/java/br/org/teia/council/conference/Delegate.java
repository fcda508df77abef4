package br.org.teia.council.conference;

import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "council_conference_delegate")
class Delegate {

  @Id
  private UUID id;
  @Column(name = "conference_id")
  private UUID conferenceId;
  private String name;
  @Enumerated(EnumType.STRING)
  private SegmentKind segment;
  @Enumerated(EnumType.STRING)
  private MandateRole role;
  private String organisation;
  @Column(name = "state_stage")
  private boolean stateStage;

  protected Delegate() {}

  Delegate(UUID conferenceId, DelegateForm form) {
    this.id = UUID.randomUUID();
    this.conferenceId = conferenceId;
    this.name = form.name();
    this.segment = form.segment();
    this.role = form.role();
    this.organisation = form.organisation();
    this.stateStage = form.stateStage();
  }

  UUID conferenceId() {
    return conferenceId;
  }

  DelegateSummary summary() {
    return new DelegateSummary(id, name, segment, role, organisation, stateStage);
  }
}
