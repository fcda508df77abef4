package br.org.teia.structure.workforce;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.managingbody.ManagingBodyForm;
import br.org.teia.structure.managingbody.ManagingBodyService;
import br.org.teia.structure.managingbody.ManagingBodySummary;
import br.org.teia.structure.managingbody.SuasManagementLevel;
import br.org.teia.structure.unit.UnitForm;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitSummary;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.persistence.EntityManagerFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = TeiaTestApplication.class)
@StructureContext
class TeamCheckServiceIT {

  static final TenantId ITABIRA = TenantId.of("3131703");
  static final TenantId CAETE = TenantId.of("3110004");
  private static final AtomicInteger NEXT_CPF = new AtomicInteger();

  @Autowired TeamCheckService checks;
  @Autowired WorkerService workers;
  @Autowired UnitService units;
  @Autowired ManagingBodyService bodies;
  @Autowired TeamTierRepository tiers;
  @Autowired TenantOnboarding onboarding;
  @Autowired EntityManagerFactory entityManagerFactory;

  @BeforeEach
  void municipalities() {
    onboarding.onboard(List.of(ITABIRA.ibgeCode(), CAETE.ibgeCode()));
  }

  @Test
  void the_seeded_parameters_are_the_nob_rh_the_domain_tests_use() {
    List<TeamCheck.Tier> seeded = as(ITABIRA, Role.COUNCIL_MEMBER, () -> tiers.findAllWithRequirements().stream().map(TeamTier::rule)
        .sorted(Comparator.comparingInt(TeamCheck.Tier::position)).toList());

    assertThat(seeded).containsExactlyElementsOf(NobRh.ALL);
  }

  @Test
  void the_minimum_number_of_cras_follows_the_size_class() {
    List<Integer> minimums = as(ITABIRA, Role.COUNCIL_MEMBER, () -> List.of(SizeClass.values()).stream()
        .map(size -> checks.minimumCras(size).orElseThrow().minimumCras()).toList());
    List<Integer> families = as(ITABIRA, Role.COUNCIL_MEMBER, () -> List.of(SizeClass.values()).stream()
        .map(size -> checks.minimumCras(size).orElseThrow().familiesPerCras()).toList());

    assertThat(minimums).containsExactly(1, 1, 2, 4, 8);
    assertThat(families).containsExactly(2500, 3500, 5000, 5000, 5000);
  }

  @Test
  void a_cras_of_2500_families_turns_complete_as_its_team_is_registered_and_incomplete_at_2501() {
    UnitSummary cras = as(ITABIRA, Role.MUNICIPAL_STAFF, () -> units.create(new UnitForm(UnitType.CRAS,
        "CRAS " + unique(), null, null, null, null, 2500, null, Set.of("PAIF"))));

    TeamCheckSummary empty = as(ITABIRA, Role.COUNCIL_MEMBER, () -> checks.check(cras.id(), I18nConfiguration.PT_BR));
    assertThat(empty.status()).isEqualTo(TeamCheck.Status.INCOMPLETE);
    assertThat(empty.text()).isEqualTo("Incompleta: falta(m) 1 coordenador(a); 1 assistente social; "
        + "1 técnico(a) de nível superior (de preferência: Psicólogo(a)); 2 técnicos(as) de nível médio");

    as(ITABIRA, Role.MUNICIPAL_STAFF, () -> {
      workers.create(form(cras.id(), Profession.ASSISTENTE_SOCIAL, true));
      workers.create(form(cras.id(), Profession.ASSISTENTE_SOCIAL, false));
      workers.create(form(cras.id(), Profession.PSICOLOGO, false));
      workers.create(form(cras.id(), Profession.ORIENTADOR_SOCIAL, false));
      return workers.create(form(cras.id(), Profession.AUXILIAR_ADMINISTRATIVO, false));
    });
    TeamCheckSummary complete = as(ITABIRA, Role.COUNCIL_MEMBER, () -> checks.check(cras.id(), I18nConfiguration.PT_BR));
    assertThat(complete.status()).isEqualTo(TeamCheck.Status.COMPLETE);
    assertThat(complete.text()).isEqualTo("Completa");
    assertThat(complete.source()).contains("2.500 famílias");

    as(ITABIRA, Role.MUNICIPAL_STAFF, () -> units.update(cras.id(), cras.version(), withCapacity(cras, 2501)));
    TeamCheckSummary bigger = as(ITABIRA, Role.COUNCIL_MEMBER, () -> checks.check(cras.id(), I18nConfiguration.PT_BR));
    assertThat(bigger.tier()).isEqualTo("CRAS_ATE_3500");
    assertThat(bigger.missing()).containsExactly("1 assistente social", "1 técnico(a) de nível médio");
  }

