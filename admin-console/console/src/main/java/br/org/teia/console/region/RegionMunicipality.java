package br.org.teia.console.region;

import br.org.teia.kernel.tenancy.TenantStatus;

/**
 * A municipality placed in a region (or in a peer group): whether it is a member, and its tenant
 * status when it is one (null otherwise).
 */
public record RegionMunicipality(String ibgeCode, String name, String region, TenantStatus memberStatus) {

  public boolean member() {
    return memberStatus != null;
  }
}
