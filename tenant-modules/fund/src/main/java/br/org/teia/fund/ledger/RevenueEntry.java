package br.org.teia.fund.ledger;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A revenue as the list shows it: {@code amount} is what it adds to its block, negative for a reversal
 * (estorno), whose {@code reversedDocument} names the revenue it cancels; {@code reversed} says a later
 * entry cancelled this one.
 */
public record RevenueEntry(UUID id, int year, int month, String blockCode, String sourceCode, BigDecimal amount,
    String document, RevenueOrigin origin, String reversedDocument, String reason, boolean reversed) {

  public boolean reversal() {
    return reversedDocument != null;
  }
}
