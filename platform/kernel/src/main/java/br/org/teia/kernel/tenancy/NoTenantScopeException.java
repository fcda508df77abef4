package br.org.teia.kernel.tenancy;

/** Tenant data was touched outside a tenant scope: a programming error, never a user's. */
public class NoTenantScopeException extends IllegalStateException {

  public NoTenantScopeException() {
    super("Tenant data accessed outside a tenant scope: enter one with TenantScope.enter(...) "
        + "or Tenants.enter(...)");
  }
}
