package br.org.teia.fund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** One commitment (empenho) of the fund and its classification; its amounts live in its entries. */
@Entity
@Table(name = "fund_expense")
class Expense {

  @Id
  private UUID id;
  private int year;
  @Column(name = "commitment_number")
  private String commitmentNumber;
  @Column(name = "block_code")
  private String blockCode;
  @Column(name = "expense_nature")
  private String expenseNature;
  private String creditor;
  private String description;
  @Column(name = "unit_id")
  private UUID unitId;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected Expense() {}

  static Expense of(ExpenseForm form, Clock clock) {
    Expense expense = new Expense();
    expense.id = UUID.randomUUID();
    expense.year = form.year();
    expense.commitmentNumber = form.commitmentNumber();
    expense.blockCode = form.blockCode();
    expense.expenseNature = form.expenseNature();
    expense.creditor = form.creditor();
    expense.description = form.description();
    expense.unitId = form.unitId();
    expense.createdAt = clock.instant();
    return expense;
  }

  UUID id() {
    return id;
  }

  ExpenseSummary summary(ExpenseBalance balance) {
    return new ExpenseSummary(id, year, commitmentNumber, blockCode, expenseNature, creditor, description, unitId,
        balance);
  }
}
