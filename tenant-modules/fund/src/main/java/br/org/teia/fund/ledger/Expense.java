package br.org.teia.fund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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

  /**
   * Inserts {@code expenses} in one statement (an import's new commitments, thousands at a time): their
   * columns as arrays, unnested by PostgreSQL, far cheaper than a persist and an INSERT per row. Sent
   * through Hibernate, so the tenant's schema and the write listeners apply as to any other write.
   */
  static void insertAll(EntityManager entityManager, List<Expense> expenses) {
    entityManager.createNativeQuery("INSERT INTO fund_expense (id, year, commitment_number, block_code, expense_nature,"
            + " creditor, creditor_document, source_code, subfunction, description, unit_id, created_at)"
            + " SELECT * FROM unnest(CAST(:id AS uuid[]), CAST(:year AS integer[]), CAST(:number AS varchar[]),"
            + " CAST(:block AS varchar[]), CAST(:nature AS varchar[]), CAST(:creditor AS varchar[]),"
            + " CAST(:creditorDocument AS varchar[]), CAST(:source AS varchar[]), CAST(:subfunction AS varchar[]),"
            + " CAST(:description AS varchar[]), CAST(:unit AS uuid[]), CAST(:createdAt AS timestamptz[]))")
        .setParameter("id", expenses.stream().map(x -> x.id).toArray(UUID[]::new))
        .setParameter("year", expenses.stream().map(x -> x.year).toArray(Integer[]::new))
        .setParameter("number", expenses.stream().map(x -> x.commitmentNumber).toArray(String[]::new))
        .setParameter("block", expenses.stream().map(x -> x.blockCode).toArray(String[]::new))
        .setParameter("nature", expenses.stream().map(x -> x.expenseNature).toArray(String[]::new))
        .setParameter("creditor", expenses.stream().map(x -> x.creditor).toArray(String[]::new))
        .setParameter("creditorDocument", expenses.stream().map(x -> x.creditorDocument).toArray(String[]::new))
        .setParameter("source", expenses.stream().map(x -> x.sourceCode).toArray(String[]::new))
        .setParameter("subfunction", expenses.stream().map(x -> x.subfunction).toArray(String[]::new))
        .setParameter("description", expenses.stream().map(x -> x.description).toArray(String[]::new))
        .setParameter("unit", expenses.stream().map(x -> x.unitId).toArray(UUID[]::new))
        .setParameter("createdAt", expenses.stream().map(x -> x.createdAt).toArray(Instant[]::new))
        .executeUpdate();
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
