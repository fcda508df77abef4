package br.org.teia.council.commission;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.TeiaException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * A commission of a council: its kind and name, its members (mandates of councillors of that
 * council), a coordinator among them, and the reports it made.
 */
@Entity
@Table(name = "council_commission")
class Commission {

  @Id
  private UUID id;
  @Column(name = "council_id")
  private UUID councilId;
  @Enumerated(EnumType.STRING)
  private CommissionKind kind;
  private String name;
  @Column(name = "coordinator_mandate_id")
  private UUID coordinatorMandateId;
  @ElementCollection
  @CollectionTable(name = "council_commission_member", joinColumns = @JoinColumn(name = "commission_id"))
  @Column(name = "mandate_id")
  @BatchSize(size = 50)
  private Set<UUID> members = new HashSet<>();
  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "commission_id", nullable = false)
  @OrderBy("date DESC")
  @BatchSize(size = 50)
  private List<CommissionReport> reports = new ArrayList<>();
  @Column(name = "created_at", updatable = false)
  private Instant createdAt;
  @Column(name = "updated_at")
  private Instant updatedAt;
  @Version
  private int version;

  protected Commission() {}

  static Commission create(UUID councilId, CommissionForm form, Clock clock) {
    Commission commission = new Commission();
    commission.id = UUID.randomUUID();
    commission.councilId = councilId;
    commission.kind = form.kind();
    commission.name = form.name();
    commission.createdAt = clock.instant();
    commission.updatedAt = commission.createdAt;
    return commission;
  }

  /**
   * Replaces the members: each must be one of {@code inOffice} (the council's mandates in office
   * today); the coordinator, when given, one of the members.
   */
  void assign(Set<UUID> newMembers, UUID coordinator, Set<UUID> inOffice, Clock clock) {
    if (!inOffice.containsAll(newMembers)) {
      throw new TeiaException("council.commission.not-a-councillor");
    }
    if (coordinator != null && !newMembers.contains(coordinator)) {
      throw new TeiaException("council.commission.coordinator-not-member");
    }
    members.clear();
    members.addAll(newMembers);
    coordinatorMandateId = coordinator;
    updatedAt = clock.instant();
  }

  /** Adds a report dated {@code date}, which cannot be in the future. */
  CommissionReport report(ReportForm form, Clock clock) {
    if (form.date().isAfter(LocalDate.now(clock))) {
      throw new DomainRefusal("date", "council.commission.report.future");
    }
    CommissionReport report = new CommissionReport(form.date(), form.title(), form.text(), clock.instant());
    reports.add(report);
    updatedAt = clock.instant();
    return report;
  }

  UUID id() {
    return id;
  }

  UUID councilId() {
    return councilId;
  }

  CommissionKind kind() {
    return kind;
  }

  String name() {
    return name;
  }

  UUID coordinatorMandateId() {
    return coordinatorMandateId;
  }

  Set<UUID> members() {
    return Set.copyOf(members);
  }

  List<CommissionReport> reports() {
    return List.copyOf(reports);
  }

  int version() {
    return version;
  }
}
