package br.org.teia.fund.partnership;

import br.org.teia.fund.FundAccess;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund's MROSC partnerships (Lei 13.019/2014): signed by the fund's manager with an entity the CMAS
 * inscribed (as the council's event last said), with the work plan, period, total and instalments; the
 * entity's accountabilities (90 days after the end, yearly for long ones, +30 days on request) and the
 * administration's review (150 days), late ones flagged. Read by the fund's readers; every change audited.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipService {

  static final String AUDIT = "fund-partnership";
  static final BigDecimal MAX = new BigDecimal("9999999999999.99");

  private final PartnershipRepository partnerships;
  private final CmasInscriptionRepository inscriptions;
  private final AuditLog audit;
  private final br.org.teia.kernel.indicators.Indicators indicators;
  private final Clock clock;

  PartnershipService(PartnershipRepository partnerships, CmasInscriptionRepository inscriptions, AuditLog audit,
      br.org.teia.kernel.indicators.Indicators indicators, Clock clock) {
    this.indicators = indicators;
    this.partnerships = partnerships;
    this.inscriptions = inscriptions;
    this.audit = audit;
    this.clock = clock;
  }

  @RolesAllowed(FundAccess.READ)
  public List<PartnershipSummary> partnerships() {
    LocalDate today = LocalDate.now(clock);
    return partnerships.findAllByOrderByStartsOnDescNumberAsc().stream().map(p -> p.summary(today)).toList();
  }

  /** Page {@code page} (from 0) of {@link #partnerships()}, {@code size} a page (at most 200). */
  @RolesAllowed(FundAccess.READ)
  public List<PartnershipSummary> partnerships(int page, int size) {
    LocalDate today = LocalDate.now(clock);
    return partnerships.findAllByOrderByStartsOnDescNumberAsc(PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200)))
        .stream().map(p -> p.summary(today)).toList();
  }

  /** How many partnerships {@link #partnerships()} lists. */
  @RolesAllowed(FundAccess.READ)
  public int countPartnerships() {
    return (int) partnerships.count();
  }

  /** One partnership; an id of none here (another municipality's) is not found. */
  @RolesAllowed(FundAccess.READ)
  public PartnershipSummary partnership(UUID id) {
    return find(id).summary(LocalDate.now(clock));
  }

  /** The partnerships for the fund's public page (no login): public acts with legal persons. */
  @PermitAll
  public List<PartnershipSummary> publicPartnerships() {
    LocalDate today = LocalDate.now(clock);
    return partnerships.findAllByOrderByStartsOnDescNumberAsc().stream().map(p -> p.summary(today)).toList();
  }

  /** Whether a term with money (colaboração or fomento) with the entity named {@code creditor} is in force on {@code on}. */
  @RolesAllowed(FundAccess.READ)
  public boolean transferAllowed(String creditor, LocalDate on) {
    return creditor != null && on != null
        && partnerships.findAll().stream().anyMatch(p -> p.inForceFor(creditor, on));
  }

  /**
   * {@link #transferAllowed}'s rule over the partnerships read once, for a file of many lines: whether a term
   * with money is in force on a date with the creditor named (or whose CNPJ is) the one given.
   */
  @RolesAllowed(FundAccess.READ)
  public TransferRule transferRule() {
    List<Partnership> all = partnerships.findAll();
    return (creditor, creditorDocument, on) -> on != null && (creditor != null || creditorDocument != null)
        && all.stream().anyMatch(p -> p.inForceFor(creditor, creditorDocument, on));
  }

  /** Whether the fund may commit money to a creditor on a date (MROSC, Lei 13.019/2014). */
  @FunctionalInterface
  public interface TransferRule {
    boolean allowed(String creditor, String creditorDocument, java.time.LocalDate on);
  }

  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public PartnershipSummary sign(PartnershipForm form) {
    check(form);
    if (partnerships.existsByNumber(form.number())) {
      throw new DomainRefusal("number", "fund.partnership.number-taken", form.number());
    }
    if (!inscriptions.findById(form.entityCnpj()).map(CmasInscription::inscribed).orElse(false)) {
      throw new DomainRefusal("entityCnpj", "fund.partnership.not-inscribed");
    }
    Partnership signed = partnerships.saveAndFlush(Partnership.sign(form, clock.instant()));
    indicators.changed(br.org.teia.fund.FundModule.NAME);
    audit.record(AuditAction.FUND_CHANGE, AUDIT, signed.id().toString(), "signed " + form.kind() + " " + form.number());
    return signed.summary(LocalDate.now(clock));
  }

  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public PartnershipSummary extend(UUID id, int position) {
    Partnership p = find(id);
    p.extend(position);
    return saved(p, "accountability " + position + " extended by 30 days");
  }

  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public PartnershipSummary deliver(UUID id, int position, LocalDate on) {
    Partnership p = find(id);
    p.deliver(position, requireDate(on, "deliveredOn"));
    return saved(p, "accountability " + position + " delivered " + on);
  }

  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public PartnershipSummary review(UUID id, int position, LocalDate on) {
    Partnership p = find(id);
    p.review(position, requireDate(on, "reviewedOn"));
    return saved(p, "accountability " + position + " reviewed " + on);
  }

  private PartnershipSummary saved(Partnership p, String what) {
    partnerships.saveAndFlush(p);
    audit.record(AuditAction.FUND_CHANGE, AUDIT, p.id().toString(), what);
    return p.summary(LocalDate.now(clock));
  }

  private LocalDate requireDate(LocalDate on, String field) {
    if (on == null) {
      throw new DomainRefusal(field, "fund.partnership.date.required");
    }
    if (on.isAfter(LocalDate.now(clock))) {
      throw new DomainRefusal(field, "fund.partnership.date.future");
    }
    return on;
  }

  private Partnership find(UUID id) {
    return partnerships.findById(id).orElseThrow(() -> new NotFoundException("fund.partnership.not-found", id));
  }

  private static void check(PartnershipForm f) {
    require(f.number() != null && f.number().length() <= 30, "number", "fund.partnership.number.required");
    require(f.kind() != null, "kind", "fund.partnership.kind.required");
    require(f.entityCnpj() != null && f.entityCnpj().length() == 14, "entityCnpj", "fund.partnership.cnpj.invalid");
    require(f.entityName() != null && f.entityName().length() <= 200, "entityName", "fund.partnership.entity.required");
    require(f.object() != null && f.object().length() <= 500, "object", "fund.partnership.object.required");
    require(f.workPlan() != null, "workPlan", "fund.partnership.work-plan.required");
    require(f.startsOn() != null && f.endsOn() != null && !f.endsOn().isBefore(f.startsOn()), "endsOn",
        "fund.partnership.period.invalid");
    require(f.total() != null && f.total().signum() >= 0 && f.total().scale() <= 2 && f.total().compareTo(MAX) <= 0,
        "total", "fund.partnership.total.invalid");
    if (!f.kind().transfersMoney()) {
      require(f.total().signum() == 0 && f.instalments().isEmpty(), "total", "fund.partnership.cooperation-money");
      return;
    }
    require(f.total().signum() > 0, "total", "fund.partnership.total.invalid");
    BigDecimal sum = BigDecimal.ZERO;
    for (Instalment i : f.instalments()) {
      require(i != null && i.dueOn() != null && i.amount() != null && i.amount().signum() > 0 && i.amount().scale() <= 2,
          "instalments", "fund.partnership.instalment.invalid");
      require(!i.dueOn().isBefore(f.startsOn()) && !i.dueOn().isAfter(f.endsOn()), "instalments",
          "fund.partnership.instalment.outside");
      sum = sum.add(i.amount());
    }
    require(sum.compareTo(f.total()) == 0, "instalments", "fund.partnership.instalments.sum", sum.setScale(2), f.total());
  }

  private static void require(boolean ok, String field, String key, Object... args) {
    if (!ok) {
      throw new DomainRefusal(field, key, args);
    }
  }
}
