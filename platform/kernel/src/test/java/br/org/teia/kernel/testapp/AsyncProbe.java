package br.org.teia.kernel.testapp;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Async;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Reports what an @Async method sees, and counts runs of a ShedLock-guarded job. */
@Service
public class AsyncProbe {

  public record Seen(Optional<TenantId> tenant, String user, String thread) {}

  private final AtomicInteger lockedJobRuns = new AtomicInteger();

  @Async
  public CompletableFuture<Seen> whatDoISee() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    return CompletableFuture.completedFuture(new Seen(TenantScope.current(),
        auth == null ? null : auth.getName(), Thread.currentThread().getName()));
  }

  /** What a @Scheduled job looks like; called directly by tests. */
  @SchedulerLock(name = "kernel-test-job", lockAtMostFor = "PT1M")
  public void lockedJob() {
    lockedJobRuns.incrementAndGet();
  }

  public int lockedJobRuns() {
    return lockedJobRuns.get();
  }
}
