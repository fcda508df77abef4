package br.org.teia.kernel.ui;

import java.util.List;

/**
 * A module adds its "needs attention today" cards to the municipality's home page by declaring a
 * bean of this type, so the home page never imports a module (a new module, e.g. the fund, brings
 * its own). {@link #cards()} runs for every visit, in the municipality's scope, as the signed-in
 * person: it returns only the cards that person may act on (none when the person may not see them).
 */
public interface AttentionContribution {

  /** Where the module's cards go among the others (lower first). */
  default int order() {
    return 100;
  }

  List<AttentionCard> cards();
}
