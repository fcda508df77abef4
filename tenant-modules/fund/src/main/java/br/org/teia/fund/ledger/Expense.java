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
  @Column(name = "creditor_document")
  private String creditorDocument;
  @Column(name = "source_code")
  private String sourceCode;
  private String subfunction;
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

  /** The commitment an imported line opens: classified as the line says. */
  static Expense of(ExecutionLine line, Clock clock) {
    Expense expense = new Expense();
    expense.id = UUID.randomUUID();
    expense.year = line.year();
    expense.commitmentNumber = line.commitmentNumber();
    expense.blockCode = line.blockCode();
    expense.expenseNature = line.expenseNature();
    expense.creditor = line.creditorName();
    expense.creditorDocument = line.creditorDocument();
    expense.sourceCode = line.sourceCode();
    expense.subfunction = line.subfunction();
    expense.description = line.description();
    expense.unitId = line.unitId();
    expense.createdAt = clock.instant();
    return expense;
  }

  UUID id() {
    return id;
  }

  int year() {
    return year;
  }

  String commitmentNumber() {
    return commitmentNumber;
  }

  String blockCode() {
    return blockCode;
  }

  String expenseNature() {
    return expenseNature;
  }

  String creditor() {
    return creditor;
  }

  String creditorDocument() {
    return creditorDocument;
  }

  ExpenseSummary summary(ExpenseBalance balance) {
    return new ExpenseSummary(id, year, commitmentNumber, blockCode, expenseNature, creditor, creditorDocument,
        sourceCode, subfunction, description, unitId, balance);
  }
}
