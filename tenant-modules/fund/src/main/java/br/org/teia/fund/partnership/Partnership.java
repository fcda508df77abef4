package br.org.teia.fund.partnership;

import br.org.teia.kernel.DomainRefusal;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A MROSC partnership of the fund with an inscribed entity: its instrument, object, work plan, period,
 * total and instalments, and the entity's accountabilities with their deadlines.
 */
@Entity
@Table(name = "fund_partnership")
class Partnership {

  @Id
  private UUID id;
  private String number;
  @Enumerated(EnumType.STRING)
  private PartnershipKind kind;
  @Column(name = "entity_cnpj")
  private String entityCnpj;
  @Column(name = "entity_name")
  private String entityName;
  private String object;
  @Column(name = "work_plan")
  private String workPlan;
  @Column(name = "starts_on")
  private LocalDate startsOn;
  @Column(name = "ends_on")
  private LocalDate endsOn;
  private BigDecimal total;
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "fund_partnership_instalment", joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  private List<Instalment> instalments = new ArrayList<>();
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "fund_partnership_accountability", joinColumns = @JoinColumn(name = "partnership_id"))
  @OrderColumn(name = "position")
  private List<Accountability> accountabilities = new ArrayList<>();
  @Version
  private int version;

  protected Partnership() {}

  static Partnership sign(PartnershipForm form, Instant now) {
    Partnership p = new Partnership();
    p.id = UUID.randomUUID();
    p.number = form.number();
    p.kind = form.kind();
    p.entityCnpj = form.entityCnpj();
    p.entityName = form.entityName();
    p.object = form.object();
    p.workPlan = form.workPlan();
    p.startsOn = form.startsOn();
    p.endsOn = form.endsOn();
    p.total = form.total();
    p.instalments = new ArrayList<>(form.instalments());
    p.accountabilities = new ArrayList<>(MroscRules.periodEnds(form.startsOn(), form.endsOn()).stream()
        .map(end -> new Accountability(end, end.equals(form.endsOn()), false, null, null)).toList());
    p.createdAt = now;
    return p;
  }

  private Accountability accountability(int position) {
    if (position < 0 || position >= accountabilities.size()) {
      throw new DomainRefusal("position", "fund.partnership.accountability.unknown");
    }
    return accountabilities.get(position);
  }

  /** The entity asked for 30 more days: once, before delivering. */
  void extend(int position) {
    Accountability a = accountability(position);
    if (a.extended() || a.deliveredOn() != null) {
      throw new DomainRefusal("position", "fund.partnership.accountability.extension-refused");
    }
    accountabilities.set(position, a.extend());
  }

  /** The entity delivered it on {@code on}: not before the period ended, once. */
  void deliver(int position, LocalDate on) {
    Accountability a = accountability(position);
    if (a.deliveredOn() != null) {
      throw new DomainRefusal("deliveredOn", "fund.partnership.accountability.already-delivered");
    }
    if (on.isBefore(a.periodEnd())) {
      throw new DomainRefusal("deliveredOn", "fund.partnership.accountability.before-period-end");
    }
    accountabilities.set(position, a.deliver(on));
  }

  /** The administration concluded its review on {@code on}: after the delivery, once. */
  void review(int position, LocalDate on) {
    Accountability a = accountability(position);
    if (a.deliveredOn() == null || a.reviewedOn() != null || on.isBefore(a.deliveredOn())) {
      throw new DomainRefusal("reviewedOn", "fund.partnership.accountability.review-refused");
    }
    accountabilities.set(position, a.review(on));
  }

  boolean inForceFor(String creditor, LocalDate on) {
    return inForceFor(creditor, null, on);
  }

  /** As {@link #inForceFor(String, LocalDate)}, the entity also recognised by its CNPJ (an export's creditor document). */
  boolean inForceFor(String creditor, String creditorDocument, LocalDate on) {
    boolean sameEntity = creditor != null && entityName.equalsIgnoreCase(creditor.strip())
        || creditorDocument != null && entityCnpj != null && entityCnpj.equals(creditorDocument.replaceAll("\\D", ""));
    return kind.transfersMoney() && sameEntity && !on.isBefore(startsOn) && !on.isAfter(endsOn);
  }

  UUID id() {
    return id;
  }

  String number() {
    return number;
  }

  PartnershipSummary summary(LocalDate today) {
    return new PartnershipSummary(id, number, kind, entityCnpj, entityName, object, workPlan, startsOn, endsOn, total,
        List.copyOf(instalments), List.copyOf(accountabilities), today);
  }
}
