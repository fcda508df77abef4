package br.org.teia.kernel.tenancy;

import br.org.teia.kernel.TeiaException;
import org.springframework.stereotype.Service;

/** The entry point for code that acts for a tenant: checks the catalogue, then opens the scope. */
@Service
public class Tenants {

  private final TenantCatalog catalog;

  Tenants(TenantCatalog catalog) {
    this.catalog = catalog;
  }

  /** Enters the scope of an active tenant; refuses unknown, suspended and unfinished ones. */
  public TenantScope enter(TenantId id) {
    Tenant tenant = catalog.find(id).orElseThrow(() -> new TeiaException("tenant.unknown", id));
    if (!tenant.isActive()) {
      throw new TeiaException("tenant.not-active", id, tenant.status());
    }
    return TenantScope.enter(id);
  }
}
