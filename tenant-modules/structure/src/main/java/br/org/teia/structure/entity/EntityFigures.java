package br.org.teia.structure.entity;

import br.org.teia.structure.unit.ProtectionLevel;
import java.util.Map;

/**
 * Aggregate-only figures of the municipality's network of entities, for the association's
 * indicators: counts and sums, never a name, a CNPJ or a contact. Every key of both enums is
 * present, zero included.
 *
 * @param entities          entities registered
 * @param byActionType      entities per type of action (an entity with two types counts in both)
 * @param inscribedInCmas   registered entities whose CMAS inscription stands as inscribed
 * @param capacityByLevel   people or families the entities' services serve, per protection level
 */
public record EntityFigures(long entities, Map<ActionType, Long> byActionType, long inscribedInCmas,
    Map<ProtectionLevel, Long> capacityByLevel) {

  public EntityFigures {
    byActionType = Map.copyOf(byActionType);
    capacityByLevel = Map.copyOf(capacityByLevel);
  }
}
