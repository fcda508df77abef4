package br.org.teia.structure.demo;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.workforce.TeamCheck;
import br.org.teia.structure.workforce.TeamCheckService;
import br.org.teia.structure.workforce.TeamCheckSummary;
import br.org.teia.structure.workforce.WorkerService;
import br.org.teia.testsupport.UiTestBase;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StructureContext
class DemoWorkforceIT extends UiTestBase {

  @Autowired DemoWorkforce demoWorkforce;
  @Autowired SystemWork system;
  @Autowired UnitService units;
  @Autowired WorkerService workers;
  @Autowired TeamCheckService checks;

  @Test
  void the_cities_have_complete_and_incomplete_teams_and_the_small_towns_a_minimal_one() {
    Map<String, TeamCheck.Status> bh = statuses(DemoData.BELO_HORIZONTE);
    Map<String, TeamCheck.Status> betim = statuses(DemoData.BETIM);

    assertThat(bh).containsEntry("CRAS Barreiro de Cima", TeamCheck.Status.COMPLETE)
        .containsEntry("CRAS Vila Fátima", TeamCheck.Status.COMPLETE)
        .containsEntry("CREAS Centro-Sul", TeamCheck.Status.COMPLETE)
        .containsEntry("CRAS Venda Nova", TeamCheck.Status.INCOMPLETE)
        .containsEntry("CRAS Jardim Felicidade", TeamCheck.Status.INCOMPLETE)
        .containsEntry("CREAS Barreiro", TeamCheck.Status.INCOMPLETE);
    assertThat(betim).containsEntry("CRAS Teresópolis", TeamCheck.Status.COMPLETE)
        .containsEntry("CRAS Citrolândia", TeamCheck.Status.COMPLETE)
        .containsEntry("Equipe volante CRAS Citrolândia", TeamCheck.Status.COMPLETE)
        .containsEntry("CRAS Alterosas", TeamCheck.Status.INCOMPLETE)
        .containsEntry("CREAS Betim", TeamCheck.Status.INCOMPLETE);
    assertThat(statuses(DemoData.SERRA_DA_SAUDADE)).containsEntry("CRAS Serra da Saudade", TeamCheck.Status.COMPLETE);
    assertThat(statuses(DemoData.CEDRO_DO_ABAETE)).containsEntry("CRAS Cedro do Abaeté", TeamCheck.Status.COMPLETE);
    assertThat(statuses(DemoData.ARAPONGA)).containsEntry("CRAS Araponga", TeamCheck.Status.INCOMPLETE);
  }

  @Test
  void a_small_cras_with_a_pedagogue_is_complete_with_the_recommendation_of_a_psychologist() {
    TeamCheckSummary serra = system.in(DemoData.SERRA_DA_SAUDADE, Role.COUNCIL_MEMBER, () -> checks.checkAll(
        units.listAll("CRAS Serra da Saudade", null), I18nConfiguration.PT_BR).values().iterator().next());

    assertThat(serra.complete()).isTrue();
    assertThat(serra.recommendations())
        .containsExactly("A NOB-RH/SUAS recomenda que esta vaga de nível superior seja de Psicólogo(a).");
  }

  @Test
  void running_the_demo_workforce_twice_changes_nothing() {
    long before = system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> workers.count());

    demoWorkforce.seed();

    assertThat(system.in(DemoData.BETIM, Role.COUNCIL_MEMBER, () -> workers.count())).isEqualTo(before);
  }

  private Map<String, TeamCheck.Status> statuses(br.org.teia.kernel.tenancy.TenantId tenant) {
    return system.in(tenant, Role.COUNCIL_MEMBER, () -> checks.checkAll(units.listAll("", null), I18nConfiguration.PT_BR)
        .values().stream().collect(Collectors.toMap(TeamCheckSummary::unitName, TeamCheckSummary::status)));
  }
}
