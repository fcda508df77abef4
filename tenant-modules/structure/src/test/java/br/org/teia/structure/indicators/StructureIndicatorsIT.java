package br.org.teia.structure.indicators;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.kernel.indicators.IndicatorRebuild;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.StructureContext;
import br.org.teia.structure.entity.ActionType;
import br.org.teia.structure.entity.ServiceOffer;
import br.org.teia.structure.entity.SocialEntityForm;
import br.org.teia.structure.entity.SocialEntityService;
import br.org.teia.structure.managingbody.ManagingBodyForm;
import br.org.teia.structure.managingbody.ManagingBodyService;
import br.org.teia.structure.unit.UnitForm;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitSummary;
import br.org.teia.structure.unit.UnitType;
import br.org.teia.structure.workforce.EducationLevel;
import br.org.teia.structure.workforce.EmploymentBond;
import br.org.teia.structure.workforce.Profession;
import br.org.teia.structure.workforce.WorkerForm;
import br.org.teia.structure.workforce.WorkerService;
import br.org.teia.testsupport.TeiaTestApplication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = TeiaTestApplication.class)
@StructureContext
class StructureIndicatorsIT {

  static final TenantId MARIANA = TenantId.of("3140001");
  static final TenantId CAETE = TenantId.of("3110004");
  /** Its managing body is this test's own: TeamCheckServiceIT records Caeté's in the same database. */
  static final TenantId AIMORES = TenantId.of("3101102");

  @Autowired UnitService units;
  @Autowired SocialEntityService entities;
  @Autowired WorkerService workers;
  @Autowired TenantOnboarding onboarding;
  @Autowired IndicatorRebuild rebuild;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcClient jdbc;
  @Autowired ManagingBodyService managingBodies;

  @BeforeEach
  void twoMunicipalities() {
    onboarding.onboard(List.of(MARIANA.ibgeCode(), CAETE.ibgeCode()));
  }

  @Test
  void opening_and_closing_a_cras_moves_the_municipalitys_count_and_no_other() {
    long before = figure(MARIANA, "structure.units.cras");
    long othersBefore = figure(CAETE, "structure.units.cras");

    UnitSummary cras = as(MARIANA, Role.MUNICIPAL_MANAGER, () -> units.create(new UnitForm(UnitType.CRAS,
        "CRAS " + UUID.randomUUID(), "Rua A, 1", null, LocalDate.of(2015, 1, 5), null, 2500, null, Set.of("PAIF"))));
    assertThat(figure(MARIANA, "structure.units.cras")).isEqualTo(before + 1);
    assertThat(figure(CAETE, "structure.units.cras")).isEqualTo(othersBefore);

    as(MARIANA, Role.MUNICIPAL_MANAGER, () -> {
      units.delete(cras.id());
      return null;
    });
    assertThat(figure(MARIANA, "structure.units.cras")).isEqualTo(before);
  }

  @Test
  void an_inscription_published_by_a_council_counts_the_entity_as_inscribed() {
    String cnpj = Cnpj.withCheckDigits(String.format("%08d0001",
        ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999))).digits();
    as(CAETE, Role.MUNICIPAL_STAFF, () -> entities.create(new SocialEntityForm(cnpj, "Lar dos Idosos de Caeté", null,
        Set.of(ActionType.ATENDIMENTO), List.of(new ServiceOffer("ACOLHIMENTO_INSTITUCIONAL", 30)), null, null, null,
        null, null, null)));
    long inscribed = figure(CAETE, "structure.entities.inscribed_cmas");

    as(CAETE, Role.COUNCIL_SECRETARY, () -> transaction.execute(status -> {
      events.publishEvent(new EntityInscriptionChanged(cnpj, "CMAS", InscriptionStatus.INSCRIBED,
          LocalDate.of(2026, 3, 10), "ABC-123"));
      return null;
    }));

    assertThat(figure(CAETE, "structure.entities.inscribed_cmas")).isEqualTo(inscribed + 1);
    assertThat(figure(CAETE, "structure.entities.capacity.special_high")).isGreaterThanOrEqualTo(30);
  }

  @Test
  void a_full_time_permanent_worker_counts_in_the_workforce_and_its_bond_share() {
    UnitSummary cras = as(MARIANA, Role.MUNICIPAL_MANAGER, () -> units.create(new UnitForm(UnitType.CRAS,
        "CRAS " + UUID.randomUUID(), "Rua C, 3", null, LocalDate.of(2012, 3, 1), null, 2500, null, Set.of("PAIF"))));
    long workersBefore = figure(MARIANA, "structure.workers.total");
    long psychologistsBefore = figure(MARIANA, "structure.workers.profession.psicologo");

    as(MARIANA, Role.MUNICIPAL_MANAGER, () -> workers.create(new WorkerForm("Ana Teste", "529.982.247-25",
        Profession.PSICOLOGO, EducationLevel.SUPERIOR, EmploymentBond.EFETIVO, 40, cras.id(), false)));

    assertThat(figure(MARIANA, "structure.workers.total")).isEqualTo(workersBefore + 1);
    assertThat(figure(MARIANA, "structure.workers.profession.psicologo")).isEqualTo(psychologistsBefore + 1);
    assertThat(jdbc.sql("SELECT denominator FROM platform.indicator_value WHERE tenant_code = ? AND code = ?")
        .params(MARIANA.ibgeCode(), "structure.workers.permanent_share").query(BigDecimal.class).single()
        .longValueExact()).isEqualTo(workersBefore + 1);
  }

  @Test
  void a_rebuild_gives_the_same_figures_as_the_writes_did() {
    as(MARIANA, Role.MUNICIPAL_MANAGER, () -> units.create(new UnitForm(UnitType.CREAS,
        "CREAS " + UUID.randomUUID(), "Rua B, 2", null, LocalDate.of(2016, 2, 1), null, 50, null, Set.of("PAEFI"))));
    List<String> incremental = rows(MARIANA);

    jdbc.sql("DELETE FROM platform.indicator_value WHERE tenant_code = ?").param(MARIANA.ibgeCode()).update();
    rebuild.rebuildAll();

    assertThat(rows(MARIANA)).isEqualTo(incremental);
  }

  @Test
  void the_managing_bodys_population_is_published_for_the_association() {
    onboarding.onboard(List.of(AIMORES.ibgeCode()));
    int population = as(AIMORES, Role.MUNICIPAL_MANAGER, () -> managingBodies.find()
        .orElseGet(() -> managingBodies.save(null, new ManagingBodyForm("Secretaria de Assistência Social",
            "11222333000181", "Gestora", null, null, null, 40_750, null)))
        .population());
    rebuild.rebuildAll();

    assertThat(figure(AIMORES, StructureIndicators.POPULATION)).isEqualTo(population);
  }

  private long figure(TenantId tenant, String code) {
    return jdbc.sql("SELECT value FROM platform.indicator_value WHERE tenant_code = ? AND code = ?")
        .params(tenant.ibgeCode(), code).query(BigDecimal.class).optional().map(BigDecimal::longValueExact).orElse(0L);
  }

  /** This module's figures (the rebuild also computes those of the modules structure depends on). */
  private List<String> rows(TenantId tenant) {
    return jdbc.sql("""
            SELECT code || '=' || value FROM platform.indicator_value
            WHERE tenant_code = ? AND code LIKE 'structure.%' ORDER BY code""")
        .param(tenant.ibgeCode()).query(String.class).list();
  }
}
