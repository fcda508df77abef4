package br.org.teia.council.meeting;

import java.util.UUID;

/** An agenda item; the vote counts are null until the council deliberated on it. */
public record AgendaItemSummary(UUID id, int position, String title, String description, UUID proposalId,
    Integer votesFor, Integer votesAgainst, Integer abstentions) {

  public boolean voted() {
    return votesFor != null;
  }

  /** Approved when more votes were for than against (simple majority of those voting). */
  public boolean approved() {
    return voted() && votesFor > votesAgainst;
  }
}
