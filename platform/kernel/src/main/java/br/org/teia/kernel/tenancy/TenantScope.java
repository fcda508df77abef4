package br.org.teia.kernel.tenancy;

import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The explicit tenant scope of the current thread. Every web request, Vaadin access, job and async
 * task enters one with try-with-resources; leaving restores what was there before, so a pooled
 * thread can never carry a tenant into its next task.
 *
 * <pre>{@code try (var scope = TenantScope.enter(tenant)) { ... } }</pre>
 *
 * Tenant data touched outside a scope fails with {@link NoTenantScopeException}. Web and UI code
 * should enter through {@link Tenants#enter}, which also checks the tenant is active.
 */
public final class TenantScope implements AutoCloseable {

  private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

  private final TenantId previous;
  private final Thread owner;
  private boolean closed;

  private TenantScope(TenantId tenant) {
    this.previous = CURRENT.get();
    this.owner = Thread.currentThread();
    CURRENT.set(tenant);
  }

  public static TenantScope enter(TenantId tenant) {
    if (tenant == null) {
      throw new IllegalArgumentException("tenant is required");
    }
    if (TransactionSynchronizationManager.isActualTransactionActive()
        && !tenant.equals(CURRENT.get())) {
      // The open transaction's connection already points at another schema (or at none).
      throw new IllegalStateException("enter the tenant scope before the transaction starts");
    }
    return new TenantScope(tenant);
  }

  public static Optional<TenantId> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  public static TenantId require() {
    TenantId tenant = CURRENT.get();
    if (tenant == null) {
      throw new NoTenantScopeException();
    }
    return tenant;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException("a tenant scope must be closed by the thread that opened it");
    }
    closed = true;
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
