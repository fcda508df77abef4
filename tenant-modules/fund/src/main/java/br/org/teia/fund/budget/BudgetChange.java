package br.org.teia.fund.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One act's supplement or reduction of an allocation: kept as recorded, never edited. */
@Entity
@Table(name = "fund_budget_change")
class BudgetChange {

  @Id
  private UUID id;
  @Column(name = "allocation_id")
  private UUID allocationId;
  @Enumerated(EnumType.STRING)
  private BudgetChangeKind kind;
  private String act;
  @Column(name = "act_date")
  private LocalDate actDate;
  private BigDecimal amount;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected BudgetChange() {}

  static BudgetChange of(UUID allocationId, BudgetChangeForm form, Clock clock) {
    BudgetChange change = new BudgetChange();
    change.id = UUID.randomUUID();
    change.allocationId = allocationId;
    change.kind = form.kind();
    change.act = form.act();
    change.actDate = form.actDate();
    change.amount = form.amount().setScale(2, RoundingMode.UNNECESSARY);
    change.createdAt = clock.instant();
    return change;
  }

  UUID id() {
    return id;
  }
}
