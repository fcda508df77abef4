package br.org.teia.council.proposal;

import br.org.teia.council.api.AppreciationSubject;
import java.time.LocalDate;
import java.util.UUID;

/** A proposal for appreciation; {@code agendaItemId} is null while it waits for an agenda. */
public record ProposalSummary(UUID id, String councilAcronym, String sourceModule, AppreciationSubject subject,
    String reference, String title, String summary, LocalDate requestedOn, UUID agendaItemId) {

  public boolean pending() {
    return agendaItemId == null;
  }

  /** The same proposal waiting again, its meeting cancelled or its item taken off the agenda. */
  ProposalSummary waitingAgain() {
    return new ProposalSummary(id, councilAcronym, sourceModule, subject, reference, title, summary, requestedOn, null);
  }
}
