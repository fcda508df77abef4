package br.org.teia.structure.dashboard;

import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.managingbody.ManagingBodyService;
import br.org.teia.structure.managingbody.ManagingBodySummary;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitFacts;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.workforce.EmploymentBond;
import br.org.teia.structure.workforce.TeamCheck;
import br.org.teia.structure.workforce.TeamCheckService;
import br.org.teia.structure.workforce.TeamCheckService.MinimumCrasRule;
import br.org.teia.structure.workforce.TeamCheckSummary;
import br.org.teia.structure.workforce.WorkerService;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structure dashboard of the current municipality. {@link #figures()} computes the
 * aggregate-only figures (units by type, teams complete, coverage, workers by bond and profession)
 * that the dashboard shows and that an association indicator source can publish as they are.
 */
@Service
@Transactional(readOnly = true)
public class StructureDashboardService {

  private final UnitService units;
  private final TerritoryService territories;
  private final WorkerService workers;
  private final TeamCheckService teamChecks;
  private final ManagingBodyService managingBodies;

  StructureDashboardService(UnitService units, TerritoryService territories, WorkerService workers,
      TeamCheckService teamChecks, ManagingBodyService managingBodies) {
    this.units = units;
    this.territories = territories;
    this.workers = workers;
    this.teamChecks = teamChecks;
    this.managingBodies = managingBodies;
  }

  /** Aggregate-only figures: counts, sums and shares, never a row about a person. */
  @RolesAllowed(StructureAccess.READ)
  public StructureFigures figures() {
    List<UnitFacts> active = units.active();
    return figures(active, teamChecks.statuses(active));
  }

  /** Active units whose NOB-RH/SUAS reference team is incomplete (the home page's card). */
  @RolesAllowed(StructureAccess.READ)
  public long incompleteTeams() {
    return teamChecks.statuses(units.active()).values().stream().filter(s -> s == TeamCheck.Status.INCOMPLETE).count();
  }

  @RolesAllowed(StructureAccess.READ)
  public StructureDashboard dashboard(Locale locale) {
    List<UnitFacts> active = units.active();
    // One check for the figures and the list: each reads the tiers, the managing body and every worker.
    Map<UUID, TeamCheckSummary> checks = teamChecks.checkAll(active, locale);
    Map<UUID, TeamCheck.Status> statuses = new LinkedHashMap<>();
    checks.forEach((id, check) -> statuses.put(id, check.status()));
    StructureFigures figures = figures(active, statuses);
    Optional<SizeClass> sizeClass = managingBodies.find().map(ManagingBodySummary::sizeClass);
    Optional<MinimumCrasRule> minimum = sizeClass.flatMap(teamChecks::minimumCras);
    List<TeamCheckSummary> incomplete = checks.values().stream()
        .filter(check -> check.status() == TeamCheck.Status.INCOMPLETE).toList();
    return new StructureDashboard(figures, sizeClass.orElse(null), minimum.map(MinimumCrasRule::minimumCras).orElse(null),
        minimum.map(MinimumCrasRule::source).orElse(null), incomplete);
  }

  private StructureFigures figures(List<UnitFacts> active, Map<UUID, TeamCheck.Status> statuses) {
    Map<UnitType, Long> byType = new EnumMap<>(UnitType.class);
    for (UnitType type : UnitType.values()) {
      byType.put(type, active.stream().filter(u -> u.type() == type).count());
    }
    long checked = statuses.values().stream().filter(s -> s != TeamCheck.Status.NOT_APPLICABLE).count();
    long complete = statuses.values().stream().filter(s -> s == TeamCheck.Status.COMPLETE).count();
    List<UnitFacts> cras = active.stream().filter(u -> u.type() == UnitType.CRAS).toList();
    long crasCapacity = cras.stream().mapToLong(u -> u.capacity() == null ? 0 : u.capacity()).sum();
    WorkerService.WorkerCounts counts = workers.counts();
    Map<EmploymentBond, Long> byBond = counts.byBond();
    long workerCount = byBond.values().stream().mapToLong(Long::longValue).sum();
    return new StructureFigures(byType, checked, complete, cras.size(), crasCapacity, estimatedFamilies(), workerCount,
        byBond.get(EmploymentBond.EFETIVO), byBond, counts.byProfession());
  }

  /** Sum of the territories' estimated families, or null when none has one. */
  private Long estimatedFamilies() {
    return territories.estimatedFamilies();
  }
}
