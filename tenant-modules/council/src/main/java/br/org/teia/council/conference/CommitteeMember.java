package br.org.teia.council.conference;

import br.org.teia.council.composition.Side;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "council_conference_committee")
class CommitteeMember extends ConferencePerson {

  @Enumerated(EnumType.STRING)
  private Side side;
  private boolean coordinator;

  protected CommitteeMember() {}

  CommitteeMember(UUID conferenceId, CommitteeMemberForm form) {
    super(conferenceId, form.name(), form.organisation());
    this.side = form.side();
    this.coordinator = form.coordinator();
  }

  CommitteeMemberSummary summary() {
    return new CommitteeMemberSummary(id(), name(), side, organisation(), coordinator);
  }
}
