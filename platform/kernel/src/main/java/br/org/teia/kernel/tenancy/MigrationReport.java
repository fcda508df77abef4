package br.org.teia.kernel.tenancy;

import java.time.Duration;
import java.util.Map;

/** Result of migrate-all: every provisioned tenant is counted exactly once, then verified. */
public record MigrationReport(
    String version,
    int tenants,
    int migrated,
    int alreadyCurrent,
    Map<TenantId, String> failed,
    int verified,
    Duration elapsed) {

  public boolean allOk() {
    return failed.isEmpty() && verified == tenants;
  }
}
