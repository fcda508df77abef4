package br.org.teia.structure.workforce;

import br.org.teia.structure.unit.UnitType;
import java.util.List;
import java.util.UUID;

/**
 * The NOB-RH/SUAS reference-team check of one unit, in words: status, the tier it was measured
 * against (and its legal source), every place with how many it needs and has, what is missing,
 * recommendations (they never make a team incomplete) and notes on how the check read the data.
 *
 * @param capacity the capacity the team was sized for (the unit's, or assumed; null when unknown)
 * @param blocks   how many times the per-block requirements apply (CRAS above 5,000 families: 2+)
 * @param text     one line for grids: "Completa", "Incompleta: falta(m) ...", "Não se aplica"
 */
public record TeamCheckSummary(UUID unitId, String unitName, UnitType unitType, TeamCheck.Status status,
    String tier, String source, Integer capacity, int blocks, List<Place> places, List<String> missing,
    List<String> recommendations, List<String> notes, String text) {

  /** A place of the team: {@code counted} of {@code required}, {@code text} like "2 assistentes sociais". */
  public record Place(TeamSlot slot, int required, int counted, int missing, String text) {}

  public boolean complete() {
    return status == TeamCheck.Status.COMPLETE;
  }
}
