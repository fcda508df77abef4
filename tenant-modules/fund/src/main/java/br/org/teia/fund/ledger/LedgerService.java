package br.org.teia.fund.ledger;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The fund's execution: commitments and their stages as entries only ever added, checked by
 * {@link ExpenseBalance} under a lock on the expense; revenues per block and month; the balance
 * carried per block; the blocks' positions. Read by the municipality's and the council's people, kept
 * by the fund's manager; every change audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class LedgerService {

  static final String AUDIT_EXPENSE = "fund-expense";
  static final String AUDIT_REVENUE = "fund-revenue";

  private final ExpenseRepository expenses;
  private final LedgerRepository entries;
  private final RevenueRepository revenues;
  private final CatalogueService catalogue;
  private final AuditLog audit;
  private final br.org.teia.fund.partnership.PartnershipService partnerships;
  private final br.org.teia.kernel.indicators.Indicators indicators;
  private final Clock clock;

  LedgerService(ExpenseRepository expenses, LedgerRepository entries, RevenueRepository revenues,
      CatalogueService catalogue, AuditLog audit, br.org.teia.fund.partnership.PartnershipService partnerships,
      br.org.teia.kernel.indicators.Indicators indicators, Clock clock) {
    this.indicators = indicators;
    this.partnerships = partnerships;
    this.expenses = expenses;
    this.entries = entries;
    this.revenues = revenues;
    this.catalogue = catalogue;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Records a commitment (empenho) with its first entry. Refused: a block not in force, a number taken that
   * year, a transfer to a private non-profit institution (application modality 50) without a MROSC term in
   * force with that entity on the commitment's date.
   */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public ExpenseSummary commit(@Valid ExpenseForm form) {
    requireBlock(form.blockCode(), form.year());
    if (form.date().getYear() != form.year()) { // an empenho belongs to the year it is dated in (Lei 4.320/1964, art. 35)
      throw new DomainRefusal("date", "fund.expense.date.other-year", form.year());
    }
    if (toEntity(form.expenseNature()) && !partnerships.transferAllowed(form.creditor(), form.date())) {
      throw new DomainRefusal("creditor", "fund.expense.no-partnership", form.creditor());
    }
    if (expenses.existsByYearAndCommitmentNumber(form.year(), form.commitmentNumber())) {
      throw new DomainRefusal("commitmentNumber", "fund.expense.duplicate", form.commitmentNumber(), form.year());
    }
    Expense expense = expenses.saveAndFlush(Expense.of(form, clock));
    entries.save(LedgerEntry.of(expense.id(), EntryKind.COMMITMENT, form.date(), form.amount(),
        form.commitmentNumber(), clock));
    indicators.changed(br.org.teia.fund.FundModule.NAME); // the comparison's figures move with the ledger
    audit.record(AuditAction.FUND_CHANGE, AUDIT_EXPENSE, expense.id().toString(),
        "COMMITMENT " + form.amount().toPlainString());
    return expense.summary(balance(expense.id()));
  }

  /**
   * Adds a stage or reversal to an expense, checked against where the expense stands (no liquidation
   * beyond the commitment, no payment beyond the liquidation, reversals within limits); the same kind
   * and document twice is refused. An unknown id (or another municipality's) is not found.
   */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public ExpenseSummary record(UUID expenseId, @Valid EntryForm form) {
    Expense expense = expenses.lock(expenseId).orElseThrow(() -> new NotFoundException("fund.expense.not-found"));
    if (entries.existsByExpenseIdAndKindAndDocument(expenseId, form.kind(), form.document())) {
      throw new DomainRefusal("document", "fund.entry.duplicate", form.document());
    }
    if (form.kind() == EntryKind.COMMITMENT && form.date().getYear() != expense.year()) {
      // a reinforcement after the year would grow restos a pagar beyond what was carried over
      throw new DomainRefusal("date", "fund.entry.commitment.other-year", expense.year());
    }
    if (form.kind() == EntryKind.COMMITMENT && toEntity(expense.expenseNature())
        && !partnerships.transferAllowed(expense.creditor(), form.date())) { // a reinforcement is a commitment too
      throw new DomainRefusal("kind", "fund.expense.no-partnership", expense.creditor());
    }
    ExpenseBalance after = balance(expenseId).apply(form.kind(), form.amount());
    entries.saveAndFlush(LedgerEntry.of(expenseId, form.kind(), form.date(), form.amount(), form.document(), clock));
    indicators.changed(br.org.teia.fund.FundModule.NAME); // the comparison's figures move with the ledger
    audit.record(AuditAction.FUND_CHANGE, AUDIT_EXPENSE, expenseId.toString(),
        form.kind() + " " + form.amount().toPlainString() + " doc " + form.document());
    return expense.summary(after);
  }

  @RolesAllowed(FundAccess.READ)
  public ExpenseSummary expense(UUID id) {
    return expenses.findById(id).map(x -> x.summary(balance(id)))
        .orElseThrow(() -> new NotFoundException("fund.expense.not-found"));
  }

  /**
   * A page of the year's expenses whose number, creditor (name or CPF/CNPJ digits) or block holds
   * {@code text} (blank: all), each with where its stages stand.
   */
  @RolesAllowed(FundAccess.READ)
  public Page<ExpenseSummary> expenses(int year, String text, Pageable page) {
    Page<Expense> found = expenses.search(year, pattern(text), page);
    Map<UUID, Map<EntryKind, BigDecimal>> sums = new HashMap<>();
    if (found.hasContent()) {
      for (Object[] row : entries.sumsByExpenses(found.map(Expense::id).getContent())) {
        sums.computeIfAbsent((UUID) row[0], x -> new EnumMap<>(EntryKind.class)).put((EntryKind) row[1], (BigDecimal) row[2]);
      }
    }
    return found.map(x -> x.summary(ExpenseBalance.ofSums(sums.getOrDefault(x.id(), Map.of()))));
  }

  /** The stage totals of all the expenses {@link #expenses} finds (not only one page): the list's footer. */
  @RolesAllowed(FundAccess.READ)
  public ExpenseBalance totals(int year, String text) {
    Map<EntryKind, BigDecimal> sums = new EnumMap<>(EntryKind.class);
    for (Object[] row : entries.sumsBySearch(year, pattern(text))) {
      sums.put((EntryKind) row[0], (BigDecimal) row[1]);
    }
    return ExpenseBalance.ofSums(sums);
  }

  /** An expense's entries, oldest first; an unknown id (or another municipality's) is not found. */
  @RolesAllowed(FundAccess.READ)
  public List<EntryLine> entries(UUID expenseId) {
    if (!expenses.existsById(expenseId)) {
      throw new NotFoundException("fund.expense.not-found");
    }
    return entries.findByExpenseIdOrderByEntryDateAscCreatedAtAsc(expenseId).stream().map(LedgerEntry::line).toList();
  }

  private static String pattern(String text) {
    return text == null || text.isBlank() ? "" : "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
  }

  /** Records a resource received; the same document for the block and source twice in a year is refused. */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public void receive(@Valid RevenueForm form) {
    requireBlock(form.blockCode(), form.year());
    if (revenues.existsByYearAndBlockCodeAndSourceCodeAndDocument(form.year(), form.blockCode(), form.sourceCode(),
        form.document())) {
      throw new DomainRefusal("document", "fund.revenue.duplicate", form.document());
    }
    Revenue revenue = revenues.saveAndFlush(Revenue.of(form, clock));
    indicators.changed(br.org.teia.fund.FundModule.NAME); // the comparison's figures move with the ledger
    audit.record(AuditAction.FUND_CHANGE, AUDIT_REVENUE, revenue.id().toString(),
        form.blockCode() + " " + form.amount().toPlainString());
  }

  /**
   * A page of the year's revenues and reversals, of one block and month when given (null: all), each with
   * where it came from (hand entry or import) and whether a reversal cancelled it.
   */
  @RolesAllowed(FundAccess.READ)
  public Page<RevenueEntry> revenues(int year, String blockCode, Integer month, Pageable page) {
    Page<Revenue> found = revenues.search(year, blank(blockCode), month, page);
    if (!found.hasContent()) {
      return found.map(r -> r.entry(null, false));
    }
    java.util.Set<UUID> reversed = new java.util.HashSet<>(revenues.reversedAmong(found.map(Revenue::id).getContent()));
    List<UUID> cancelled = found.stream().map(Revenue::reversesId).filter(java.util.Objects::nonNull).toList();
    Map<UUID, String> documents = new HashMap<>();
    revenues.findAllById(cancelled).forEach(r -> documents.put(r.id(), r.document()));
    return found.map(r -> r.entry(r.reversesId() == null ? null : documents.get(r.reversesId()), reversed.contains(r.id())));
  }

  /** What the revenues {@link #revenues} finds (all pages) add to their blocks, reversals subtracted: the list's footer. */
  @RolesAllowed(FundAccess.READ)
  public BigDecimal revenueTotal(int year, String blockCode, Integer month) {
    BigDecimal net = revenues.netOf(year, blank(blockCode), month);
    return net == null ? Money.zero() : net.setScale(2);
  }

  /**
   * Reverses a wrong revenue (estorno) by a new entry of the same block, source and amount in the month
   * given, never by editing or deleting it; the block's balance and the reports follow. Refused: a
   * reversal of a reversal, a revenue already reversed, a month before the revenue's, a document already
   * used for the block and source that year. An unknown id (or another municipality's) is not found.
   */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public RevenueEntry reverseRevenue(UUID revenueId, @Valid RevenueReversalForm form) {
    Revenue revenue = revenues.lock(revenueId).orElseThrow(() -> new NotFoundException("fund.revenue.not-found"));
    if (revenue.reversesId() != null) {
      throw new DomainRefusal("document", "fund.revenue.reversal-of-reversal");
    }
    if (revenues.existsByReversesId(revenueId)) {
      throw new DomainRefusal("document", "fund.revenue.already-reversed", revenue.document());
    }
    if (form.month() < revenue.month()) {
      throw new DomainRefusal("month", "fund.revenue.reversal-before");
    }
    if (revenues.existsByYearAndBlockCodeAndSourceCodeAndDocument(revenue.year(), revenue.blockCode(),
        revenue.sourceCode(), form.document())) {
      throw new DomainRefusal("document", "fund.revenue.duplicate", form.document());
    }
    Revenue reversal = revenues.saveAndFlush(revenue.reversal(form, clock));
    indicators.changed(br.org.teia.fund.FundModule.NAME); // the comparison's figures move with the ledger
    audit.record(AuditAction.FUND_CHANGE, AUDIT_REVENUE, revenueId.toString(),
        "reversed by " + reversal.id() + " " + revenue.amount().toPlainString() + " doc " + form.document());
    return reversal.entry(revenue.document(), false);
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** Sets the balance a block carried into a year (saldo reprogramado): zero or more, at most 2 decimals. */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public void reprogram(@Valid ReprogramForm form) {
    requireBlock(form.blockCode(), form.year());
    BigDecimal value = form.amount().signum() == 0 ? Money.zero() : Money.positive(form.amount());
    revenues.setReprogrammed(form.year(), form.blockCode(), value);
    indicators.changed(br.org.teia.fund.FundModule.NAME); // the comparison's figures move with the ledger
    audit.record(AuditAction.FUND_CHANGE, AUDIT_REVENUE, form.blockCode() + "/" + form.year(),
        "reprogrammed " + value.toPlainString());
  }

  /** {@link #blockBalances} for the fund's public page (no login): money per block, nobody's data. */
  @jakarta.annotation.security.PermitAll
  public List<BlockBalance> publicBlockBalances(int year) {
    return balances(year, catalogue.publicBlocks(year));
  }

  /**
   * What the fund committed, liquidated and paid in the year to each private non-profit institution
   * (application modality 50), for the public page: entities are legal persons; a creditor document that
   * is not a CNPJ is never shown.
   */
  @jakarta.annotation.security.PermitAll
  public List<EntityTransfer> publicEntityTransfers(int year) {
    Map<List<String>, Map<EntryKind, BigDecimal>> sums = new java.util.TreeMap<>(
        java.util.Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
    for (Object[] row : entries.sumsToEntities(year)) {
      String document = (String) row[1];
      String cnpj = document != null && document.replaceAll("\\D", "").length() == 14 ? document.replaceAll("\\D", "") : "";
      sums.computeIfAbsent(List.of((String) row[0], cnpj), k -> new EnumMap<>(EntryKind.class))
          .merge((EntryKind) row[2], (BigDecimal) row[3], BigDecimal::add);
    }
    return sums.entrySet().stream().map(e -> {
      ExpenseBalance stages = ExpenseBalance.ofSums(e.getValue());
      return new EntityTransfer(e.getKey().get(0), e.getKey().get(1).isEmpty() ? null : e.getKey().get(1),
          stages.committed(), stages.liquidated(), stages.paid());
    }).toList();
  }

  /** Every block of the year's catalogue with its position (zeros where nothing happened). */
  @RolesAllowed(FundAccess.READ)
  public List<BlockBalance> blockBalances(int year) {
    return balances(year, catalogue.blocks(year));
  }

  private List<BlockBalance> balances(int year, List<FinancingBlock> blocks) {
    java.time.LocalDate end = java.time.LocalDate.of(year, 12, 31);
    Map<String, BigDecimal> reprogrammed = byBlock(revenues.reprogrammedByBlock(year));
    Map<String, BigDecimal> received = byBlock(revenues.receivedByBlock(year));
    Map<String, ExpenseBalance> executed = stagesByBlock(entries.sumsByBlockAndKind(year, end));
    Map<String, ExpenseBalance> carried = earlierYearsStages(year, java.time.LocalDate.of(year, 1, 1), end);
    return blocks.stream().map(FinancingBlock::code).map(code -> {
      ExpenseBalance stages = executed.getOrDefault(code, ExpenseBalance.NOTHING);
      return new BlockBalance(code, reprogrammed.getOrDefault(code, Money.zero()),
          received.getOrDefault(code, Money.zero()), stages.committed(), stages.liquidated(), stages.paid(),
          carried.getOrDefault(code, ExpenseBalance.NOTHING).paid());
    }).toList();
  }

  /**
   * What earlier years' commitments (restos a pagar) did per block between {@code from} and {@code to} of
   * {@code year}: a negative {@code committed} is what was cancelled, {@code paid} the restos a pagar paid.
   * From the first day ever to the last day of the year before, it is what was carried into the year.
   */
  @RolesAllowed(FundAccess.READ)
  public Map<String, ExpenseBalance> earlierYearsStages(int year, java.time.LocalDate from, java.time.LocalDate to) {
    return stagesByBlock(entries.sumsOfEarlierYearsBetween(year, from, to));
  }

  /** Where the year's expenses stand per block and expense nature: block -> nature -> stages. */
  @RolesAllowed(FundAccess.READ)
  public Map<String, Map<String, ExpenseBalance>> stagesByBlockAndNature(int year) {
    Map<String, Map<String, Map<EntryKind, BigDecimal>>> sums = new HashMap<>();
    for (Object[] row : entries.sumsByBlockNatureAndKind(year, java.time.LocalDate.of(year, 12, 31))) {
      sums.computeIfAbsent((String) row[0], b -> new HashMap<>())
          .computeIfAbsent((String) row[1], n -> new EnumMap<>(EntryKind.class)).put((EntryKind) row[2], (BigDecimal) row[3]);
    }
    Map<String, Map<String, ExpenseBalance>> stages = new HashMap<>();
    sums.forEach((block, natures) -> natures.forEach((nature, kinds) -> stages
        .computeIfAbsent(block, b -> new java.util.TreeMap<>()).put(nature, ExpenseBalance.ofSums(kinds))));
    return stages;
  }

  /**
   * Every block's movement in the months {@code fromMonth}..{@code toMonth} of {@code year}: what
   * it held when the period began (in {@code reprogrammed}: the carried balance plus what was received
   * before, less what was paid before), what it received in the months, and the stages of the year's
   * expenses dated in them. Its {@code available()} is the balance at the period's end. The months
   * 1..12 give the year's {@link #blockBalances}; restos a pagar paid in the months are in {@code carriedPaid}.
   */
  @RolesAllowed(FundAccess.READ)
  public List<BlockBalance> periodBalances(int year, int fromMonth, int toMonth) {
    java.time.LocalDate start = java.time.LocalDate.of(year, fromMonth, 1);
    java.time.LocalDate end = java.time.LocalDate.of(year, toMonth, 1).plusMonths(1).minusDays(1);
    Map<String, BigDecimal> reprogrammed = byBlock(revenues.reprogrammedByBlock(year));
    Map<String, BigDecimal> receivedBefore = byBlock(revenues.receivedByBlockBetween(year, 1, fromMonth - 1));
    Map<String, BigDecimal> received = byBlock(revenues.receivedByBlockBetween(year, fromMonth, toMonth));
    Map<String, ExpenseBalance> before = stagesByBlock(entries.sumsByBlockAndKindBetween(year,
        java.time.LocalDate.of(year, 1, 1), start.minusDays(1)));
    Map<String, ExpenseBalance> during = stagesByBlock(entries.sumsByBlockAndKindBetween(year, start, end));
    Map<String, ExpenseBalance> carriedBefore = earlierYearsStages(year, java.time.LocalDate.of(year, 1, 1), start.minusDays(1));
    Map<String, ExpenseBalance> carriedDuring = earlierYearsStages(year, start, end);
    return catalogue.blocks(year).stream().map(FinancingBlock::code).map(code -> {
      BigDecimal opening = reprogrammed.getOrDefault(code, Money.zero()).add(receivedBefore.getOrDefault(code, Money.zero()))
          .subtract(before.getOrDefault(code, ExpenseBalance.NOTHING).paid())
          .subtract(carriedBefore.getOrDefault(code, ExpenseBalance.NOTHING).paid());
      ExpenseBalance stages = during.getOrDefault(code, ExpenseBalance.NOTHING);
      return new BlockBalance(code, opening, received.getOrDefault(code, Money.zero()), stages.committed(),
          stages.liquidated(), stages.paid(), carriedDuring.getOrDefault(code, ExpenseBalance.NOTHING).paid());
    }).toList();
  }

  private static Map<String, ExpenseBalance> stagesByBlock(List<Object[]> rows) {
    Map<String, Map<EntryKind, BigDecimal>> sums = new HashMap<>();
    for (Object[] row : rows) {
      sums.computeIfAbsent((String) row[0], b -> new EnumMap<>(EntryKind.class)).put((EntryKind) row[1], (BigDecimal) row[2]);
    }
    Map<String, ExpenseBalance> stages = new HashMap<>();
    sums.forEach((block, kinds) -> stages.put(block, ExpenseBalance.ofSums(kinds)));
    return stages;
  }

  /** Application modality 50: transfers to private non-profit institutions (e.g. 3.3.50.43 subvenções sociais). */
  static boolean toEntity(String expenseNature) {
    return expenseNature != null && expenseNature.matches("\\d\\.\\d\\.50\\.\\d{2}");
  }

  private ExpenseBalance balance(UUID expenseId) {
    Map<EntryKind, BigDecimal> sums = new EnumMap<>(EntryKind.class);
    for (Object[] row : entries.sumsByKind(expenseId)) {
      sums.put((EntryKind) row[0], (BigDecimal) row[1]);
    }
    return ExpenseBalance.ofSums(sums);
  }

  private void requireBlock(String code, int year) {
    if (catalogue.block(code, year).isEmpty()) {
      throw new DomainRefusal("blockCode", "fund.budget.block.unknown", code, year);
    }
  }

  private static Map<String, BigDecimal> byBlock(List<Object[]> rows) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (Object[] row : rows) {
      sums.put((String) row[0], ((BigDecimal) row[1]).setScale(2));
    }
    return sums;
  }
}
