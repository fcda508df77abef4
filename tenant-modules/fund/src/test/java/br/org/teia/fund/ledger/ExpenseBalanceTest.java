package br.org.teia.fund.ledger;

import static br.org.teia.fund.ledger.EntryKind.COMMITMENT;
import static br.org.teia.fund.ledger.EntryKind.COMMITMENT_REVERSAL;
import static br.org.teia.fund.ledger.EntryKind.LIQUIDATION;
import static br.org.teia.fund.ledger.EntryKind.LIQUIDATION_REVERSAL;
import static br.org.teia.fund.ledger.EntryKind.PAYMENT;
import static br.org.teia.fund.ledger.EntryKind.PAYMENT_REVERSAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.DomainRefusal;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The stage rules of one expense, on their boundaries: exactly the available amount passes, one centavo more does not. */
class ExpenseBalanceTest {

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  /** Committed 1.000,00, liquidated 600,00, paid 250,00. */
  static ExpenseBalance midway() {
    return ExpenseBalance.NOTHING.apply(COMMITMENT, r("1000.00")).apply(LIQUIDATION, r("600.00"))
        .apply(PAYMENT, r("250.00"));
  }

  @Test
  void nothing_is_liquidated_without_a_commitment() {
    assertRefused(ExpenseBalance.NOTHING, LIQUIDATION, "0.01", "fund.ledger.liquidation.above", "0,00");
  }

  @Test
  void liquidation_up_to_the_unliquidated_commitment_passes_and_one_centavo_more_is_refused() {
    assertThat(midway().apply(LIQUIDATION, r("400.00")).liquidated()).isEqualByComparingTo("1000.00");
    assertRefused(midway(), LIQUIDATION, "400.01", "fund.ledger.liquidation.above", "400,00");
  }

  @Test
  void payment_up_to_the_unpaid_liquidation_passes_and_one_centavo_more_is_refused() {
    assertThat(midway().apply(PAYMENT, r("350.00")).unpaid()).isEqualByComparingTo("0.00");
    assertRefused(midway(), PAYMENT, "350.01", "fund.ledger.payment.above", "350,00");
    assertRefused(ExpenseBalance.NOTHING.apply(COMMITMENT, r("10")), PAYMENT, "0.01", "fund.ledger.payment.above", "0,00");
  }

  @Test
  void reversals_give_back_only_what_the_next_stage_did_not_take() {
    assertThat(midway().apply(COMMITMENT_REVERSAL, r("400.00")).committed()).isEqualByComparingTo("600.00");
    assertRefused(midway(), COMMITMENT_REVERSAL, "400.01", "fund.ledger.commitment-reversal.above", "400,00");

    assertThat(midway().apply(LIQUIDATION_REVERSAL, r("350.00")).liquidated()).isEqualByComparingTo("250.00");
    assertRefused(midway(), LIQUIDATION_REVERSAL, "350.01", "fund.ledger.liquidation-reversal.above", "350,00");

    assertThat(midway().apply(PAYMENT_REVERSAL, r("250.00")).paid()).isEqualByComparingTo("0.00");
    assertRefused(midway(), PAYMENT_REVERSAL, "250.01", "fund.ledger.payment-reversal.above", "250,00");
  }

  @Test
  void a_reversed_payment_can_be_paid_again_and_restos_a_pagar_follow_the_stages() {
    ExpenseBalance again = midway().apply(PAYMENT_REVERSAL, r("250.00")).apply(PAYMENT, r("600.00"));

    assertThat(again.paid()).isEqualByComparingTo("600.00");
    assertThat(midway().unliquidated()).isEqualByComparingTo("400.00"); // não processados
    assertThat(midway().unpaid()).isEqualByComparingTo("350.00"); // processados
  }

  @Test
  void amounts_are_positive_with_at_most_two_decimals_never_rounded() {
    assertThatThrownBy(() -> ExpenseBalance.NOTHING.apply(COMMITMENT, r("0.00"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExpenseBalance.NOTHING.apply(COMMITMENT, r("-1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExpenseBalance.NOTHING.apply(COMMITMENT, r("10.005"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExpenseBalance.NOTHING.apply(COMMITMENT, Money.MAX.add(r("0.01"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ExpenseBalance.NOTHING.apply(COMMITMENT, r("10.5")).committed()).isEqualTo(r("10.50"));
    assertThat(ExpenseBalance.NOTHING.apply(COMMITMENT, Money.MAX).committed()).isEqualTo(Money.MAX);
  }

  private static void assertRefused(ExpenseBalance balance, EntryKind kind, String amount, String key, String available) {
    assertThatThrownBy(() -> balance.apply(kind, r(amount)))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> {
          assertThat(e.messageKey()).isEqualTo(key);
          assertThat(e.arguments()).containsExactly(available);
        });
  }
}
