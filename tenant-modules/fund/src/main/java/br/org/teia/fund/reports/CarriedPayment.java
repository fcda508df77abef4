package br.org.teia.fund.reports;

import java.math.BigDecimal;

/**
 * A block's restos a pagar of earlier years in a year: what was carried into it (committed and not paid
 * by 31/12 of the year before), what the year paid and cancelled of it, and what is left to pay. The
 * stage rules keep {@code paid + cancelled} within {@code carried}: a resto a pagar is paid against what
 * was carried over, never against the new year's allocation.
 */
public record CarriedPayment(String blockCode, String blockName, BigDecimal carried, BigDecimal paid,
    BigDecimal cancelled) {

  public BigDecimal left() {
    return carried.subtract(paid).subtract(cancelled);
  }
}
