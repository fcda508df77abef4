package br.org.teia.fund.reports;

import java.math.BigDecimal;

/**
 * A block's restos a pagar at the end of a year: processados (liquidated, not yet paid) and não
 * processados (committed, not yet liquidated), from the ledger's sums (reversals netted).
 */
public record CarriedOver(String blockCode, String blockName, BigDecimal processed, BigDecimal unprocessed) {

  public BigDecimal total() {
    return processed.add(unprocessed);
  }
}
