package br.org.teia.fund.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stage or reversal of an expense: added, never edited or deleted. */
@Entity
@Table(name = "fund_ledger_entry")
class LedgerEntry {

  @Id
  private UUID id;
  @Column(name = "expense_id", updatable = false)
  private UUID expenseId;
  @Enumerated(EnumType.STRING)
  @Column(updatable = false)
  private EntryKind kind;
  @Column(name = "entry_date", updatable = false)
  private LocalDate entryDate;
  @Column(updatable = false)
  private BigDecimal amount;
  @Column(updatable = false)
  private String document;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;

  protected LedgerEntry() {}

  static LedgerEntry of(UUID expenseId, EntryKind kind, LocalDate date, BigDecimal amount, String document,
      Clock clock) {
    LedgerEntry entry = new LedgerEntry();
    entry.id = UUID.randomUUID();
    entry.expenseId = expenseId;
    entry.kind = kind;
    entry.entryDate = date;
    entry.amount = Money.positive(amount);
    entry.document = document;
    entry.createdAt = clock.instant();
    return entry;
  }

  /** Inserts {@code entries} in one statement, as {@link Expense#insertAll} does. */
  static void insertAll(EntityManager entityManager, List<LedgerEntry> entries) {
    entityManager.createNativeQuery("INSERT INTO fund_ledger_entry (id, expense_id, kind, entry_date, amount, document,"
            + " created_at) SELECT * FROM unnest(CAST(:id AS uuid[]), CAST(:expense AS uuid[]), CAST(:kind AS varchar[]),"
            + " CAST(:date AS date[]), CAST(:amount AS numeric[]), CAST(:document AS varchar[]),"
            + " CAST(:createdAt AS timestamptz[]))")
        .setParameter("id", entries.stream().map(e -> e.id).toArray(UUID[]::new))
        .setParameter("expense", entries.stream().map(e -> e.expenseId).toArray(UUID[]::new))
        .setParameter("kind", entries.stream().map(e -> e.kind.name()).toArray(String[]::new))
        .setParameter("date", entries.stream().map(e -> e.entryDate).toArray(LocalDate[]::new))
        .setParameter("amount", entries.stream().map(e -> e.amount).toArray(BigDecimal[]::new))
        .setParameter("document", entries.stream().map(e -> e.document).toArray(String[]::new))
        .setParameter("createdAt", entries.stream().map(e -> e.createdAt).toArray(Instant[]::new))
        .executeUpdate();
  }

  EntryLine line() {
    return new EntryLine(kind, entryDate, amount, document);
  }

  EntryKind kind() {
    return kind;
  }

  BigDecimal amount() {
    return amount;
  }

}
