package br.org.teia.kernel.api;

import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantStatus;

/** A municipality as the catalogue lists it. */
public record TenantSummary(String ibgeCode, String name, String uf, TenantStatus status) {

  static TenantSummary of(Tenant tenant) {
    return new TenantSummary(tenant.id().ibgeCode(), tenant.name(), tenant.uf(), tenant.status());
  }
}
