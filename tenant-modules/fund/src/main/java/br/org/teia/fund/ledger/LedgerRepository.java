package br.org.teia.fund.ledger;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerRepository extends JpaRepository<LedgerEntry, UUID> {

  /** An expense's amounts by stage kind, reversals apart: the ledger summed, not replayed. */
  @Query("SELECT e.kind, sum(e.amount) FROM LedgerEntry e WHERE e.expenseId = :expenseId GROUP BY e.kind")
  List<Object[]> sumsByKind(UUID expenseId);

  /** The year's amounts by block and stage kind. */
  @Query("SELECT x.blockCode, e.kind, sum(e.amount) FROM LedgerEntry e JOIN Expense x ON x.id = e.expenseId"
      + " WHERE x.year = :year GROUP BY x.blockCode, e.kind")
  List<Object[]> sumsByBlockAndKind(int year);

  /** Every entry of the years' expenses, as (expense id, kind, document, amount): what an import checks against. */
  @Query("SELECT e.expenseId, e.kind, e.document, e.amount FROM LedgerEntry e JOIN Expense x ON x.id = e.expenseId"
      + " WHERE x.year IN :years")
  List<Object[]> entriesOfYears(java.util.Collection<Integer> years);

  boolean existsByExpenseIdAndKindAndDocument(UUID expenseId, EntryKind kind, String document);
}
