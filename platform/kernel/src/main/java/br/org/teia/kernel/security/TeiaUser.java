package br.org.teia.kernel.security;

import br.org.teia.kernel.tenancy.TenantId;
import java.io.Serializable;
import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The signed-in person: an account with its association roles and its memberships. */
public record TeiaUser(
    UUID accountId,
    String username,
    String displayName,
    Set<Role> associationRoles,
    Map<TenantId, Set<Role>> memberships) implements Principal, Serializable {

  public TeiaUser {
    associationRoles = Set.copyOf(associationRoles);
    memberships = Map.copyOf(memberships);
  }

  @Override
  public String getName() {
    return username;
  }

  public boolean isMemberOf(TenantId tenant) {
    return memberships.containsKey(tenant);
  }

  public Set<Role> rolesIn(TenantId tenant) {
    return memberships.getOrDefault(tenant, Set.of());
  }

  public boolean isAssociationStaff() {
    return !associationRoles.isEmpty();
  }
}
