package br.org.teia.fund.ledger;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerRepository extends JpaRepository<LedgerEntry, UUID> {

  /** An expense's amounts by stage kind, reversals apart: the ledger summed, not replayed. */
  @Query("SELECT e.kind, sum(e.amount) FROM LedgerEntry e WHERE e.expenseId = :expenseId GROUP BY e.kind")
  List<Object[]> sumsByKind(UUID expenseId);

  /**
   * The year's amounts by block and stage kind, of entries dated up to {@code end} (the year's last day):
   * what a restos a pagar stage of the next year does is not the year's, so a closed year's figures stay put.
   */
  @Query("SELECT x.blockCode, e.kind, sum(e.amount) FROM LedgerEntry e JOIN Expense x ON x.id = e.expenseId"
      + " WHERE x.year = :year AND e.entryDate <= :end GROUP BY x.blockCode, e.kind")
  List<Object[]> sumsByBlockAndKind(int year, java.time.LocalDate end);

  /**
   * The amounts by block and stage kind of earlier years' expenses (restos a pagar) dated from {@code from}
   * to {@code to}: their payments in a year are the year's restos a pagar pagos.
   */
  @Query("SELECT x.blockCode, e.kind, sum(e.amount) FROM LedgerEntry e JOIN Expense x ON x.id = e.expenseId"
      + " WHERE x.year < :year AND e.entryDate BETWEEN :from AND :to GROUP BY x.blockCode, e.kind")
  List<Object[]> sumsOfEarlierYearsBetween(int year, java.time.LocalDate from, java.time.LocalDate to);

  /** The amounts by block and stage kind of the year's expenses' entries dated from {@code from} to {@code to}. */
  @Query("SELECT x.blockCode, e.kind, sum(e.amount) FROM LedgerEntry e JOIN Expense x ON x.id = e.expenseId"
      + " WHERE x.year = :year AND e.entryDate BETWEEN :from AND :to GROUP BY x.blockCode, e.kind")
  List<Object[]> sumsByBlockAndKindBetween(int year, java.time.LocalDate from, java.time.LocalDate to);

  /**
   * The year's amounts to private non-profit institutions (application modality 50 of the expense nature,
   * e.g. 3.3.50.43 subvenções sociais: what the fund transfers to entities) by creditor and stage kind.
   */
  @Query("SELECT x.creditor, x.creditorDocument, e.kind, sum(e.amount) FROM LedgerEntry e JOIN Expense x ON x.id = e.expenseId"
      + " WHERE x.year = :year AND x.expenseNature LIKE '_._.50.%' GROUP BY x.creditor, x.creditorDocument, e.kind")
  List<Object[]> sumsToEntities(int year);

  /** The year's amounts by block, expense nature and stage kind, dated up to {@code end} (the SUAS controls look at natures). */
  @Query("SELECT x.blockCode, x.expenseNature, e.kind, sum(e.amount) FROM LedgerEntry e JOIN Expense x ON x.id = e.expenseId"
      + " WHERE x.year = :year AND e.entryDate <= :end GROUP BY x.blockCode, x.expenseNature, e.kind")
  List<Object[]> sumsByBlockNatureAndKind(int year, java.time.LocalDate end);

  /** Every entry of the years' expenses, as (expense id, kind, document, amount): what an import checks against. */
  @Query("SELECT e.expenseId, e.kind, e.document, e.amount FROM LedgerEntry e JOIN Expense x ON x.id = e.expenseId"
      + " WHERE x.year IN :years")
  List<Object[]> entriesOfYears(java.util.Collection<Integer> years);

  /** The amounts by expense and kind of the expenses {@code ids} (a page of a list). */
  @Query("SELECT e.expenseId, e.kind, sum(e.amount) FROM LedgerEntry e WHERE e.expenseId IN :ids GROUP BY e.expenseId, e.kind")
  List<Object[]> sumsByExpenses(java.util.Collection<UUID> ids);

  /** The amounts by kind of the year's expenses a search finds (the list's totals). */
  @Query("SELECT e.kind, sum(e.amount) FROM LedgerEntry e WHERE e.expenseId IN (SELECT x.id" + ExpenseRepository.SEARCH
      + ") GROUP BY e.kind")
  List<Object[]> sumsBySearch(int year, String text);

  List<LedgerEntry> findByExpenseIdOrderByEntryDateAscCreatedAtAsc(UUID expenseId);

  boolean existsByExpenseIdAndKindAndDocument(UUID expenseId, EntryKind kind, String document);
}
