package br.org.teia.fund.indicators;

import br.org.teia.fund.FundModule;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.fund.catalogue.Sphere;
import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.partnership.PartnershipService;
import br.org.teia.fund.partnership.PartnershipSummary;
import br.org.teia.fund.statement.StatementService;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorFigure;
import br.org.teia.kernel.indicators.IndicatorSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The fund's aggregate-only figures for the association's comparison, for the current fiscal year: the
 * execution rate of each federal block (paid over carried + received, in centavos, so across towns it
 * weighs by money), the reprogrammed balance's share of what the fund could spend, the municipality's
 * own resources' share of what it received, the partnerships in force, and whether last year's
 * demonstrativo was appreciated by the council on time. Money and counts of acts, never a person.
 */
@Component
class FundIndicators implements IndicatorSource {

  /** The federal blocks of Portaria MDS 113/2015 whose execution rate is compared. */
  static final List<String> FEDERAL = List.of("PSB", "PSE", "GSUAS", "GPBF");
  static final String REPROGRAMMED_SHARE = "fund.reprogrammed_share";
  static final String OWN_RESOURCE_SHARE = "fund.own_resource_share";
  static final String PARTNERSHIPS_IN_FORCE = "fund.partnerships_in_force";
  static final String STATEMENT_ON_TIME = "fund.statement_appreciated_on_time";

  private final LedgerService ledger;
  private final CatalogueService catalogue;
  private final PartnershipService partnerships;
  private final StatementService statements;
  private final Clock clock;

  FundIndicators(LedgerService ledger, CatalogueService catalogue, PartnershipService partnerships,
      StatementService statements, Clock clock) {
    this.ledger = ledger;
    this.catalogue = catalogue;
    this.partnerships = partnerships;
    this.statements = statements;
    this.clock = clock;
  }

  static String executionRate(String block) {
    return "fund.execution_rate." + block.toLowerCase(Locale.ROOT);
  }

  @Override
  public String module() {
    return FundModule.NAME;
  }

  @Override
  public List<IndicatorDefinition> definitions() {
    List<IndicatorDefinition> definitions = new ArrayList<>();
    FEDERAL.forEach(block -> definitions.add(IndicatorDefinition.rate(executionRate(block))));
    definitions.add(IndicatorDefinition.rate(REPROGRAMMED_SHARE));
    definitions.add(IndicatorDefinition.rate(OWN_RESOURCE_SHARE));
    definitions.add(IndicatorDefinition.count(PARTNERSHIPS_IN_FORCE));
    definitions.add(IndicatorDefinition.flag(STATEMENT_ON_TIME));
    return definitions;
  }

  @Override
  public List<IndicatorFigure> compute() {
    int year = LocalDate.now(clock).getYear();
    List<BlockBalance> balances = ledger.publicBlockBalances(year);
    List<IndicatorFigure> figures = new ArrayList<>();
    for (String block : FEDERAL) {
      BlockBalance b = balances.stream().filter(x -> x.blockCode().equals(block)).findFirst().orElse(null);
      long base = b == null ? 0 : cents(b.reprogrammed().add(b.received()));
      long paid = b == null ? 0 : cents(b.paid()); // a block that overspent counts as all spent
      figures.add(share(executionRate(block), paid, base));
    }
    long reprogrammed = sum(balances, BlockBalance::reprogrammed);
    long received = sum(balances, BlockBalance::received);
    figures.add(share(REPROGRAMMED_SHARE, reprogrammed, reprogrammed + received));
    Set<String> own = catalogue.publicBlocks(year).stream().filter(f -> f.sphere() == Sphere.MUNICIPAL)
        .map(FinancingBlock::code).collect(Collectors.toSet());
    figures.add(share(OWN_RESOURCE_SHARE,
        sum(balances.stream().filter(x -> own.contains(x.blockCode())).toList(), BlockBalance::received), received));
    figures.add(IndicatorFigure.count(PARTNERSHIPS_IN_FORCE,
        partnerships.publicPartnerships().stream().filter(PartnershipSummary::inForce).count()));
    figures.add(IndicatorFigure.flag(STATEMENT_ON_TIME, statements.appreciatedOnTime(year - 1)));
    return figures;
  }

  /** A share kept within 0..base whatever reversals did to the sums (a rate never exceeds its base). */
  private static IndicatorFigure share(String code, long part, long base) {
    long denominator = Math.max(base, 0);
    return IndicatorFigure.rate(code, Math.min(Math.max(part, 0), denominator), denominator);
  }

  private static long sum(List<BlockBalance> balances, Function<BlockBalance, BigDecimal> amount) {
    return balances.stream().map(amount).mapToLong(FundIndicators::cents).sum();
  }

  private static long cents(BigDecimal amount) {
    return amount.movePointRight(2).longValueExact();
  }
}
