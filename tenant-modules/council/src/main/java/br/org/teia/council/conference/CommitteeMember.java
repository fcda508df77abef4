package br.org.teia.council.conference;

import br.org.teia.council.composition.Side;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "council_conference_committee")
class CommitteeMember {

  @Id
  private UUID id;
  @Column(name = "conference_id")
  private UUID conferenceId;
  private String name;
  @Enumerated(EnumType.STRING)
  private Side side;
  private String organisation;
  private boolean coordinator;

  protected CommitteeMember() {}

  CommitteeMember(UUID conferenceId, CommitteeMemberForm form) {
    this.id = UUID.randomUUID();
    this.conferenceId = conferenceId;
    this.name = form.name();
    this.side = form.side();
    this.organisation = form.organisation();
    this.coordinator = form.coordinator();
  }

  UUID conferenceId() {
    return conferenceId;
  }

  CommitteeMemberSummary summary() {
    return new CommitteeMemberSummary(id, name, side, organisation, coordinator);
  }
}
