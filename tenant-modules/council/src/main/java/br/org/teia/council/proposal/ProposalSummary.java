package br.org.teia.council.proposal;

import br.org.teia.kernel.events.AppreciationSubject;
import java.time.LocalDate;
import java.util.UUID;

/** A proposal for appreciation; {@code agendaItemId} is null while it waits for an agenda. */
public record ProposalSummary(UUID id, String councilAcronym, String sourceModule, AppreciationSubject subject,
    String reference, String title, String summary, LocalDate requestedOn, UUID agendaItemId) {

  public boolean pending() {
    return agendaItemId == null;
  }
}
