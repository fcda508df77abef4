package br.org.teia.council.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An item of a meeting's agenda (pauta), with the votes of the deliberation when there was one. */
@Entity
@Table(name = "council_agenda_item")
class AgendaItem {

  @Id
  private UUID id;
  private int position;
  private String title;
  private String description;
  @Column(name = "proposal_id")
  private UUID proposalId;
  @Column(name = "votes_for")
  private Integer votesFor;
  @Column(name = "votes_against")
  private Integer votesAgainst;
  private Integer abstentions;

  protected AgendaItem() {}

  AgendaItem(int position, String title, String description, UUID proposalId) {
    this.id = UUID.randomUUID();
    this.position = position;
    this.title = title;
    this.description = description;
    this.proposalId = proposalId;
  }

  void vote(int inFavour, int against, int abstaining) {
    this.votesFor = inFavour;
    this.votesAgainst = against;
    this.abstentions = abstaining;
  }

  void moveTo(int newPosition) {
    this.position = newPosition;
  }

  UUID id() {
    return id;
  }

  int position() {
    return position;
  }

  AgendaItemSummary summary() {
    return new AgendaItemSummary(id, position, title, description, proposalId, votesFor, votesAgainst, abstentions);
  }
}
