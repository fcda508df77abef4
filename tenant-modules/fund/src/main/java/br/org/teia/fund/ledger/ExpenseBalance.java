package br.org.teia.fund.ledger;

import br.org.teia.kernel.DomainRefusal;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Where one expense (one empenho) stands: what was committed, liquidated and paid, net of their
 * reversals. The stage rules live here, once, for typed entries and imported lines alike:
 * <ul>
 *   <li>no liquidation beyond what is committed and not yet liquidated (so none without a commitment);
 *   <li>no payment beyond what is liquidated and not yet paid;
 *   <li>a commitment reversal at most what is committed and not liquidated; a liquidation reversal at
 *       most what is liquidated and not paid; a payment reversal at most what was paid.
 * </ul>
 * Each refusal names the amount still available, in reais.
 */
public record ExpenseBalance(BigDecimal committed, BigDecimal liquidated, BigDecimal paid) {

  public static final ExpenseBalance NOTHING = new ExpenseBalance(Money.zero(), Money.zero(), Money.zero());

  /** The balance from the ledger's sums per kind (a kind absent counts as zero), reversals netted. */
  public static ExpenseBalance ofSums(Map<EntryKind, BigDecimal> sums) {
    BigDecimal zero = Money.zero();
    return new ExpenseBalance(
        sums.getOrDefault(EntryKind.COMMITMENT, zero).subtract(sums.getOrDefault(EntryKind.COMMITMENT_REVERSAL, zero)),
        sums.getOrDefault(EntryKind.LIQUIDATION, zero).subtract(sums.getOrDefault(EntryKind.LIQUIDATION_REVERSAL, zero)),
        sums.getOrDefault(EntryKind.PAYMENT, zero).subtract(sums.getOrDefault(EntryKind.PAYMENT_REVERSAL, zero)));
  }

  /** The balance after {@code kind} of {@code amount}; refused (field "amount") when a stage rule is broken. */
  public ExpenseBalance apply(EntryKind kind, BigDecimal amount) {
    BigDecimal value = Money.positive(amount);
    return switch (kind) {
      case COMMITMENT -> new ExpenseBalance(committed.add(value), liquidated, paid);
      case COMMITMENT_REVERSAL -> {
        require(value, committed.subtract(liquidated), "fund.ledger.commitment-reversal.above");
        yield new ExpenseBalance(committed.subtract(value), liquidated, paid);
      }
      case LIQUIDATION -> {
        require(value, committed.subtract(liquidated), "fund.ledger.liquidation.above");
        yield new ExpenseBalance(committed, liquidated.add(value), paid);
      }
      case LIQUIDATION_REVERSAL -> {
        require(value, liquidated.subtract(paid), "fund.ledger.liquidation-reversal.above");
        yield new ExpenseBalance(committed, liquidated.subtract(value), paid);
      }
      case PAYMENT -> {
        require(value, liquidated.subtract(paid), "fund.ledger.payment.above");
        yield new ExpenseBalance(committed, liquidated, paid.add(value));
      }
      case PAYMENT_REVERSAL -> {
        require(value, paid, "fund.ledger.payment-reversal.above");
        yield new ExpenseBalance(committed, liquidated, paid.subtract(value));
      }
    };
  }

  /** Committed and not liquidated: restos a pagar não processados at year end. */
  public BigDecimal unliquidated() {
    return committed.subtract(liquidated);
  }

  /** Liquidated and not paid: restos a pagar processados at year end. */
  public BigDecimal unpaid() {
    return liquidated.subtract(paid);
  }

  private static void require(BigDecimal value, BigDecimal available, String key) {
    if (value.compareTo(available) > 0) {
      throw new DomainRefusal("amount", key, Money.format(available));
    }
  }
}
