package br.org.teia.fund.statement;

import br.org.teia.council.api.AppreciationSubject;
import br.org.teia.council.api.CouncilAppreciationRequested;
import br.org.teia.fund.FundAccess;
import br.org.teia.fund.FundModule;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.Money;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund's annual demonstrativo: the manager prepares and finalises it after the year closed and
 * sends it to the CMAS ({@link CouncilAppreciationRequested}, which the council records as a proposal
 * for its agenda); the council's opinion comes back through {@link CouncilOpinions}. The council's
 * people read it on the report screen. Every change audited.
 */
@Service
@Transactional(readOnly = true)
public class StatementService {

  /** The council that gives its opinion on the fund's accounts (Lei 8.742/1993, art. 30). */
  public static final String COUNCIL = "CMAS";
  static final String REFERENCE_PREFIX = "demonstrativo-";
  static final String AUDIT_STATEMENT = "fund-annual-statement";
  static final int MAX_NOTES = 4000;

  private final StatementRepository statements;
  private final StatementDeadlineRepository deadlines;
  private final LedgerService ledger;
  private final CatalogueService catalogue;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final br.org.teia.kernel.indicators.Indicators indicators;
  private final Clock clock;

  StatementService(StatementRepository statements, StatementDeadlineRepository deadlines, LedgerService ledger,
      CatalogueService catalogue, ApplicationEventPublisher events, AuditLog audit,
      br.org.teia.kernel.indicators.Indicators indicators, Clock clock) {
    this.indicators = indicators;
    this.statements = statements;
    this.deadlines = deadlines;
    this.ledger = ledger;
    this.catalogue = catalogue;
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  /** The year's demonstrativo: as finalised, or live from the ledger while not finalised. */
  @RolesAllowed(FundAccess.READ)
  public StatementSummary statement(int year) {
    checkYear(year);
    LocalDate today = LocalDate.now(clock);
    Optional<StatementDeadline> deadline = deadlines.findById(year);
    Optional<AnnualStatement> found = statements.findById(year);
    List<StatementLine> live = found.filter(s -> s.status() != StatementStatus.DRAFT).isPresent() ? List.of()
        : lines(year);
    return found.map(s -> s.summary(deadline.orElse(null), live, today))
        .orElseGet(() -> StatementSummary.notPrepared(year, live, deadline.map(StatementDeadline::sendBy).orElse(null),
            deadline.map(StatementDeadline::opinionBy).orElse(null), today));
  }

  /** The council's published opinions on the fund's demonstrativos, newest year first: public, like the resolutions. */
  @jakarta.annotation.security.PermitAll
  public List<StatementSummary> publicOpinions() {
    LocalDate today = LocalDate.now(clock);
    return statements.findAllByStatusOrderByYearDesc(StatementStatus.APPRECIATED).stream()
        .map(s -> s.summary(deadlines.findById(s.year()).orElse(null), List.of(), today)).toList();
  }

  /** Whether the council's opinion on {@code year}'s demonstrativo came by its deadline: for the comparison. */
  @jakarta.annotation.security.PermitAll
  public boolean appreciatedOnTime(int year) {
    return statements.findById(year).filter(s -> s.status() == StatementStatus.APPRECIATED)
        .map(s -> s.summary(deadlines.findById(year).orElse(null), List.of(), LocalDate.now(clock)))
        .map(s -> !s.opinionLate()).orElse(false);
  }

  /** Writes the manager's notes on the year; refused once finalised. */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public StatementSummary prepare(int year, String notes) {
    checkYear(year);
    String text = notes == null || notes.isBlank() ? null : notes.strip();
    if (text != null && text.length() > MAX_NOTES) {
      throw new DomainRefusal("notes", "fund.statement.notes.too-long", MAX_NOTES);
    }
    Optional<AnnualStatement> found = statements.findById(year);
    if (found.isPresent()) {
      found.get().renote(text, clock.instant());
    } else {
      statements.save(AnnualStatement.prepare(year, text, clock.instant()));
    }
    audit.record(AuditAction.FUND_CHANGE, AUDIT_STATEMENT, String.valueOf(year), "prepared");
    statements.flush();
    return statement(year);
  }

  /** Fixes the demonstrativo with the ledger's figures of now; only once the year has closed. */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public StatementSummary finalise(int year) {
    checkYear(year);
    LocalDate today = LocalDate.now(clock);
    if (year >= today.getYear()) {
      throw new DomainRefusal("year", "fund.statement.year-open", year);
    }
    AnnualStatement statement = statements.findById(year)
        .orElseThrow(() -> new DomainRefusal("year", "fund.statement.not-prepared", year));
    statement.finalise(lines(year), today);
    audit.record(AuditAction.FUND_CHANGE, AUDIT_STATEMENT, String.valueOf(year), "finalised");
    statements.flush();
    return statement(year);
  }

  /** Sends the finalised demonstrativo to the CMAS for its opinion; once. */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public StatementSummary send(int year) {
    checkYear(year);
    AnnualStatement statement = statements.findById(year)
        .orElseThrow(() -> new DomainRefusal("year", "fund.statement.not-prepared", year));
    LocalDate today = LocalDate.now(clock);
    statement.sent(COUNCIL, today);
    StatementSummary sent = statement.summary(null, List.of(), today);
    BigDecimal paid = sent.lines().stream().map(l -> l.paid().add(l.carriedPaid())).reduce(Money.zero(), BigDecimal::add);
    BigDecimal received = sent.lines().stream().map(StatementLine::received).reduce(Money.zero(), BigDecimal::add);
    events.publishEvent(new CouncilAppreciationRequested(COUNCIL, FundModule.NAME,
        AppreciationSubject.FUND_ANNUAL_STATEMENT, REFERENCE_PREFIX + year,
        "Demonstrativo anual de execução físico-financeira do FMAS – exercício de " + year,
        "Recebido no exercício: R$ " + Money.format(received) + "; pago: R$ " + Money.format(paid)
            + (sent.notes() == null ? "" : ". Observações do gestor: " + sent.notes()),
        today));
    audit.record(AuditAction.FUND_CHANGE, AUDIT_STATEMENT, String.valueOf(year), "sent to " + COUNCIL);
    statements.flush();
    return statement(year);
  }

  /** The council's opinion on the demonstrativo {@code reference}, when it is one of this fund's. */
  @Transactional
  void appreciated(br.org.teia.council.api.CouncilAppreciationConcluded opinion) {
    if (!opinion.reference().startsWith(REFERENCE_PREFIX)) {
      return;
    }
    int year;
    try {
      year = Integer.parseInt(opinion.reference().substring(REFERENCE_PREFIX.length()));
    } catch (NumberFormatException notOurs) {
      return;
    }
    statements.findById(year).filter(s -> s.status() != StatementStatus.DRAFT).ifPresent(statement -> {
      statement.appreciated(opinion);
      indicators.changed(FundModule.NAME);
      audit.record(AuditAction.FUND_CHANGE, AUDIT_STATEMENT, String.valueOf(year),
          "council opinion, resolution " + opinion.resolutionNumber());
      statements.flush();
    });
  }

  private List<StatementLine> lines(int year) {
    Map<String, String> names = catalogue.blocks(year).stream()
        .collect(Collectors.toMap(FinancingBlock::code, FinancingBlock::name));
    return ledger.blockBalances(year).stream().map(b -> line(b, names)).toList();
  }

  private static StatementLine line(BlockBalance b, Map<String, String> names) {
    return new StatementLine(b.blockCode(), names.getOrDefault(b.blockCode(), b.blockCode()), b.reprogrammed(),
        b.received(), b.committed(), b.liquidated(), b.paid(), b.carriedPaid(), b.available());
  }

  private static void checkYear(int year) {
    if (year < 2000 || year > 2100) {
      throw new DomainRefusal("year", "fund.statement.year-invalid");
    }
  }
}
