package br.org.teia.structure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.entity.InscriptionState;
import br.org.teia.structure.entity.SocialEntityService;
import br.org.teia.structure.entity.SocialEntitySummary;
import br.org.teia.testsupport.UiTestBase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StructureContext
class EntityDemoDataIT extends UiTestBase {

  @Autowired DemoEntities demoEntities;
  @Autowired SystemWork system;
  @Autowired SocialEntityService entities;

  @Test
  void the_cities_get_several_entities_some_inscribed_through_the_council_event_and_small_towns_one_or_none() {
    List<SocialEntitySummary> bh = system.in(DemoData.BELO_HORIZONTE, Role.COUNCIL_MEMBER, () -> entities.listAll("", null));
    List<SocialEntitySummary> betim = system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> entities.listAll("", null));

    assertThat(bh).hasSizeGreaterThanOrEqualTo(5).allSatisfy(e -> assertThat(Cnpj.isValid(e.cnpj())).isTrue());
    assertThat(bh).filteredOn(e -> e.cmas().state() == InscriptionState.INSCRIBED).hasSizeGreaterThanOrEqualTo(2);
    assertThat(bh).filteredOn(e -> e.cmas().state() == InscriptionState.NOT_INSCRIBED).isNotEmpty();
    assertThat(betim).hasSizeGreaterThanOrEqualTo(3)
        .filteredOn(e -> e.cmas().state() == InscriptionState.INSCRIBED).isNotEmpty();
    assertThat(system.in(DemoData.ARAPONGA, Role.COUNCIL_MEMBER, () -> entities.count())).isEqualTo(1);
    assertThat(system.in(DemoData.SERRA_DA_SAUDADE, Role.COUNCIL_MEMBER, () -> entities.count())).isZero();
  }

  @Test
  void running_the_demo_entities_twice_changes_neither_the_entities_nor_the_inscription_history() {
    String luz = DemoData.entityCnpj(DemoData.BELO_HORIZONTE, 1);
    long before = system.in(DemoData.BELO_HORIZONTE, Role.COUNCIL_MEMBER, () -> entities.count());
    SocialEntitySummary entity = system.in(DemoData.BELO_HORIZONTE, Role.COUNCIL_MEMBER,
        () -> entities.findByCnpj(luz).orElseThrow());
    int steps = system.in(DemoData.BELO_HORIZONTE, Role.COUNCIL_MEMBER, () -> entities.history(entity.id()).size());

    demoEntities.seed();

    assertThat(system.in(DemoData.BELO_HORIZONTE, Role.COUNCIL_MEMBER, () -> entities.count())).isEqualTo(before);
    assertThat(system.in(DemoData.BELO_HORIZONTE, Role.COUNCIL_MEMBER, () -> entities.history(entity.id())))
        .hasSize(steps).hasSize(2);
  }
}
