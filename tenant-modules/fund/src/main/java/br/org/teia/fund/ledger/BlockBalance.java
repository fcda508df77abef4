package br.org.teia.fund.ledger;

import java.math.BigDecimal;

/**
 * A financing block's position in a year: the balance carried from last year, what was received,
 * committed, liquidated and paid (reversals netted), and what is left in the bank
 * ({@code reprogrammed + received - paid}).
 */
public record BlockBalance(String blockCode, BigDecimal reprogrammed, BigDecimal received, BigDecimal committed,
    BigDecimal liquidated, BigDecimal paid) {

  public BigDecimal available() {
    return reprogrammed.add(received).subtract(paid);
  }
}
