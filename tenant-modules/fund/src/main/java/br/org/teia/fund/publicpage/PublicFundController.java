package br.org.teia.fund.publicpage;

import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.EntityTransfer;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.Money;
import br.org.teia.fund.partnership.PartnershipService;
import br.org.teia.fund.partnership.PartnershipSummary;
import br.org.teia.fund.registry.FundService;
import br.org.teia.fund.registry.FundSummary;
import br.org.teia.fund.statement.StatementService;
import br.org.teia.fund.statement.StatementSummary;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.Tenants;
import br.org.teia.kernel.web.PublicPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The fund's transparency page, without login: {@code /publico/{ibge}/fundo} ({@code ?ano=} a year) and
 * its CSV ({@code /publico/{ibge}/fundo/execucao.csv?ano=}). Server-rendered HTML without a session or
 * JavaScript (ADR 0019), cacheable, its ETag derived from the facts it shows, like the council's page.
 * It enters the scope of the municipality in the address only to call the services' public reads
 * ({@code @PermitAll}): the fund's name, CNPJ and law; money per financing block (carried, received,
 * committed, liquidated, paid, balance); what was transferred to each entity (legal persons only, by
 * CNPJ); the council's published opinions on the annual demonstrativo. Nobody's personal data.
 */
@Controller
class PublicFundController {

  static final String ROUTE = "/publico/{ibge}/fundo";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** The first year the page offers: the blocks of Portaria MDS 113/2015. */
  static final int FIRST_YEAR = 2016;

  private final Tenants tenants;
  private final TenantCatalog catalog;
  private final FundService funds;
  private final LedgerService ledger;
  private final CatalogueService catalogue;
  private final StatementService statements;
  private final PartnershipService partnerships;
  private final Messages messages;
  private final Clock clock;

  PublicFundController(Tenants tenants, TenantCatalog catalog, FundService funds, LedgerService ledger,
      CatalogueService catalogue, StatementService statements, PartnershipService partnerships, Messages messages,
      Clock clock) {
    this.partnerships = partnerships;
    this.tenants = tenants;
    this.catalog = catalog;
    this.funds = funds;
    this.ledger = ledger;
    this.catalogue = catalogue;
    this.statements = statements;
    this.messages = messages;
    this.clock = clock;
  }

  /** What the page shows, read once in the municipality's scope. */
  private record Facts(Optional<FundSummary> fund, List<BlockRow> blocks, List<EntityTransfer> transfers,
      List<StatementSummary> opinions, List<PartnershipSummary> partnerships) {}

  /** A block's line as the page and the CSV show it. */
  record BlockRow(String code, String name, BigDecimal reprogrammed, BigDecimal received, BigDecimal committed,
      BigDecimal liquidated, BigDecimal paid, BigDecimal balance) {}

  /** A line of a table: its cells, already as text. */
  record Row(List<String> cells) {}

  @GetMapping(ROUTE)
  String fund(@PathVariable String ibge, @RequestParam(name = "ano", required = false) String yearParam,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Locale locale = PublicPages.locale(request);
    Optional<Tenant> tenant = municipality(ibge);
    if (tenant.isEmpty()) {
      return notFound(response, model, locale);
    }
    int year = year(yearParam);
    Facts facts = facts(tenant.get().id(), year);
    String municipality = tenant.get().name() + " (" + tenant.get().uf() + ")";
    if (PublicPages.notModified(request, response, PublicPages.etag(locale, municipality, year, facts))) {
      return null;
    }
    String base = "/publico/" + tenant.get().id().ibgeCode() + "/fundo";
    model.addAttribute("lang", PublicPages.lang(locale));
    model.addAttribute("title", messages.get(locale, "fund.public.title", municipality));
    model.addAttribute("registry", facts.fund().map(f -> f.lawNumber() == null || f.lawDate() == null
        ? messages.get(locale, "fund.public.registry", f.name(), f.formattedCnpj())
        : messages.get(locale, "fund.public.registry-law", f.name(), f.formattedCnpj(), f.lawNumber(),
            f.lawDate().format(DATE))).orElse(messages.get(locale, "fund.public.no-registry")));
    model.addAttribute("year", year);
    model.addAttribute("years", IntStream.rangeClosed(FIRST_YEAR, LocalDate.now(clock).getYear()).boxed()
        .sorted((a, b) -> b - a).toList());
    model.addAttribute("base", base);
    model.addAttribute("csv", base + "/execucao.csv?ano=" + year);
    model.addAttribute("csvLabel", messages.get(locale, "fund.public.csv", year));
    BlockRow total = total(facts.blocks());
    model.addAttribute("summary", messages.get(locale, "fund.public.summary", year, Money.format(total.reprogrammed()),
        Money.format(total.received()), Money.format(total.committed()), Money.format(total.paid()),
        Money.format(total.balance())));
    model.addAttribute("blocksCaption", messages.get(locale, "fund.public.blocks", year));
    model.addAttribute("blocks", facts.blocks().stream().map(PublicFundController::cells).toList());
    model.addAttribute("total", cells(total).cells().subList(1, 7));
    model.addAttribute("transfersCaption", messages.get(locale, "fund.public.transfers", year));
    model.addAttribute("noTransfers", messages.get(locale, "fund.public.no-transfers", year));
    model.addAttribute("transfers", facts.transfers().stream().map(t -> new Row(List.of(t.name(),
        t.cnpj() == null ? "—" : cnpj(t.cnpj()), Money.format(t.committed()), Money.format(t.paid())))).toList());
    model.addAttribute("partnerships", facts.partnerships().stream().map(p -> new Row(List.of(p.number(),
        messages.get(locale, "fund.partnership.kind." + p.kind().name()), p.entityName() + " (" + cnpj(p.entityCnpj()) + ")",
        p.object(), messages.get(locale, "fund.public.partnership.period-value", p.startsOn().format(DATE),
            p.endsOn().format(DATE)), Money.format(p.total()),
        messages.get(locale, p.overdue() ? "fund.public.partnership.overdue" : "fund.public.partnership.on-time"))))
        .toList());
    model.addAttribute("opinions", facts.opinions().stream().map(o -> new Row(List.of(
        messages.get(locale, "fund.public.opinion", o.year(), messages.get(locale,
            Boolean.TRUE.equals(o.approved()) ? "fund.statement.approved" : "fund.statement.rejected"), o.council(),
            o.resolutionNumber(), o.appreciatedOn().format(DATE)),
        o.opinion() == null ? "" : o.opinion()))).toList());
    return "fund/public-fund";
  }

