package br.org.teia.structure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.demo.DemoSeeder;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitSummary;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.testsupport.UiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

@StructureContext
class DemoStructureIT extends UiTestBase {

  @Autowired DemoSeeder demo;
  @Autowired SystemWork system;
  @Autowired UnitService units;
  @Autowired TerritoryService territories;

  @Test
  void the_cities_get_several_cras_and_creas_and_a_centro_pop_and_the_small_towns_one_cras() {
    List<UnitSummary> bh = system.in(DemoData.BELO_HORIZONTE, Role.COUNCIL_MEMBER, () -> units.listAll("", null));
    List<UnitSummary> serra = system.in(DemoData.SERRA_DA_SAUDADE, Role.COUNCIL_MEMBER, () -> units.listAll("", null));

    assertThat(bh).filteredOn(u -> u.type() == UnitType.CRAS).hasSizeGreaterThanOrEqualTo(3);
    assertThat(bh).filteredOn(u -> u.type() == UnitType.CREAS).hasSizeGreaterThanOrEqualTo(2);
    assertThat(bh).filteredOn(u -> u.type() == UnitType.CENTRO_POP).isNotEmpty();
    assertThat(serra).filteredOn(u -> u.type() == UnitType.CRAS).hasSize(1);
  }

  @Test
  void running_the_demo_data_twice_changes_nothing() {
    long unitsBefore = system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> units.count());
    long territoriesBefore = system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> territories.count());

    demo.run(new DefaultApplicationArguments());

    assertThat(system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> units.count())).isEqualTo(unitsBefore);
    assertThat(system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> territories.count())).isEqualTo(territoriesBefore);
  }
}
