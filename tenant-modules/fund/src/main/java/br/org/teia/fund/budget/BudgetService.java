package br.org.teia.fund.budget;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The fund's budget by year: allocations by block, action, source, subfunction and expense nature,
 * and the acts that supplement or reduce them. Read by the municipality's and the council's people,
 * kept by the fund's manager; every change audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class BudgetService {

  static final String AUDIT_ALLOCATION = "fund-allocation";

  private final AllocationRepository allocations;
  private final BudgetChangeRepository changes;
  private final CatalogueService catalogue;
  private final AuditLog audit;
  private final Clock clock;

  BudgetService(AllocationRepository allocations, BudgetChangeRepository changes, CatalogueService catalogue,
      AuditLog audit, Clock clock) {
    this.allocations = allocations;
    this.changes = changes;
    this.catalogue = catalogue;
    this.audit = audit;
    this.clock = clock;
  }

  /** The year's allocations, by block, action and expense nature. */
  @RolesAllowed(FundAccess.READ)
  public List<AllocationSummary> allocations(int year) {
    return allocations.findByYearOrderByBlockCodeAscActionCodeAscExpenseNatureAsc(year).stream()
        .map(Allocation::summary).toList();
  }

  /** The current amount of the year's allocations summed per block (after the acts). */
  @RolesAllowed(FundAccess.READ)
  public java.util.Map<String, java.math.BigDecimal> allocatedByBlock(int year) {
    return allocations(year).stream().collect(java.util.stream.Collectors.groupingBy(AllocationSummary::blockCode,
        java.util.stream.Collectors.reducing(br.org.teia.fund.ledger.Money.zero(), AllocationSummary::currentAmount,
            java.math.BigDecimal::add)));
  }

  /**
   * Records an allocation of the LOA. Refused: a block or source not in force that year, or the
   * same block, action, source, subfunction and nature twice in a year.
   */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public AllocationSummary allocate(@Valid AllocationForm form) {
    if (catalogue.block(form.blockCode(), form.year()).isEmpty()) {
      throw new DomainRefusal("blockCode", "fund.budget.block.unknown", form.blockCode(), form.year());
    }
    if (catalogue.sources(form.year()).stream().noneMatch(s -> s.code().equals(form.sourceCode()))) {
      throw new DomainRefusal("sourceCode", "fund.budget.source.unknown", form.sourceCode(), form.year());
    }
    if (allocations.existsByYearAndBlockCodeAndActionCodeAndSourceCodeAndSubfunctionAndExpenseNature(form.year(),
        form.blockCode(), form.actionCode(), form.sourceCode(), form.subfunction(), form.expenseNature())) {
      throw new DomainRefusal("expenseNature", "fund.budget.duplicate");
    }
    Allocation allocation = allocations.saveAndFlush(Allocation.of(form, clock));
    audit.record(AuditAction.FUND_CHANGE, AUDIT_ALLOCATION, allocation.id().toString(),
        "allocated " + form.initialAmount().toPlainString());
    return allocation.summary();
  }

  /**
   * Records an act's supplement or reduction of an allocation; a reduction beyond the current amount
   * is refused. An unknown id (or another municipality's) is not found.
   */
  @Transactional
  @RolesAllowed(FundAccess.WRITE)
  public AllocationSummary change(UUID allocationId, @Valid BudgetChangeForm form) {
    Allocation allocation = allocations.findById(allocationId)
        .orElseThrow(() -> new NotFoundException("fund.budget.not-found"));
    allocation.change(form.kind(), form.amount());
    changes.save(BudgetChange.of(allocationId, form, clock));
    audit.record(AuditAction.FUND_CHANGE, AUDIT_ALLOCATION, allocationId.toString(),
        form.kind() + " " + form.amount().toPlainString() + " by " + form.act());
    return allocations.saveAndFlush(allocation).summary();
  }
}
