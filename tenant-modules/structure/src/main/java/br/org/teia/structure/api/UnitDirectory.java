package br.org.teia.structure.api;

import java.util.List;
import java.util.UUID;

/**
 * The current municipality's units, as other modules may name them: an id and a name, nothing
 * else. The fund classifies an imported expense to the unit its line names through this query.
 */
public interface UnitDirectory {

  /** A unit as another module may refer to it. */
  record UnitRef(UUID id, String name) {}

  /** Every unit of the current municipality (active or not), by name. */
  List<UnitRef> units();
}
