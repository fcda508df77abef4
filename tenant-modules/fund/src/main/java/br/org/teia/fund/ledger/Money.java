package br.org.teia.fund.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reais with two decimals, as {@code numeric(15,2)} holds them: never a {@code double}. An amount
 * with more than two decimals is refused rather than rounded, so what the accounting system exported
 * is what the fund shows.
 */
public final class Money {

  /** The largest amount {@code numeric(15,2)} holds. */
  public static final BigDecimal MAX = new BigDecimal("9999999999999.99");

  private Money() {}

  /** {@code amount} at scale 2; refused when null, negative or zero, above {@link #MAX}, or with more than 2 decimals. */
  public static BigDecimal positive(BigDecimal amount) {
    if (amount == null || amount.signum() <= 0 || amount.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("amount must be positive and at most " + MAX + ": " + amount);
    }
    try {
      return amount.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException moreThanTwoDecimals) {
      throw new IllegalArgumentException("amount with more than two decimals: " + amount, moreThanTwoDecimals);
    }
  }

  /** {@code amount} as people in Brazil write it: 1.234,50. */
  public static String format(BigDecimal amount) {
    java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00",
        java.text.DecimalFormatSymbols.getInstance(java.util.Locale.of("pt", "BR")));
    return format.format(amount);
  }

  public static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }
}
