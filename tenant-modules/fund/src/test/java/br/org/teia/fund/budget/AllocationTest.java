package br.org.teia.fund.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.DomainRefusal;
import java.math.BigDecimal;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** An allocation's current amount under acts: a reduction of exactly what is left passes, one centavo more does not. */
class AllocationTest {

  static Allocation allocation(String amount) {
    return Allocation.of(new AllocationForm(2026, "PSB", "2.045", "Manutenção do CRAS", "FNAS", "244", "3.3.90.39",
        new BigDecimal(amount)), Clock.systemUTC());
  }

  @Test
  void supplements_add_and_reductions_take_down_to_zero_but_not_below() {
    Allocation cras = allocation("1000.00");
    cras.change(BudgetChangeKind.SUPPLEMENT, new BigDecimal("250.5"));
    assertThat(cras.summary().currentAmount()).isEqualTo(new BigDecimal("1250.50"));
    assertThat(cras.summary().initialAmount()).isEqualTo(new BigDecimal("1000.00"));

    assertThatThrownBy(() -> cras.change(BudgetChangeKind.REDUCTION, new BigDecimal("1250.51")))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> {
          assertThat(e.messageKey()).isEqualTo("fund.budget.change.above");
          assertThat(e.arguments()).containsExactly("1.250,50");
        });
    cras.change(BudgetChangeKind.REDUCTION, new BigDecimal("1250.50"));
    assertThat(cras.summary().currentAmount()).isEqualByComparingTo("0");
  }
}
