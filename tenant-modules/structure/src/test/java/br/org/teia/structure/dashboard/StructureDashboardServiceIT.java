package br.org.teia.structure.dashboard;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.managingbody.ManagingBodyForm;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.structure.managingbody.ManagingBodyService;
import br.org.teia.structure.territory.TerritoryForm;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.structure.unit.UnitForm;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitStatus;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.workforce.EmploymentBond;
import br.org.teia.structure.workforce.Profession;
import br.org.teia.structure.workforce.WorkerForm;
import br.org.teia.structure.workforce.WorkerService;
import br.org.teia.testsupport.TeiaTestApplication;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = TeiaTestApplication.class)
@StructureContext
class StructureDashboardServiceIT {

  static final TenantId IPATINGA = TenantId.of("3131307");

  @Autowired StructureDashboardService dashboards;
  @Autowired ManagingBodyService bodies;
  @Autowired TerritoryService territories;
  @Autowired UnitService units;
  @Autowired WorkerService workers;
  @Autowired TenantOnboarding onboarding;

  @Test
  void the_dashboard_counts_units_teams_coverage_permanent_bonds_and_the_minimum_of_cras() {
    onboarding.onboard(List.of(IPATINGA.ibgeCode()));
    UUID cras = as(IPATINGA, Role.MUNICIPAL_MANAGER, () -> {
      bodies.save(null, new ManagingBodyForm("Secretaria Municipal de Assistência Social", "11.222.333/0001-81", "Rosa",
          null, null, null, 227_731));
      territories.create(new TerritoryForm("Bom Retiro", null, 6000, null));
      territories.create(new TerritoryForm("Canaãzinho", null, 4000, null));
      territories.create(new TerritoryForm("Sem estimativa", null, null, null));
      UUID first = units.create(new UnitForm(UnitType.CRAS, "CRAS Bom Retiro", null, null, null, null, 5000, null,
          Set.of("PAIF"))).id();
      units.create(new UnitForm(UnitType.CRAS, "CRAS Canaãzinho", null, null, null, null, 2500, null, Set.of("PAIF")));
      units.create(new UnitForm(UnitType.CRAS, "CRAS Fechado", null, null, null, UnitStatus.INACTIVE, 5000, null, Set.of()));
      units.create(new UnitForm(UnitType.CENTRO_POP, "Centro POP Ipatinga", null, null, null, null, 80, null, Set.of()));
      workers.create(worker(first, "Regina", "100000001", Profession.ASSISTENTE_SOCIAL, EmploymentBond.EFETIVO, true));
      workers.create(worker(first, "Tiago", "100000002", Profession.PSICOLOGO, EmploymentBond.EFETIVO, false));
      workers.create(worker(first, "Vera", "100000003", Profession.ORIENTADOR_SOCIAL, EmploymentBond.CONTRATADO, false));
      workers.create(worker(first, "Wagner", "100000004", Profession.ORIENTADOR_SOCIAL, EmploymentBond.TERCEIRIZADO, false));
      return first;
    });

    StructureDashboard dashboard = as(IPATINGA, Role.COUNCIL_MEMBER, () -> dashboards.dashboard(I18nConfiguration.PT_BR));
    StructureFigures figures = dashboard.figures();

    assertThat(figures.unitsByType()).containsEntry(UnitType.CRAS, 2L).containsEntry(UnitType.CENTRO_POP, 1L)
        .containsEntry(UnitType.CREAS, 0L);
    assertThat(figures.teamsChecked()).isEqualTo(2);
    assertThat(figures.teamsComplete()).isZero();
    assertThat(figures.crasCapacity()).isEqualTo(7500);
    assertThat(figures.estimatedFamilies()).isEqualTo(10_000);
    assertThat(figures.coveragePercent()).isEqualTo(75);
    assertThat(figures.workers()).isEqualTo(4);
    assertThat(figures.permanentPercent()).isEqualTo(50);
    assertThat(figures.workersByProfession()).containsEntry(Profession.ORIENTADOR_SOCIAL, 2L)
        .containsEntry(Profession.ADVOGADO, 0L);
    assertThat(dashboard.sizeClass()).isEqualTo(SizeClass.GRANDE);
    assertThat(dashboard.minimumCras()).isEqualTo(4);
    assertThat(dashboard.belowMinimumCras()).isTrue();
    assertThat(dashboard.incompleteTeams()).extracting(t -> t.unitName())
        .containsExactlyInAnyOrder("CRAS Bom Retiro", "CRAS Canaãzinho");
    assertThat(dashboard.incompleteTeams()).filteredOn(t -> t.unitId().equals(cras)).singleElement()
        .satisfies(t -> assertThat(t.missing()).containsExactly("2 assistentes sociais",
            "1 profissional de nível superior que compõe o SUAS", "2 técnicos(as) de nível médio"));
  }

  @Test
  void the_minimum_of_cras_is_met_at_exactly_the_minimum() {
    StructureFigures four = new StructureFigures(java.util.Map.of(), 0, 0, 4, 0, null, 0, 0, java.util.Map.of(),
        java.util.Map.of());
    StructureFigures three = new StructureFigures(java.util.Map.of(), 0, 0, 3, 0, null, 0, 0, java.util.Map.of(),
        java.util.Map.of());

    assertThat(new StructureDashboard(four, SizeClass.GRANDE, 4, null, List.of()).belowMinimumCras()).isFalse();
    assertThat(new StructureDashboard(three, SizeClass.GRANDE, 4, null, List.of()).belowMinimumCras()).isTrue();
    assertThat(four.coveragePercent()).isNull();
    assertThat(four.permanentPercent()).isNull();
  }

  static WorkerForm worker(UUID unit, String name, String base, Profession profession, EmploymentBond bond,
      boolean coordinator) {
    return new WorkerForm(name + " de Oliveira", Cpf.withCheckDigits(base), profession, profession.usualEducation(),
        bond, 40, unit, coordinator);
  }
}
