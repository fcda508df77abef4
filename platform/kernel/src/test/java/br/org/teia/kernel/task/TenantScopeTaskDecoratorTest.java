package br.org.teia.kernel.task;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import java.util.Optional;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

class TenantScopeTaskDecoratorTest {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId SABARA = TenantId.of("3156700");

  record Seen(Optional<TenantId> tenant, String user, Thread thread) {}

  /** One thread only: every task after the first runs where the previous one ran. */
  ThreadPoolTaskExecutor oneThread;

  @BeforeEach
  void startPool() {
    oneThread = new ThreadPoolTaskExecutor();
    oneThread.setCorePoolSize(1);
    oneThread.setMaxPoolSize(1);
    oneThread.setTaskDecorator(new TenantScopeTaskDecorator());
    oneThread.initialize();
  }

  @AfterEach
  void stopPool() {
    oneThread.shutdown();
    SecurityContextHolder.clearContext();
  }

  Seen look() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return new Seen(TenantScope.current(), auth == null ? null : auth.getName(), Thread.currentThread());
  }

  @Test
  void a_task_sees_the_submitters_tenant_and_leaves_no_scope_on_the_pool_thread() throws Exception {
    Future<Seen> inContagem;
    try (var scope = TenantScope.enter(CONTAGEM)) {
      inContagem = oneThread.submit(this::look);
    }
    Seen during = inContagem.get();
    Seen after = oneThread.submit(this::look).get();

    assertThat(during.tenant()).contains(CONTAGEM);
    assertThat(after.thread()).isSameAs(during.thread());
    assertThat(after.tenant()).isEmpty();
  }

  @Test
  void a_task_submitted_outside_a_scope_runs_without_one() throws Exception {
    assertThat(oneThread.submit(this::look).get().tenant()).isEmpty();
  }

  @Test
  void each_task_gets_the_tenant_of_its_own_submitter() throws Exception {
    Future<Seen> first;
    Future<Seen> second;
    try (var scope = TenantScope.enter(CONTAGEM)) {
      first = oneThread.submit(this::look);
    }
    try (var scope = TenantScope.enter(SABARA)) {
      second = oneThread.submit(this::look);
    }
    assertThat(first.get().tenant()).contains(CONTAGEM);
    assertThat(second.get().tenant()).contains(SABARA);
  }

  @Test
  void a_failing_task_still_leaves_no_scope_behind() throws Exception {
    Future<?> failing;
    try (var scope = TenantScope.enter(CONTAGEM)) {
      failing = oneThread.submit(() -> {
        throw new IllegalStateException("task failed");
      });
    }
    assertThat(failing).failsWithin(java.time.Duration.ofSeconds(5));

    assertThat(oneThread.submit(this::look).get().tenant()).isEmpty();
  }

  @Test
  void a_task_sees_the_submitters_login_and_the_pool_thread_forgets_it() throws Exception {
    SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("maria", null));
    Seen during = oneThread.submit(this::look).get();
    SecurityContextHolder.clearContext();
    Seen after = oneThread.submit(this::look).get();

    assertThat(during.user()).isEqualTo("maria");
    assertThat(after.thread()).isSameAs(during.thread());
    assertThat(after.user()).isNull();
  }

  @Test
  void a_task_run_by_its_caller_gives_the_caller_its_own_scope_back() {
    // What the caller-runs policy does when the pool is full: run on the submitting thread.
    Runnable decorated;
    try (var scope = TenantScope.enter(CONTAGEM)) {
      decorated = new TenantScopeTaskDecorator().decorate(() ->
          assertThat(TenantScope.current()).contains(CONTAGEM));
    }
    try (var scope = TenantScope.enter(SABARA)) {
      decorated.run();
      assertThat(TenantScope.current()).contains(SABARA);
    }
  }

  @Test
  void the_login_travels_through_the_applications_own_strategy_not_the_static_holder() throws Exception {
    // Another application context in the same JVM may own the static holder: the decorator must
    // read and write the strategy Spring Security's filters of this application use.
    ThreadLocal<org.springframework.security.core.context.SecurityContext> own = new ThreadLocal<>();
    var strategy = new org.springframework.security.core.context.SecurityContextHolderStrategy() {
      @Override public void clearContext() { own.remove(); }
      @Override public org.springframework.security.core.context.SecurityContext getContext() {
        if (own.get() == null) { own.set(createEmptyContext()); }
        return own.get();
      }
      @Override public void setContext(org.springframework.security.core.context.SecurityContext context) { own.set(context); }
      @Override public org.springframework.security.core.context.SecurityContext createEmptyContext() {
        return new org.springframework.security.core.context.SecurityContextImpl();
      }
    };
    strategy.getContext().setAuthentication(new TestingAuthenticationToken("ana", "x", "ROLE_MUNICIPAL_STAFF"));
    SecurityContextHolder.clearContext(); // the static holder knows nobody

    var seen = new java.util.concurrent.atomic.AtomicReference<String>();
    Runnable task = new TenantScopeTaskDecorator(() -> strategy).decorate(() -> {
      var who = strategy.getContext().getAuthentication();
      seen.set(who == null ? null : who.getName());
    });
    Thread worker = new Thread(task);
    worker.start();
    worker.join();

    assertThat(seen.get()).isEqualTo("ana");
  }
}
