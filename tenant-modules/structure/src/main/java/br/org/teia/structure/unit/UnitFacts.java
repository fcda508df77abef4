package br.org.teia.structure.unit;

import java.util.UUID;

/**
 * What the reference-team check and the structure's figures read of a unit: no address, territory or
 * services, so the indicator rollup before each commit reads its units in one statement
 * ({@link UnitService#active()}); a {@link UnitSummary} is one too.
 */
public interface UnitFacts {

  UUID id();

  UnitType type();

  String name();

  /** Families (CRAS) or cases (CREAS) the unit may reference; null when not informed. */
  Integer capacity();
}
