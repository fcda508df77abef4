package br.org.teia.kernel.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.internal.SchemaOwnerConfiguration;
import br.org.teia.kernel.tenancy.internal.SchemaScripts;
import br.org.teia.kernel.testapp.KernelTestApplication;
import br.org.teia.kernel.testapp.Note;
import br.org.teia.kernel.testapp.NoteRepository;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(classes = KernelTestApplication.class)
class TenancyIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId SABARA = TenantId.of("3156700");

  @Autowired TenantOnboarding onboarding;
  @Autowired TenantCatalog catalog;
  @Autowired Tenants tenants;
  @Autowired NoteRepository notes;
  @Autowired SchemaScripts scripts;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate tx;
  @Autowired @Qualifier(SchemaOwnerConfiguration.OWNER_DATA_SOURCE) DataSource owner;

  void onboardTwo() {
    onboarding.onboard(List.of(CONTAGEM.ibgeCode(), SABARA.ibgeCode()));
  }

  @Test
  void onboarding_creates_an_active_verified_schema_per_municipality() {
    OnboardingReport report = onboarding.onboard(List.of("3118601", "3156700"));

    assertThat(catalog.find(CONTAGEM)).get().satisfies(t -> {
      assertThat(t.status()).isEqualTo(TenantStatus.ACTIVE);
      assertThat(t.name()).isEqualTo("Contagem");
      assertThat(t.uf()).isEqualTo("MG");
      assertThat(t.schemaName()).isEqualTo("mun_3118601");
      assertThat(t.changelogVersion()).isEqualTo("2:note-0002");
    });
    assertThat(report.failed()).isEmpty();
    assertThat(scripts.verify("mun_3118601")).isEmpty();
    assertThat(scripts.verify("mun_3156700")).isEmpty();
    assertThat(scripts.appliedChangeSets("mun_3118601")).containsExactly("note-0001", "note-0002");
  }

  @Test
  void bad_codes_are_refused_one_by_one_without_stopping_the_good_ones() {
    OnboardingReport report = onboarding.onboard(List.of("12345", "3199999", "3106705", "3106705"));

    assertThat(report.refused()).containsOnlyKeys("12345", "3199999");
    assertThat(report.refused().get("12345").messageKey()).isEqualTo("tenant.ibge.format");
    assertThat(report.refused().get("3199999").messageKey()).isEqualTo("tenant.ibge.unknown");
    assertThat(catalog.find(TenantId.of("3106705")).orElseThrow().isActive()).isTrue();
  }

  @Test
  void onboarding_an_active_tenant_again_changes_nothing_and_says_so() {
    onboardTwo();
    try (var scope = tenants.enter(CONTAGEM)) {
      notes.save(new Note("3118601", "kept"));
    }
    OnboardingReport again = onboarding.onboard(List.of("3118601"));

    assertThat(again.alreadyActive()).containsExactly(CONTAGEM);
    assertThat(again.onboarded()).isEmpty();
    try (var scope = tenants.enter(CONTAGEM)) {
      assertThat(notes.findAll()).extracting(Note::getText).contains("kept");
    }
  }

  @Test
  void a_schema_half_created_by_a_crash_is_rebuilt_when_onboarding_resumes() {
    // What a crash between the catalogue insert and the schema transaction leaves behind,
    // plus debris from an older, non-transactional attempt.
    jdbc.sql("INSERT INTO platform.tenant (ibge_code, name, uf, status, schema_name) "
        + "VALUES ('3170206', 'Uberlândia', 'MG', 'PROVISIONING', 'mun_3170206')").update();
    JdbcClient.create(owner).sql("CREATE SCHEMA mun_3170206; CREATE TABLE mun_3170206.half (x int)").update();

    OnboardingReport report = onboarding.onboard(List.of("3170206"));

    assertThat(report.onboarded()).containsExactly(TenantId.of("3170206"));
    assertThat(scripts.verify("mun_3170206")).isEmpty();
    assertThat(scripts.tables("mun_3170206")).doesNotContain("half");
  }

  @Test
  void each_tenant_sees_only_its_own_rows() {
    onboardTwo();
    try (var scope = tenants.enter(CONTAGEM)) {
      notes.save(new Note("3118601", "de Contagem"));
      assertThat(notes.currentSchema()).isEqualTo("mun_3118601");
    }
    try (var scope = tenants.enter(SABARA)) {
      notes.save(new Note("3156700", "de Sabará"));
      assertThat(notes.findAll()).extracting(Note::getWrittenFor).containsOnly("3156700");
    }
    try (var scope = tenants.enter(CONTAGEM)) {
      assertThat(notes.findAll()).extracting(Note::getWrittenFor).containsOnly("3118601");
    }
  }

  @Test
  void tenant_data_outside_a_scope_fails_loudly() {
    onboardTwo();
    assertThatThrownBy(() -> notes.findAll()).hasRootCauseInstanceOf(NoTenantScopeException.class);
  }

  @Test
  void a_rolled_back_transaction_does_not_leave_the_connection_in_the_tenant_schema() {
    onboardTwo();
    try (var scope = tenants.enter(CONTAGEM)) {
      assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
        notes.save(new Note("3118601", "rolled back"));
        throw new IllegalStateException("injected");
      })).hasMessage("injected");
    }
    try (var scope = tenants.enter(SABARA)) {
      for (int i = 0; i < 20; i++) { // every pooled connection gets borrowed again
        assertThat(notes.currentSchema()).isEqualTo("mun_3156700");
      }
    }
    assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single())
        .isEqualTo("teia_no_tenant");
  }

  @Test
  void switching_tenant_inside_a_transaction_is_refused() {
    onboardTwo();
    try (var scope = tenants.enter(CONTAGEM)) {
      assertThatThrownBy(() -> tx.executeWithoutResult(status -> TenantScope.enter(SABARA)))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void unknown_and_suspended_tenants_cannot_be_entered() {
    onboardTwo();
    assertThatThrownBy(() -> tenants.enter(TenantId.of("1100015")))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("tenant.unknown"));
    onboarding.suspend(SABARA);
    try {
      assertThatThrownBy(() -> tenants.enter(SABARA))
          .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("tenant.not-active"));
    } finally {
      onboarding.reactivate(SABARA);
    }
    assertThat(catalog.find(SABARA).orElseThrow().isActive()).isTrue();
  }

  @Test
  void the_scope_is_cleared_on_exit_and_restores_an_outer_one() {
    try (var outer = TenantScope.enter(CONTAGEM)) {
      try (var inner = TenantScope.enter(SABARA)) {
        assertThat(TenantScope.require()).isEqualTo(SABARA);
      }
      assertThat(TenantScope.require()).isEqualTo(CONTAGEM);
    }
    assertThat(TenantScope.current()).isEmpty();
  }
}
