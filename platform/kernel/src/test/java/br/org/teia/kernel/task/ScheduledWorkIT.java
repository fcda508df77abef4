package br.org.teia.kernel.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.TenantScope;
import br.org.teia.kernel.tenancy.TenantStatus;
import br.org.teia.kernel.testapp.AsyncProbe;
import br.org.teia.kernel.testapp.KernelTestApplication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = KernelTestApplication.class)
class ScheduledWorkIT {

  static final TenantId NOVA_LIMA = TenantId.of("3144805");
  static final TenantId RIBEIRAO_DAS_NEVES = TenantId.of("3154606");
  static final TenantId SANTA_LUZIA = TenantId.of("3157807");
  static final TenantId IPATINGA = TenantId.of("3131307");
  static final TenantId UBERABA = TenantId.of("3170107");

  @Autowired TenantJobs jobs;
  @Autowired TenantOnboarding onboarding;
  @Autowired TenantCatalog catalog;
  @Autowired LockProvider locks;
  @Autowired AsyncProbe probe;

  @BeforeEach
  void threeTenantsOneSuspended() {
    onboarding.onboard(List.of(NOVA_LIMA.ibgeCode(), RIBEIRAO_DAS_NEVES.ibgeCode(), SANTA_LUZIA.ibgeCode()));
    onboarding.reactivate(NOVA_LIMA);
    onboarding.reactivate(RIBEIRAO_DAS_NEVES);
    onboarding.suspend(SANTA_LUZIA);
  }

  @Test
  void a_tenant_job_visits_each_active_tenant_exactly_once_in_its_scope_and_no_suspended_one() {
    List<TenantId> visited = new ArrayList<>();

    TenantJobReport report = jobs.forEachActiveTenant("test-job", tenant -> {
      assertThat(TenantScope.current()).contains(tenant);
      visited.add(tenant);
    });

    List<TenantId> active = catalog.findByStatus(TenantStatus.ACTIVE).stream().map(Tenant::id).toList();
    assertThat(visited).containsExactlyElementsOf(active) // each once, in catalogue order
        .contains(NOVA_LIMA, RIBEIRAO_DAS_NEVES)
        .doesNotContain(SANTA_LUZIA);
    assertThat(report.done()).isEqualTo(visited);
    assertThat(report.failed()).isEmpty();
    assertThat(TenantScope.current()).isEmpty();
  }

  @Test
  void one_tenant_failing_does_not_stop_the_others() {
    TenantJobReport report = jobs.forEachActiveTenant("test-job", tenant -> {
      if (tenant.equals(NOVA_LIMA)) {
        throw new IllegalStateException("boom in " + tenant);
      }
    });

    assertThat(report.failed()).containsOnlyKeys(NOVA_LIMA);
    assertThat(report.done()).contains(RIBEIRAO_DAS_NEVES).doesNotContain(NOVA_LIMA);
    assertThat(TenantScope.current()).isEmpty();
  }

  @Test
  void a_job_running_tenants_in_parallel_leaves_the_async_pool_free() throws Exception {
    onboarding.onboard(List.of(IPATINGA.ibgeCode(), UBERABA.ibgeCode()));
    onboarding.reactivate(IPATINGA);
    onboarding.reactivate(UBERABA);
    int workers = 4; // as many as the application's @Async pool has core threads
    CountDownLatch allBusy = new CountDownLatch(workers);
    CountDownLatch release = new CountDownLatch(1);
    List<String> workerThreads = new CopyOnWriteArrayList<>();
    CompletableFuture<TenantJobReport> job = CompletableFuture.supplyAsync(() ->
        jobs.forEachActiveTenant("test-job", workers, tenant -> {
          workerThreads.add(Thread.currentThread().getName());
          allBusy.countDown();
          await(release);
        }), runnable -> new Thread(runnable, "test-scheduler").start());
    try {
      assertThat(allBusy.await(30, TimeUnit.SECONDS)).as("four tenants under way at once").isTrue();
      // a rebuild of every municipality must not hold back the application's other async work
      assertThat(probe.whatDoISee().get(10, TimeUnit.SECONDS).thread()).startsWith("teia-async-");
      assertThat(workerThreads).noneMatch(name -> name.startsWith("teia-async-"));
    } finally {
      release.countDown();
    }
    assertThat(job.get(60, TimeUnit.SECONDS).failed()).isEmpty();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void a_tenant_job_refuses_to_start_inside_a_tenant_scope() {
    try (var scope = TenantScope.enter(NOVA_LIMA)) {
      assertThatThrownBy(() -> jobs.forEachActiveTenant("test-job", tenant -> {}))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void a_job_lock_held_by_one_node_is_refused_to_another_until_released() {
    LockConfiguration job =
        new LockConfiguration(Instant.now(), "test-lock", Duration.ofMinutes(1), Duration.ZERO);

    Optional<SimpleLock> first = locks.lock(job);
    Optional<SimpleLock> second = locks.lock(job);
    assertThat(first).isPresent();
    assertThat(second).isEmpty();

    first.get().unlock();
    Optional<SimpleLock> afterRelease = locks.lock(job);
    assertThat(afterRelease).isPresent();
    afterRelease.get().unlock();
  }

  @Test
  void a_scheduled_method_is_skipped_while_another_node_holds_its_lock() {
    int before = probe.lockedJobRuns();
    LockConfiguration otherNode =
        new LockConfiguration(Instant.now(), "kernel-test-job", Duration.ofMinutes(1), Duration.ZERO);
    SimpleLock held = locks.lock(otherNode).orElseThrow();
    try {
      probe.lockedJob();
      assertThat(probe.lockedJobRuns()).isEqualTo(before);
    } finally {
      held.unlock();
    }
    probe.lockedJob();
    assertThat(probe.lockedJobRuns()).isEqualTo(before + 1);
  }
}
