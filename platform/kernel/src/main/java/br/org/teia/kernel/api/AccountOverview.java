package br.org.teia.kernel.api;

import br.org.teia.kernel.security.Role;
import java.util.List;
import java.util.UUID;

/**
 * Who is calling: the account, its association roles, every membership, and the municipality this
 * request acts in ({@code currentTenant}, null when the access is bound to none).
 */
public record AccountOverview(
    UUID accountId,
    String username,
    String displayName,
    List<Role> associationRoles,
    List<MembershipSummary> memberships,
    TenantSummary currentTenant) {}
