package br.org.teia.structure.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A unit as grids, forms, exports and the API read it; {@code services} are Tipificação codes in catalogue order. */
public record UnitSummary(UUID id, UnitType type, String name, String address, UUID territoryId,
    String territoryName, LocalDate openingDate, UnitStatus status, Integer capacity, UUID parentCrasId,
    String parentCrasName, List<String> services, int version) implements UnitFacts {

  public UnitForm form() {
    return new UnitForm(type, name, address, territoryId, openingDate, status, capacity, parentCrasId,
        java.util.Set.copyOf(services));
  }
}
