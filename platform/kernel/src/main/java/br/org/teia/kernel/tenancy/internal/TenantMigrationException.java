package br.org.teia.kernel.tenancy.internal;

/** A tenant schema could not be created, migrated or verified. */
public class TenantMigrationException extends RuntimeException {

  public TenantMigrationException(String message) {
    super(message);
  }

  public TenantMigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