  @Test
  void a_creas_team_follows_the_management_level_recorded_on_the_managing_body() {
    ManagingBodySummary body = as(CAETE, Role.MUNICIPAL_MANAGER, () -> bodies.save(null, new ManagingBodyForm(
        "Secretaria Municipal de Assistência Social", "11.222.333/0001-81", "Maria", null, null, null, 45_000,
        SuasManagementLevel.PLENA)));
    UnitSummary creas = as(CAETE, Role.MUNICIPAL_STAFF, () -> units.create(new UnitForm(UnitType.CREAS,
        "CREAS " + unique(), null, null, null, null, 50, null, Set.of("PAEFI"))));
    as(CAETE, Role.MUNICIPAL_STAFF, () -> {
      workers.create(form(creas.id(), Profession.ASSISTENTE_SOCIAL, true));
      workers.create(form(creas.id(), Profession.ASSISTENTE_SOCIAL, false));
      workers.create(form(creas.id(), Profession.PSICOLOGO, false));
      workers.create(form(creas.id(), Profession.ADVOGADO, false));
      workers.create(form(creas.id(), Profession.ORIENTADOR_SOCIAL, false));
      workers.create(form(creas.id(), Profession.ORIENTADOR_SOCIAL, false));
      return workers.create(form(creas.id(), Profession.AUXILIAR_ADMINISTRATIVO, false));
    });

    TeamCheckSummary full = as(CAETE, Role.COUNCIL_MEMBER, () -> checks.check(creas.id(), I18nConfiguration.PT_BR));
    assertThat(full.tier()).isEqualTo("CREAS_GESTAO_PLENA");
    assertThat(full.missing()).containsExactly("1 assistente social", "1 psicólogo(a)",
        "2 profissionais de nível superior ou médio (abordagem dos usuários)", "1 auxiliar administrativo(a)");

    as(CAETE, Role.MUNICIPAL_MANAGER, () -> bodies.save(body.version(), new ManagingBodyForm(body.secretariatName(),
        body.fundCnpj(), body.managerName(), null, null, null, 45_000, SuasManagementLevel.BASICA)));
    TeamCheckSummary basic = as(CAETE, Role.COUNCIL_MEMBER, () -> checks.check(creas.id(), I18nConfiguration.PT_BR));
    assertThat(basic.tier()).isEqualTo("CREAS_GESTAO_INICIAL_BASICA");
    assertThat(basic.complete()).isTrue();
    assertThat(as(CAETE, Role.COUNCIL_MEMBER, () -> bodies.get().suasManagementLevel()))
        .isEqualTo(SuasManagementLevel.BASICA);
  }

  @Test
  void another_municipalitys_unit_has_no_team_check_here() {
    UnitSummary cras = as(ITABIRA, Role.MUNICIPAL_STAFF, () -> units.create(new UnitForm(UnitType.CRAS,
        "CRAS " + unique(), null, null, null, null, 2500, null, Set.of())));

    assertThatThrownBy(() -> as(CAETE, Role.MUNICIPAL_MANAGER, () -> checks.check(cras.id(), I18nConfiguration.PT_BR)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_check_reads_the_tiers_and_their_requirements_in_one_query_not_one_per_tier() {
    UnitSummary cras = as(ITABIRA, Role.MUNICIPAL_STAFF, () -> units.create(new UnitForm(UnitType.CRAS,
        "CRAS " + unique(), null, null, null, null, 2500, null, Set.of())));
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    try {
      statistics.clear();
      as(ITABIRA, Role.COUNCIL_MEMBER, () -> checks.statuses(List.of(cras)));

      // the tiers with their requirements, the managing body, the workers: not 1 + one per tier
      assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  static UnitForm withCapacity(UnitSummary unit, int capacity) {
    UnitForm form = unit.form();
    return new UnitForm(form.type(), form.name(), form.address(), form.territoryId(), form.openingDate(), form.status(),
        capacity, form.parentCrasId(), form.services());
  }

  static WorkerForm form(UUID unit, Profession profession, boolean coordinator) {
    return new WorkerForm("Pessoa " + unique(), Cpf.withCheckDigits(String.format("8%08d", NEXT_CPF.incrementAndGet())),
        profession, profession.usualEducation(), EmploymentBond.EFETIVO, 40, unit, coordinator);
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
