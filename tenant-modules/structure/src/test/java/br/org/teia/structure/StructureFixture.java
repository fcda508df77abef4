package br.org.teia.structure;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.managingbody.ManagingBodyForm;
import br.org.teia.structure.managingbody.ManagingBodyService;
import br.org.teia.structure.managingbody.SuasManagementLevel;
import br.org.teia.structure.territory.TerritoryForm;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.unit.UnitForm;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.testsupport.ActingAs;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Test data of the structure module's own, instead of the demo: a metrópole's structure (managing
 * body of 2,315,560 inhabitants, four territories of 30,000 families, four CRAS and two CREAS).
 * Idempotent, by name, so tests sharing a municipality may all ask for it.
 */
public final class StructureFixture {

  public static final int POPULATION = 2_315_560;
  private static final Map<String, Integer> TERRITORIES = Map.of("Território A", 9000, "Território B", 8000,
      "Território C", 6000, "Território D", 7000);

  private final ManagingBodyService managingBodies;
  private final TerritoryService territories;
  private final UnitService units;

  public StructureFixture(ManagingBodyService managingBodies, TerritoryService territories, UnitService units) {
    this.managingBodies = managingBodies;
    this.territories = territories;
    this.units = units;
  }

  /** Gives {@code tenant} a metrópole's structure, unless it has one. */
  public TenantId metropolis(TenantId tenant) {
    ActingAs.as(tenant, Role.MUNICIPAL_MANAGER, () -> {
      managingBodies.find().orElseGet(() -> managingBodies.save(null, new ManagingBodyForm(
          "Secretaria Municipal de Assistência Social", "11222333000181", "Gestora de Teste", "10.836/2015",
          LocalDate.of(2015, 6, 1), null, POPULATION, SuasManagementLevel.PLENA)));
      TERRITORIES.forEach((name, families) -> {
        if (territories.list(name, 0, 5).stream().noneMatch(t -> t.name().equals(name))) {
          territories.create(new TerritoryForm(name, null, families, null));
        }
      });
      for (int i = 1; i <= 6; i++) {
        unit(i <= 4 ? UnitType.CRAS : UnitType.CREAS, i);
      }
      return null;
    });
    return tenant;
  }

  /** A unit named after the unit type and a number (its services those the type must offer). */
  public void unit(UnitType type, int number) {
    String name = type.name() + " de teste " + number;
    if (units.listAll(name, null).stream().noneMatch(u -> u.name().equals(name))) {
      units.create(new UnitForm(type, name, null, null, LocalDate.of(2010, 3, 1), null,
          type == UnitType.CRAS ? 5000 : 80, null, type == UnitType.CRAS ? Set.of("PAIF") : Set.of("PAEFI")));
    }
  }
}
