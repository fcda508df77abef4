package br.org.teia.kernel.tenancy;

import java.time.Instant;

/** A row of the tenant catalogue (platform schema). */
public record Tenant(
    TenantId id,
    String name,
    String uf,
    TenantStatus status,
    String schemaName,
    String changelogVersion,
    String lastError,
    Instant createdAt,
    Instant updatedAt) {

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }
}
