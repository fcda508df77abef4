package br.org.teia.kernel.tenancy;

import java.util.Objects;

/**
 * A municipality's place in the catalogue changed: onboarded (its schema built at
 * {@code changelogVersion}), suspended, reactivated or restored from a backup. Published synchronously by
 * {@link TenantOnboarding} where the change happens, so a listener (the audit log) runs in the same
 * thread and transaction.
 */
public record TenantLifecycleChanged(TenantId tenant, Change change, String changelogVersion) {

  public enum Change { ONBOARDED, SUSPENDED, REACTIVATED, RESTORED }

  public TenantLifecycleChanged {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(change, "change");
  }
}
