package br.org.teia.console.onboarding;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import br.org.teia.console.csv.RowError;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.TenantStatus;
import br.org.teia.testsupport.ActingAs;
import br.org.teia.testsupport.TeiaTestApplication;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
class OnboardingJobServiceIT {

  static final TenantId PARA_DE_MINAS = TenantId.of("3147105");
  static final TenantId PEDRO_LEOPOLDO = TenantId.of("3149309");
  static final TenantId VESPASIANO = TenantId.of("3171204");
  static final TenantId MONTES_CLAROS = TenantId.of("3143302");
  static final TenantId JUIZ_DE_FORA = TenantId.of("3136702");

  @Autowired OnboardingJobService jobs;
  @Autowired TenantOnboarding onboarding;
  @Autowired TenantCatalog catalog;
  @Autowired JdbcClient jdbc;

  @Test
  void a_list_is_onboarded_in_the_background_and_its_progress_is_kept_in_the_database() {
    OnboardingJob started = as(Role.ASSOCIATION_ADMIN,
        () -> jobs.onboard(List.of(PARA_DE_MINAS.ibgeCode(), " " + PEDRO_LEOPOLDO.ibgeCode() + " ")));

    assertThat(started.total()).isEqualTo(2);
    assertThat(started.requestedBy()).isEqualTo(ActingAs.DISPLAY_NAME);
    OnboardingJob finished = awaitEnd(started.id());
    assertThat(finished.status()).isEqualTo(JobStatus.FINISHED);
    assertThat(finished.done()).isEqualTo(2);
    assertThat(finished.failed()).isZero();
    assertThat(finished.fraction()).isEqualTo(1.0);
    assertThat(as(Role.ASSOCIATION_ADMIN, () -> jobs.items(started.id(), null)))
        .extracting(OnboardingJobItem::ibgeCode, OnboardingJobItem::status)
        .containsExactlyInAnyOrder(tuple(PARA_DE_MINAS.ibgeCode(), ItemStatus.DONE), tuple(PEDRO_LEOPOLDO.ibgeCode(), ItemStatus.DONE));
    assertThat(catalog.find(PARA_DE_MINAS).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
    // The screen reads the items a page at a time, in the order of the whole list (by name).
    List<OnboardingJobItem> whole = as(Role.ASSOCIATION_ADMIN, () -> jobs.items(started.id(), null));
    assertThat(as(Role.ASSOCIATION_ADMIN, () -> jobs.countItems(started.id(), null))).isEqualTo(2);
    assertThat(as(Role.ASSOCIATION_ADMIN, () -> jobs.items(started.id(), null, 0, 1))).containsExactly(whole.get(0));
    assertThat(as(Role.ASSOCIATION_ADMIN, () -> jobs.items(started.id(), null, 1, 1))).containsExactly(whole.get(1));
    assertThat(as(Role.ASSOCIATION_ADMIN, () -> jobs.countItems(started.id(), ItemStatus.FAILED))).isZero();
  }

  /** Onboarding creates municipalities: the association's admin does it, staff are refused (docs/roles.md). */
  @Test
  void association_staff_are_refused_onboarding_and_its_jobs() {
    long jobsBefore = count("platform.onboarding_job");

    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> jobs.onboard(List.of(MONTES_CLAROS.ibgeCode()))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> jobs.recent())).isInstanceOf(AccessDeniedException.class);
    assertThat(count("platform.onboarding_job")).isEqualTo(jobsBefore);
  }

  @Test
  void bad_entries_refuse_the_whole_list_each_named_and_nothing_is_created() {
    onboarding.onboard(List.of(VESPASIANO.ibgeCode()));
    long jobsBefore = count("platform.onboarding_job");

    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> jobs.onboard(List.of(
        MONTES_CLAROS.ibgeCode(), "31x", "3199999", MONTES_CLAROS.ibgeCode(), VESPASIANO.ibgeCode()))))
        .isInstanceOfSatisfying(RowErrorsException.class, e -> assertThat(e.errors())
            .extracting(RowError::line, RowError::input, RowError::messageKey)
            .containsExactly(
                tuple(2, "31x", "tenant.ibge.format"),
                tuple(3, "3199999", "tenant.ibge.unknown"),
                tuple(4, MONTES_CLAROS.ibgeCode(), "console.onboarding.duplicate"),
                tuple(5, VESPASIANO.ibgeCode(), "console.onboarding.already-member")));
    assertThat(count("platform.onboarding_job")).isEqualTo(jobsBefore);
    assertThat(catalog.find(MONTES_CLAROS)).isEmpty();
  }

  @Test
  void an_empty_list_and_an_unknown_state_are_refused_in_portuguese_terms() {
    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> jobs.onboard(List.of())))
        .isInstanceOfSatisfying(RowErrorsException.class,
            e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("console.onboarding.empty"));
    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> jobs.onboardState("XX")))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("tenant.uf.unknown"));
  }

  @Test
  void a_whole_state_is_onboarded_and_a_second_request_says_it_is_complete() {
    OnboardingJob job = as(Role.ASSOCIATION_ADMIN, () -> jobs.onboardState("df"));
    assertThat(awaitEnd(job.id()).done()).isEqualTo(1);

    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> jobs.onboardState("DF")))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("console.onboarding.state-complete"));
  }

  @Test
  void an_interrupted_job_reads_as_interrupted_and_its_unfinished_municipalities_can_be_retried() {
    // What a node that stopped mid-job leaves: RUNNING, no heartbeat for long, one item never run.
    UUID stale = UUID.randomUUID();
    jdbc.sql("""
            INSERT INTO platform.onboarding_job (id, description, status, total, requested_by, heartbeat_at)
            VALUES (?, 'teste', 'RUNNING', 1, 'teste', now() - interval '1 hour')""").param(stale).update();
    jdbc.sql("INSERT INTO platform.onboarding_job_item (job_id, ibge_code, name, status) VALUES (?, ?, 'Juiz de Fora', 'PENDING')")
        .params(stale, JUIZ_DE_FORA.ibgeCode()).update();

    assertThat(as(Role.ASSOCIATION_ADMIN, () -> jobs.job(stale)).status()).isEqualTo(JobStatus.INTERRUPTED);
    OnboardingJob retried = as(Role.ASSOCIATION_ADMIN, () -> jobs.retry(stale));

    assertThat(awaitEnd(retried.id()).status()).isEqualTo(JobStatus.FINISHED);
    assertThat(catalog.find(JUIZ_DE_FORA).orElseThrow().isActive()).isTrue();
    assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> jobs.retry(stale)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("console.onboarding.retry.nothing"));
  }

  @Test
  void a_code_waiting_in_a_running_job_cannot_be_asked_again() {
    UUID running = UUID.randomUUID();
    jdbc.sql("INSERT INTO platform.onboarding_job (id, description, status, total, requested_by) VALUES (?, 't', 'RUNNING', 1, 't')")
        .param(running).update();
    jdbc.sql("INSERT INTO platform.onboarding_job_item (job_id, ibge_code, name, status) VALUES (?, '3143302', 'Montes Claros', 'PENDING')")
        .param(running).update();
    try {
      assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> jobs.onboard(List.of(MONTES_CLAROS.ibgeCode()))))
          .isInstanceOfSatisfying(RowErrorsException.class,
              e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("console.onboarding.in-progress"));
      assertThatThrownBy(() -> as(Role.ASSOCIATION_ADMIN, () -> jobs.retry(running)))
          .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("console.onboarding.retry.running"));
    } finally {
      jdbc.sql("DELETE FROM platform.onboarding_job WHERE id = ?").param(running).update();
    }
  }

  @Test
  void municipal_people_cannot_onboard_nor_read_jobs() {
    for (Role role : Arrays.stream(Role.values()).filter(r -> r.scope() == Role.Scope.TENANT).toList()) {
      assertThatThrownBy(() -> as(role, () -> jobs.onboard(List.of(MONTES_CLAROS.ibgeCode()))))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(role, () -> jobs.recent())).isInstanceOf(AccessDeniedException.class);
    }
  }

  private OnboardingJob awaitEnd(UUID id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      OnboardingJob job = as(Role.ASSOCIATION_ADMIN, () -> jobs.job(id));
      if (!job.status().active()) {
        return job;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("onboarding job " + id + " did not end in 60 s");
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }
}
