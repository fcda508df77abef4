package br.org.teia.fund.statement;

import br.org.teia.council.api.CouncilAppreciationConcluded;
import br.org.teia.fund.FundModule;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hears the council publish the resolution on a matter the fund submitted and records the opinion on
 * the demonstrativo, in the council's transaction and the municipality's scope (a plain listener: the
 * opinion is on the fund's screen exactly when the resolution is public). No role is asked: the
 * council decided it.
 */
@Component
class CouncilOpinions {

  private final StatementService statements;

  CouncilOpinions(StatementService statements) {
    this.statements = statements;
  }

  @EventListener
  void on(CouncilAppreciationConcluded opinion) {
    if (FundModule.NAME.equals(opinion.sourceModule())) {
      statements.appreciated(opinion);
    }
  }
}
