package br.org.teia.council.proposal;

import br.org.teia.council.api.CouncilAppreciationRequested;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what other modules submit for a council's appreciation as proposals. Runs in the
 * publisher's tenant scope and transaction (a plain listener), so the proposal exists exactly when
 * the submitting change commits. No role is needed: the submitting module decided it; the
 * secretary decides when it goes on an agenda. The same matter submitted twice is recorded once.
 */
@Component
class AppreciationRequests {

  private final ProposalRepository proposals;
  private final Clock clock;

  AppreciationRequests(ProposalRepository proposals, Clock clock) {
    this.proposals = proposals;
    this.clock = clock;
  }

  @EventListener
  @Transactional
  void on(CouncilAppreciationRequested request) {
    if (!proposals.exists(request.council().strip(), request.sourceModule(), request.reference())) {
      proposals.save(new Proposal(request, clock.instant()));
    }
  }
}