  /** The year's execution per block as CSV: the same figures as the page, as a spreadsheet reads them. */
  @GetMapping(ROUTE + "/execucao.csv")
  Object csv(@PathVariable String ibge, @RequestParam(name = "ano", required = false) String yearParam,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    Locale locale = PublicPages.locale(request);
    Optional<Tenant> tenant = municipality(ibge);
    if (tenant.isEmpty()) {
      return notFound(response, model, locale);
    }
    int year = year(yearParam);
    Facts facts = facts(tenant.get().id(), year);
    if (PublicPages.notModified(request, response, PublicPages.etag("csv", year, facts.blocks()))) {
      return null;
    }
    List<BlockRow> rows = new java.util.ArrayList<>(facts.blocks());
    rows.add(total(facts.blocks()));
    byte[] csv = Spreadsheet.<BlockRow>translated(messages, locale)
        .column("fund.public.csv.year", r -> year)
        .column("fund.expense.block", r -> r.code() == null ? messages.get(locale, "fund.balance.total") : r.code())
        .column("fund.public.block-name", BlockRow::name)
        .column("fund.balance.reprogrammed", BlockRow::reprogrammed)
        .column("fund.balance.received", BlockRow::received)
        .column("fund.ledger.committed", BlockRow::committed)
        .column("fund.ledger.liquidated", BlockRow::liquidated)
        .column("fund.ledger.paid", BlockRow::paid)
        .column("fund.report.closing", BlockRow::balance)
        .build().csv(rows);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(Spreadsheet.CSV_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("fmas-" + tenant.get().id().ibgeCode() + "-" + year + ".csv", StandardCharsets.UTF_8).build().toString())
        .body(csv);
  }

  private Facts facts(TenantId tenant, int year) {
    try (var scope = tenants.enter(tenant)) {
      Map<String, String> names = catalogue.publicBlocks(year).stream()
          .collect(Collectors.toMap(FinancingBlock::code, FinancingBlock::name));
      List<BlockRow> blocks = ledger.publicBlockBalances(year).stream().map(b -> row(b, names)).toList();
      return new Facts(funds.publicFind(), blocks, ledger.publicEntityTransfers(year), statements.publicOpinions(),
          partnerships.publicPartnerships());
    }
  }

  private static BlockRow row(BlockBalance b, Map<String, String> names) {
    return new BlockRow(b.blockCode(), names.getOrDefault(b.blockCode(), b.blockCode()), b.reprogrammed(), b.received(),
        b.committed(), b.liquidated(), b.outflow(), b.available()); // paid from the account: restos a pagar too
  }

  private static BlockRow total(List<BlockRow> blocks) {
    return new BlockRow(null, null, sum(blocks, BlockRow::reprogrammed), sum(blocks, BlockRow::received),
        sum(blocks, BlockRow::committed), sum(blocks, BlockRow::liquidated), sum(blocks, BlockRow::paid),
        sum(blocks, BlockRow::balance));
  }

  private static BigDecimal sum(List<BlockRow> rows, Function<BlockRow, BigDecimal> amount) {
    return rows.stream().map(amount).reduce(Money.zero(), BigDecimal::add);
  }

  private static Row cells(BlockRow b) {
    return new Row(List.of(b.name() == null ? "" : b.name(), Money.format(b.reprogrammed()), Money.format(b.received()),
        Money.format(b.committed()), Money.format(b.liquidated()), Money.format(b.paid()), Money.format(b.balance())));
  }

  private static String cnpj(String digits) {
    return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 8) + "/"
        + digits.substring(8, 12) + "-" + digits.substring(12);
  }

  /** The year asked for; anything else (missing, not a number, out of range) is the current year. */
  private int year(String param) {
    int now = LocalDate.now(clock).getYear();
    try {
      int year = param == null ? now : Integer.parseInt(param.strip());
      return year < FIRST_YEAR || year > now ? now : year;
    } catch (NumberFormatException e) {
      return now;
    }
  }

  private String notFound(HttpServletResponse response, Model model, Locale locale) {
    return PublicPages.notFound(response, model, locale, messages.get(locale, "fund.public.title-generic"),
        messages.get(locale, "fund.public.not-found"));
  }

  private Optional<Tenant> municipality(String ibge) {
    try {
      return catalog.find(TenantId.of(ibge)).filter(Tenant::isActive);
    } catch (TeiaException e) {
      return Optional.empty();
    }
  }
}
