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
    Instant updatedAt,
    /** The database server holding its schema ({@link DatabaseServers}). */
    String serverKey,
    /** The server it is being moved to (read-only meanwhile), or null. */
    String movingTo) {

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }
}
