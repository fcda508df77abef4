package br.org.teia.fund.ledger;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.fund.partnership.PartnershipService;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.tenancy.Progress;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lines of imported files applied to the ledger as a whole: every line checked before anything is
 * written (the block in force that year, the block of the commitment kept, {@link ExpenseBalance}'s
 * stage rules line after line, a stage and document not twice in the file, hand entry's MROSC rule for
 * commitments to entities), then everything written
 * at once, or nothing when any line was refused. A line whose stage and document (or revenue) is
 * already in the ledger is skipped, so importing a file twice changes nothing.
 *
 * <p>The checks run on what the ledger holds for the file's years, read once, and the new rows are
 * written ten thousand to a statement ({@link Expense#insertAll}), so a file of a hundred thousand
 * lines costs a few queries rather than queries per line. The caller's transaction (the import's)
 * holds the writes.
 */
@Service
@Transactional(readOnly = true)
public class LedgerImports {

  static final String COLUMN_STAGE = "fase";
  static final String COLUMN_AMOUNT = "valor";
  static final String COLUMN_BLOCK = "bloco";
  static final String COLUMN_DOCUMENT = "documento";
  static final String COLUMN_CREDITOR = "credor_nome";
  private static final int REPORT_EVERY = 1000;
  private static final int BATCH = 500;
  private static final int CHUNK = 10_000;

  private final ExpenseRepository expenses;
  private final LedgerRepository entries;
  private final RevenueRepository revenues;
  private final CatalogueService catalogue;
  private final PartnershipService partnerships;
  private final EntityManager entityManager;
  private final Clock clock;

  LedgerImports(ExpenseRepository expenses, LedgerRepository entries, RevenueRepository revenues,
      CatalogueService catalogue, PartnershipService partnerships, EntityManager entityManager, Clock clock) {
    this.partnerships = partnerships;
    this.expenses = expenses;
    this.entries = entries;
    this.revenues = revenues;
    this.catalogue = catalogue;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  /**
   * Applies execution lines in the file's order. A line opens its commitment with an empenho stage
   * (a later empenho of the same number is a reinforcement); every other stage needs its commitment,
   * in the ledger or earlier in the file. {@code progress} hears every thousand lines checked.
   */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public BatchOutcome applyExecution(List<ExecutionLine> lines, Consumer<Progress> progress) {
    Set<Integer> years = lines.stream().map(ExecutionLine::year).collect(Collectors.toCollection(TreeSet::new));
    Map<Integer, Set<String>> blocks = blocksOf(years);
    Map<Commitment, Expense> byNumber = new HashMap<>();
    for (Expense expense : years.isEmpty() ? List.<Expense>of() : expenses.findByYearIn(years)) {
      byNumber.put(new Commitment(expense.year(), expense.commitmentNumber()), expense);
    }
    Map<UUID, Map<EntryKind, BigDecimal>> sums = new HashMap<>();
    Set<EntryKey> present = new HashSet<>();
    for (Object[] row : years.isEmpty() ? List.<Object[]>of() : entries.entriesOfYears(years)) {
      UUID expenseId = (UUID) row[0];
      EntryKind kind = (EntryKind) row[1];
      present.add(new EntryKey(expenseId, kind, (String) row[2]));
      sums.computeIfAbsent(expenseId, x -> new EnumMap<>(EntryKind.class)).merge(kind, (BigDecimal) row[3], BigDecimal::add);
    }
    Map<UUID, ExpenseBalance> balances = new HashMap<>();
    sums.forEach((id, kinds) -> balances.put(id, ExpenseBalance.ofSums(kinds)));
    PartnershipService.TransferRule mrosc = partnerships.transferRule(); // the terms read once for the whole file

    List<LineRefusal> refusals = new ArrayList<>();
    List<Expense> newExpenses = new ArrayList<>();
    List<LedgerEntry> newEntries = new ArrayList<>();
    Map<FileKey, Integer> seenInFile = new HashMap<>();
    int alreadyPresent = 0;
    int done = 0;
    for (ExecutionLine line : lines) {
      if (++done % REPORT_EVERY == 0) {
        progress.accept(new Progress("fund-import", lines.size(), done, refusals.size()));
      }
      Commitment number = new Commitment(line.year(), line.commitmentNumber());
      Integer earlier = seenInFile.putIfAbsent(new FileKey(number, line.kind(), line.document()), line.line());
      if (earlier != null) {
        refusals.add(LineRefusal.of(line.line(), COLUMN_DOCUMENT, "fund.import.line.repeated", earlier));
        continue;
      }
      Expense expense = byNumber.get(number);
      if (expense != null && present.contains(new EntryKey(expense.id(), line.kind(), line.document()))) {
        alreadyPresent++;
        continue;
      }
      if (!blocks.get(line.year()).contains(line.blockCode())) {
        refusals.add(LineRefusal.of(line.line(), COLUMN_BLOCK, "fund.budget.block.unknown", line.blockCode(), String.valueOf(line.year())));
        continue;
      }
      if (line.kind() == EntryKind.COMMITMENT && !mroscHolds(expense, line, mrosc)) {
        String creditor = expense == null ? line.creditorName() : expense.creditor();
        refusals.add(LineRefusal.of(line.line(), COLUMN_CREDITOR, "fund.expense.no-partnership", creditor));
        continue;
      }
      if (expense == null) {
        if (line.kind() != EntryKind.COMMITMENT) {
          refusals.add(LineRefusal.of(line.line(), COLUMN_STAGE, "fund.import.no-commitment", line.commitmentNumber()));
          continue;
        }
        expense = Expense.of(line, clock);
        byNumber.put(number, expense);
        newExpenses.add(expense);
      } else if (!expense.blockCode().equals(line.blockCode())) {
        refusals.add(LineRefusal.of(line.line(), COLUMN_BLOCK, "fund.import.block-changed", line.commitmentNumber(),
            expense.blockCode()));
        continue;
      }
      try {
        balances.put(expense.id(), balances.getOrDefault(expense.id(), ExpenseBalance.NOTHING)
            .apply(line.kind(), line.amount()));
      } catch (DomainRefusal broken) {
        refusals.add(new LineRefusal(line.line(), COLUMN_AMOUNT, broken.messageKey(), List.of(broken.arguments())));
        continue;
      }
      newEntries.add(LedgerEntry.of(expense.id(), line.kind(), line.date(), line.amount(), line.document(), clock));
    }
    progress.accept(new Progress("fund-import", lines.size(), lines.size(), refusals.size()));
    if (!refusals.isEmpty()) {
      return BatchOutcome.refused(refusals);
    }
    // The file's expenses read for the checks leave the session: nothing of them is written, and each
    // native insert below would otherwise flush (dirty-check) them all again.
    entityManager.flush();
    entityManager.clear();
    inChunks(newExpenses, chunk -> Expense.insertAll(entityManager, chunk));
    inChunks(newEntries, chunk -> LedgerEntry.insertAll(entityManager, chunk));
    return new BatchOutcome(newEntries.size(), alreadyPresent, List.of());
  }

  /** Applies revenue lines: each in a block in force that year, not twice in the file; those in the ledger skipped. */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public BatchOutcome applyRevenues(List<RevenueLine> lines) {
    Set<Integer> years = lines.stream().map(RevenueLine::year).collect(Collectors.toCollection(TreeSet::new));
    Map<Integer, Set<String>> blocks = blocksOf(years);
    Set<String> present = new HashSet<>();
    for (Object[] row : years.isEmpty() ? List.<Object[]>of() : revenues.keysOfYears(years)) {
      present.add(row[0] + "|" + row[1] + "|" + row[2] + "|" + row[3]);
    }
    List<LineRefusal> refusals = new ArrayList<>();
    List<Revenue> added = new ArrayList<>();
    Map<String, Integer> seenInFile = new HashMap<>();
    int alreadyPresent = 0;
    for (RevenueLine line : lines) {
      String key = line.year() + "|" + line.blockCode() + "|" + line.sourceCode() + "|" + line.document();
      Integer earlier = seenInFile.putIfAbsent(key, line.line());
      if (earlier != null) {
        refusals.add(LineRefusal.of(line.line(), COLUMN_DOCUMENT, "fund.import.line.repeated", earlier));
      } else if (present.contains(key)) {
        alreadyPresent++;
      } else if (!blocks.get(line.year()).contains(line.blockCode())) {
        refusals.add(LineRefusal.of(line.line(), COLUMN_BLOCK, "fund.budget.block.unknown", line.blockCode(), String.valueOf(line.year())));
      } else {
        added.add(Revenue.of(line, clock));
      }
    }
    if (!refusals.isEmpty()) {
      return BatchOutcome.refused(refusals);
    }
    insert(added);
    return new BatchOutcome(added.size(), alreadyPresent, List.of());
  }

  /**
   * Hand entry's MROSC rule ({@link LedgerService#commit}): a commitment (or reinforcement) of application
   * modality 50 needs a term with money in force with its creditor, by name or CNPJ, on the line's date.
   */
  private static boolean mroscHolds(Expense expense, ExecutionLine line, PartnershipService.TransferRule mrosc) {
    String nature = expense == null ? line.expenseNature() : expense.expenseNature();
    if (!LedgerService.toEntity(nature)) {
      return true;
    }
    return expense == null ? mrosc.allowed(line.creditorName(), line.creditorDocument(), line.date())
        : mrosc.allowed(expense.creditor(), expense.creditorDocument(), line.date());
  }

  private Map<Integer, Set<String>> blocksOf(Set<Integer> years) {
    Map<Integer, Set<String>> blocks = new HashMap<>();
    for (int year : years) {
      blocks.put(year, catalogue.blocks(year).stream().map(FinancingBlock::code).collect(Collectors.toSet()));
    }
    return blocks;
  }

  /** Persists new rows in JDBC batches, flushing as it goes: a large file never holds them all in the session. */
  private void insert(List<?> rows) {
    Session session = entityManager.unwrap(Session.class);
    Integer before = session.getJdbcBatchSize();
    session.setJdbcBatchSize(BATCH);
    try {
      int count = 0;
      for (Object row : rows) {
        entityManager.persist(row);
        if (++count % BATCH == 0) {
          entityManager.flush();
          entityManager.clear();
        }
      }
      entityManager.flush();
      entityManager.clear();
    } finally {
      session.setJdbcBatchSize(before);
    }
  }

  /** Writes {@code rows} a chunk at a time: one statement each, its arrays of a bounded size. */
  private static <T> void inChunks(List<T> rows, Consumer<List<T>> write) {
    for (int from = 0; from < rows.size(); from += CHUNK) {
      write.accept(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
    }
  }

  /** The natural keys an import looks lines up by: a commitment's, a stage's in the file and in the ledger. */
  private record Commitment(int year, String number) {}

  private record FileKey(Commitment commitment, EntryKind kind, String document) {}

  private record EntryKey(UUID expenseId, EntryKind kind, String document) {}
}
