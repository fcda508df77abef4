package br.org.teia.kernel.task;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import org.springframework.core.task.TaskDecorator;
import java.util.function.Supplier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Carries the submitter's tenant scope and security context into a task run by a pool thread.
 * Both are captured when the task is <em>submitted</em>, entered when it runs and left when it
 * ends, whatever it throws, so a pooled thread never carries one task's tenant into the next.
 *
 * <p>Leaving restores what the running thread had before rather than clearing blindly: when the
 * pool is saturated the caller runs the task itself (caller-runs policy) and must get its own
 * scope and login back.
 */
public class TenantScopeTaskDecorator implements TaskDecorator {

  private final Supplier<SecurityContextHolderStrategy> contexts;

  /** Reads and writes the security context through Spring Security's static holder. */
  public TenantScopeTaskDecorator() {
    this(() -> null);
  }

  /**
   * Reads and writes it through the application's strategy (the bean Spring Security's filters
   * use; the static holder may belong to another application context in the same JVM, as in
   * tests); a supplier answering null means the static holder.
   */
  public TenantScopeTaskDecorator(Supplier<SecurityContextHolderStrategy> contexts) {
    this.contexts = contexts;
  }

  @Override
  public Runnable decorate(Runnable task) {
    TenantId tenant = TenantScope.current().orElse(null);
    Runnable inScope = () -> {
      if (tenant == null && TenantScope.current().isPresent()) {
        // Some earlier code on this pool thread left a scope open: refuse rather than run the
        // task in a tenant its submitter never was in.
        throw new IllegalStateException("pool thread carries a leaked tenant scope: "
            + TenantScope.current().get());
      }
      try (var scope = tenant == null ? null : TenantScope.enter(tenant)) {
        task.run();
      }
    };
    // Spring Security's wrapper takes the context captured now (submit time) and restores the
    // running thread's previous context afterwards.
    SecurityContextHolderStrategy strategy = contexts.get();
    if (strategy == null) {
      return DelegatingSecurityContextRunnable.create(inScope, null);
    }
    var runnable = new DelegatingSecurityContextRunnable(inScope, strategy.getContext());
    runnable.setSecurityContextHolderStrategy(strategy);
    return runnable;
  }
}
