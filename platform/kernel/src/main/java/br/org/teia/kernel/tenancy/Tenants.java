package br.org.teia.kernel.tenancy;

import br.org.teia.kernel.TeiaException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
      // The status as a message of its own, so refusals say "Suspenso", not SUSPENDED.
      throw new TeiaException("tenant.not-active", id,
          new DefaultMessageSourceResolvable("tenant.status." + tenant.status().name()));
    }
    return TenantScope.enter(id);
  }
}
