package br.org.teia.fund.reports;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.ExpenseBalance;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.Money;
import br.org.teia.fund.registry.FundService;
import br.org.teia.fund.registry.FundSummary;
import br.org.teia.kernel.DomainRefusal;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund's execution reports, computed from the ledger as it stands (never stored, so they always
 * equal the entries): per block what it held at the start, received, committed, liquidated, paid and
 * held at the end. Quarterly synthetic: a line per block, movements dated in the quarter. Annual
 * analytic: each block of the year followed by its expense natures.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

  private final LedgerService ledger;
  private final CatalogueService catalogue;
  private final FundService funds;

  ReportService(LedgerService ledger, CatalogueService catalogue, FundService funds) {
    this.ledger = ledger;
    this.catalogue = catalogue;
    this.funds = funds;
  }

  /** The quarterly synthetic report; a quarter outside 1..4 is refused. */
  @RolesAllowed(FundAccess.READ)
  public ExecutionReport quarterly(int year, int quarter) {
    if (quarter < 1 || quarter > 4) {
      throw new DomainRefusal("quarter", "fund.report.quarter.invalid");
    }
    Map<String, String> names = names(year);
    List<ReportLine> lines = ledger.periodBalances(year, quarter * 3 - 2, quarter * 3).stream()
        .map(b -> blockLine(b, names)).toList();
    return new ExecutionReport(year, quarter, fundName(), lines, total(lines));
  }

  /** The annual analytic report: each block, then its expense natures. */
  @RolesAllowed(FundAccess.READ)
  public ExecutionReport annual(int year) {
    Map<String, String> names = names(year);
    Map<String, Map<String, ExpenseBalance>> natures = ledger.stagesByBlockAndNature(year);
    List<ReportLine> lines = new ArrayList<>();
    List<ReportLine> blocks = new ArrayList<>();
    for (BlockBalance balance : ledger.blockBalances(year)) {
      ReportLine block = blockLine(balance, names);
      blocks.add(block);
      lines.add(block);
      natures.getOrDefault(balance.blockCode(), Map.of()).forEach((nature, stages) -> lines.add(new ReportLine(
          balance.blockCode(), nature, false, null, null, stages.committed(), stages.liquidated(), stages.paid(), null, null)));
    }
    return new ExecutionReport(year, null, fundName(), lines, total(blocks));
  }

  /**
   * The restos a pagar of {@code year} per block, as they stand at its end (Lei 4.320/1964, art. 36):
   * processados = liquidated − paid, não processados = committed − liquidated; blocks with none left out.
   */
  @RolesAllowed(FundAccess.READ)
  public List<CarriedOver> carriedOver(int year) {
    Map<String, String> names = names(year);
    return ledger.blockBalances(year).stream()
        .map(b -> new CarriedOver(b.blockCode(), names.getOrDefault(b.blockCode(), b.blockCode()),
            b.liquidated().subtract(b.paid()), b.committed().subtract(b.liquidated())))
        .filter(c -> c.total().signum() != 0).toList();
  }

  /**
   * The restos a pagar of earlier years in {@code year} per block: carried into it (committed and not paid
   * by the last day of the year before), paid and cancelled in it, and left; blocks with none left out.
   */
  @RolesAllowed(FundAccess.READ)
  public List<CarriedPayment> carriedPaid(int year) {
    Map<String, String> names = names(year);
    LocalDate start = LocalDate.of(year, 1, 1);
    Map<String, ExpenseBalance> carried = ledger.earlierYearsStages(year, LocalDate.of(2000, 1, 1), start.minusDays(1));
    Map<String, ExpenseBalance> moved = ledger.earlierYearsStages(year, start, LocalDate.of(year, 12, 31));
    return catalogue.blocks(year).stream().map(FinancingBlock::code).map(code -> {
      ExpenseBalance before = carried.getOrDefault(code, ExpenseBalance.NOTHING);
      ExpenseBalance during = moved.getOrDefault(code, ExpenseBalance.NOTHING);
      return new CarriedPayment(code, names.getOrDefault(code, code), before.committed().subtract(before.paid()),
          during.paid(), during.committed().negate());
    }).filter(c -> c.carried().signum() != 0 || c.paid().signum() != 0).toList();
  }

  private Map<String, String> names(int year) {
    return catalogue.blocks(year).stream().collect(Collectors.toMap(FinancingBlock::code, FinancingBlock::name));
  }

  private String fundName() {
    return funds.find().map(FundSummary::name).orElse(null);
  }

  private static ReportLine blockLine(BlockBalance b, Map<String, String> names) {
    return new ReportLine(b.blockCode(), names.getOrDefault(b.blockCode(), b.blockCode()), true, b.reprogrammed(),
        b.received(), b.committed(), b.liquidated(), b.paid(), b.carriedPaid(), b.available());
  }

  private static ReportLine total(List<ReportLine> blocks) {
    return new ReportLine(null, null, true, sum(blocks, ReportLine::opening), sum(blocks, ReportLine::received),
        sum(blocks, ReportLine::committed), sum(blocks, ReportLine::liquidated), sum(blocks, ReportLine::paid),
        sum(blocks, ReportLine::carriedPaid), sum(blocks, ReportLine::balance));
  }

  private static BigDecimal sum(List<ReportLine> lines, Function<ReportLine, BigDecimal> amount) {
    return lines.stream().map(amount).reduce(Money.zero(), BigDecimal::add);
  }
}
