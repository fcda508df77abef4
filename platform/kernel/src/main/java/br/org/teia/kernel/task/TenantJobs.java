package br.org.teia.kernel.task;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import br.org.teia.kernel.tenancy.TenantStatus;
import br.org.teia.kernel.tenancy.Tenants;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job once per ACTIVE tenant, inside that tenant's scope:
 *
 * <pre>{@code
 * @Scheduled(cron = "0 0 3 * * *")
 * @SchedulerLock(name = "monthly-indicators")
 * void rollUp() { tenantJobs.forEachActiveTenant("monthly-indicators", tenant -> indicators.rollUp()); }
 * }</pre>
 *
 * Tenants run one after another on the calling thread, or on a few threads at once
 * ({@link #forEachActiveTenant(String, int, Consumer)}: each tenant's work still runs whole on one
 * thread, in that tenant's scope); one tenant's failure is logged and reported and never stops the
 * others. A tenant suspended while the run is under way is skipped.
 */
@Component
public class TenantJobs implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(TenantJobs.class);

  private final TenantCatalog catalog;
  private final Tenants tenants;
  /**
   * A thread for each worker of a run, not the application's {@code @Async} pool: a rebuild of every
   * municipality on its four core threads would hold back all other async work until it ended. The
   * number of workers is bounded by each run's parallelism.
   */
  private final SimpleAsyncTaskExecutor workerThreads = new SimpleAsyncTaskExecutor("teia-tenant-job-");

  TenantJobs(TenantCatalog catalog, Tenants tenants, TenantScopeTaskDecorator decorator) {
    this.catalog = catalog;
    this.tenants = tenants;
    workerThreads.setTaskDecorator(decorator); // no scope or sign-in of the caller leaks into a worker
    workerThreads.setTaskTerminationTimeout(30_000); // a stop lets the tenants under way finish, as @Async does
  }

  @Override
  public void destroy() {
    workerThreads.close();
  }

  public TenantJobReport forEachActiveTenant(String job, Consumer<TenantId> work) {
    return forEachActiveTenant(job, 1, work);
  }

  /**
   * As above, {@code parallelism} tenants at a time (1: on the calling thread), each worker on a
   * thread of its own. The work must not rely on state of the calling thread: each tenant runs with
   * only its own scope entered.
   */
  public TenantJobReport forEachActiveTenant(String job, int parallelism, Consumer<TenantId> work) {
    if (TenantScope.current().isPresent()) {
      throw new IllegalStateException("tenant jobs start outside any tenant scope");
    }
    List<TenantId> done = Collections.synchronizedList(new ArrayList<>());
    Map<TenantId, String> failed = new ConcurrentHashMap<>();
    List<TenantId> active = catalog.findByStatus(TenantStatus.ACTIVE).stream().map(Tenant::id).toList();
    if (parallelism <= 1) {
      active.forEach(id -> runOne(job, id, work, done, failed));
    } else {
      // a few workers take the tenants one by one off a shared queue
      ConcurrentLinkedQueue<TenantId> queue = new ConcurrentLinkedQueue<>(active);
      List<CompletableFuture<Void>> workers = new ArrayList<>();
      for (int i = 0; i < Math.min(parallelism, active.size()); i++) {
        workers.add(CompletableFuture.runAsync(() -> {
          for (TenantId id = queue.poll(); id != null; id = queue.poll()) {
            runOne(job, id, work, done, failed);
          }
        }, workerThreads));
      }
      CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
    }
    log.info("{}: {} tenants done, {} failed", job, done.size(), failed.size());
    return new TenantJobReport(job, List.copyOf(done), Map.copyOf(new LinkedHashMap<>(failed)));
  }

  private void runOne(String job, TenantId id, Consumer<TenantId> work, List<TenantId> done, Map<TenantId, String> failed) {
    TenantScope scope;
    try {
      scope = tenants.enter(id); // checks the status again: the list may be minutes old
    } catch (TeiaException notActiveAnyMore) {
      log.info("{}: skipping {}, no longer active", job, id);
      return;
    }
    try (scope) {
      work.accept(id);
      done.add(id);
    } catch (RuntimeException e) {
      log.error("{}: tenant {} failed", job, id, e);
      failed.put(id, String.valueOf(e.getMessage()));
    }
  }
}
