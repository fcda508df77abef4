package br.org.teia.structure.dashboard;

import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.workforce.EmploymentBond;
import br.org.teia.structure.workforce.Profession;
import java.util.Map;

/**
 * Aggregate-only figures of the municipality's structure: counts, never a name or a CPF. What the
 * dashboard shows, and what an association indicator source may publish.
 *
 * @param unitsByType        active units by type (zero included)
 * @param teamsChecked       active units whose type has a NOB-RH/SUAS reference team
 * @param crasCapacity       families the active CRAS may reference (sum of their capacities)
 * @param estimatedFamilies  families estimated in the territories (sum of those informed); null
 *                           when no territory has an estimate. Teia has no count of families
 *                           actually referenced (that is in the CadÚnico), so coverage compares the
 *                           CRAS capacity with this estimate
 * @param permanentWorkers   workers with an efetivo bond
 */
public record StructureFigures(Map<UnitType, Long> unitsByType, long teamsChecked, long teamsComplete,
    long activeCras, long crasCapacity, Long estimatedFamilies, long workers, long permanentWorkers,
    Map<EmploymentBond, Long> workersByBond, Map<Profession, Long> workersByProfession) {

  public StructureFigures {
    unitsByType = Map.copyOf(unitsByType);
    workersByBond = Map.copyOf(workersByBond);
    workersByProfession = Map.copyOf(workersByProfession);
  }

  public long teamsIncomplete() {
    return teamsChecked - teamsComplete;
  }

  /** CRAS capacity over estimated families, in whole percent (may pass 100); null without an estimate. */
  public Integer coveragePercent() {
    return estimatedFamilies == null || estimatedFamilies == 0 ? null
        : (int) Math.round(crasCapacity * 100.0 / estimatedFamilies);
  }

  /** Share of workers with an efetivo bond, in whole percent; null without workers. */
  public Integer permanentPercent() {
    return workers == 0 ? null : (int) Math.round(permanentWorkers * 100.0 / workers);
  }
}
