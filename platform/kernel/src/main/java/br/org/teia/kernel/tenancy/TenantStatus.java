package br.org.teia.kernel.tenancy;

/** Life cycle of a tenant in the catalogue. */
public enum TenantStatus {
  /** Row created, schema being built; a crash leaves it here and onboarding again resumes it. */
  PROVISIONING,
  ACTIVE,
  /** Onboarding or the last migration failed; the error is kept in the catalogue. */
  FAILED,
  SUSPENDED
}
