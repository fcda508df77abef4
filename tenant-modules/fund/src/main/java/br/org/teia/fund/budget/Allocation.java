package br.org.teia.fund.budget;

import br.org.teia.fund.ledger.Money;
import br.org.teia.kernel.DomainRefusal;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * An allocation (dotação) of the fund's budget: the LOA's amount stays as it was; acts move the
 * current amount, which never goes below zero.
 */
@Entity
@Table(name = "fund_budget_allocation")
class Allocation {

  @Id
  private UUID id;
  private int year;
  @Column(name = "block_code")
  private String blockCode;
  @Column(name = "action_code")
  private String actionCode;
  @Column(name = "action_name")
  private String actionName;
  @Column(name = "source_code")
  private String sourceCode;
  private String subfunction;
  @Column(name = "expense_nature")
  private String expenseNature;
  @Column(name = "initial_amount")
  private BigDecimal initialAmount;
  @Column(name = "current_amount")
  private BigDecimal currentAmount;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Version
  private int version;

  protected Allocation() {}

  static Allocation of(AllocationForm form, Clock clock) {
    Allocation allocation = new Allocation();
    allocation.id = UUID.randomUUID();
    allocation.year = form.year();
    allocation.blockCode = form.blockCode();
    allocation.actionCode = form.actionCode();
    allocation.actionName = form.actionName();
    allocation.sourceCode = form.sourceCode();
    allocation.subfunction = form.subfunction();
    allocation.expenseNature = form.expenseNature();
    allocation.initialAmount = form.initialAmount().setScale(2, RoundingMode.UNNECESSARY);
    allocation.currentAmount = allocation.initialAmount;
    allocation.createdAt = clock.instant();
    return allocation;
  }

  /** Adds a supplement, or takes a reduction of at most the current amount (refused beyond it). */
  void change(BudgetChangeKind kind, BigDecimal amount) {
    BigDecimal value = Money.positive(amount);
    if (kind == BudgetChangeKind.REDUCTION) {
      if (value.compareTo(currentAmount) > 0) {
        throw new DomainRefusal("amount", "fund.budget.change.above", Money.format(currentAmount));
      }
      currentAmount = currentAmount.subtract(value);
    } else {
      currentAmount = currentAmount.add(value);
    }
  }

  UUID id() {
    return id;
  }

  AllocationSummary summary() {
    return new AllocationSummary(id, year, blockCode, actionCode, actionName, sourceCode, subfunction, expenseNature,
        initialAmount, currentAmount, version);
  }
}
