package br.org.teia.fund.ledger;

import java.math.BigDecimal;

/**
 * A financing block's position in a year: the balance carried from last year, what was received, what
 * the year's commitments committed, liquidated and paid by its last day (reversals netted), what was
 * paid in the year of earlier years' commitments (restos a pagar pagos, {@code carriedPaid}), and what
 * is left in the bank ({@code reprogrammed + received - paid - carriedPaid}).
 */
public record BlockBalance(String blockCode, BigDecimal reprogrammed, BigDecimal received, BigDecimal committed,
    BigDecimal liquidated, BigDecimal paid, BigDecimal carriedPaid) {

  /** A block with no restos a pagar paid. */
  public BlockBalance(String blockCode, BigDecimal reprogrammed, BigDecimal received, BigDecimal committed,
      BigDecimal liquidated, BigDecimal paid) {
    this(blockCode, reprogrammed, received, committed, liquidated, paid, Money.zero());
  }

  /** Everything that left the block's account in the year: its own payments and the restos a pagar paid. */
  public BigDecimal outflow() {
    return paid.add(carriedPaid);
  }

  public BigDecimal available() {
    return reprogrammed.add(received).subtract(outflow());
  }
}
