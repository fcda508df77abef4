package br.org.teia.fund.importing;

import br.org.teia.fund.ledger.LineRefusal;
import java.util.List;

/**
 * What importing a file did. Accepted (no refusals): {@code added} entries or revenues written,
 * {@code alreadyPresent} lines skipped because the ledger had them; {@code sameFile} when this very
 * file had been imported before (nothing changed). Refused: the lines and columns at fault, and
 * nothing written.
 */
public record ImportResult(ImportKind kind, String fileName, int lines, int added, int alreadyPresent,
    boolean sameFile, List<LineRefusal> refusals) {

  public ImportResult {
    refusals = List.copyOf(refusals);
  }

  static ImportResult refused(ImportKind kind, String fileName, int lines, List<LineRefusal> refusals) {
    return new ImportResult(kind, fileName, lines, 0, 0, false, refusals);
  }

  public boolean accepted() {
    return refusals.isEmpty();
  }
}
