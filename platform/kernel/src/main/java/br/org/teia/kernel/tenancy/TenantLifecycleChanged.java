package br.org.teia.kernel.tenancy;

import java.util.Objects;

/**
 * A municipality's place in the catalogue changed: onboarded (its schema built at
 * {@code changelogVersion}), suspended, reactivated, restored from a backup, or moved to another database server. Published synchronously by
 * {@link TenantOnboarding} where the change happens, so a listener (the audit log) runs in the same
 * thread and transaction.
 */
public record TenantLifecycleChanged(TenantId tenant, Change change, String changelogVersion) {

  public enum Change {
    ONBOARDED, SUSPENDED, REACTIVATED, RESTORED,
    /** A move to another database server began (read-only until it ends); {@code changelogVersion} names the server. */
    MOVING,
    /** The move ended: the catalogue points at the new server. */
    MOVED,
    /** The move failed: the municipality stays on its server, writable again. */
    MOVE_FAILED
  }

  public TenantLifecycleChanged {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(change, "change");
  }
}
