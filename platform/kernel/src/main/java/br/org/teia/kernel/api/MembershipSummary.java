package br.org.teia.kernel.api;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantStatus;
import java.util.List;

/** A municipality the person belongs to, with their roles there. */
public record MembershipSummary(String ibgeCode, String name, String uf, TenantStatus status, List<Role> roles) {}
