package br.org.teia.structure.dashboard;

import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.structure.workforce.TeamCheckSummary;
import java.util.List;

/**
 * The structure dashboard: the aggregate figures, the NOB-SUAS minimum number of CRAS for the size
 * class (null when the managing body is not recorded) and the units whose team is incomplete.
 */
public record StructureDashboard(StructureFigures figures, SizeClass sizeClass, Integer minimumCras,
    String minimumCrasSource, List<TeamCheckSummary> incompleteTeams) {

  /** Fewer active CRAS than the size class needs. */
  public boolean belowMinimumCras() {
    return minimumCras != null && figures.activeCras() < minimumCras;
  }
}
