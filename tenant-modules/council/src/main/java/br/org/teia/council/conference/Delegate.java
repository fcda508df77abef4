package br.org.teia.council.conference;

import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "council_conference_delegate")
class Delegate extends ConferencePerson {

  @Enumerated(EnumType.STRING)
  private SegmentKind segment;
  @Enumerated(EnumType.STRING)
  private MandateRole role;
  @Column(name = "state_stage")
  private boolean stateStage;

  protected Delegate() {}

  Delegate(UUID conferenceId, DelegateForm form) {
    super(conferenceId, form.name(), form.organisation());
    this.segment = form.segment();
    this.role = form.role();
    this.stateStage = form.stateStage();
  }

  DelegateSummary summary() {
    return new DelegateSummary(id(), name(), segment, role, organisation(), stateStage);
  }
}
