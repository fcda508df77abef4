package br.org.teia.fund.ledger;

import java.util.List;

/**
 * What a batch of imported lines did: entries (or revenues) added, lines already in the ledger
 * (skipped: importing twice changes nothing), and the lines refused. When any line is refused,
 * nothing was written.
 */
public record BatchOutcome(int added, int alreadyPresent, List<LineRefusal> refusals) {

  public BatchOutcome {
    refusals = List.copyOf(refusals);
  }

  public static BatchOutcome refused(List<LineRefusal> refusals) {
    return new BatchOutcome(0, 0, refusals);
  }

  public boolean accepted() {
    return refusals.isEmpty();
  }
}
