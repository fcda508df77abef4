package br.org.teia.kernel.security;

import static br.org.teia.kernel.security.Role.ASSOCIATION_ADMIN;
import static br.org.teia.kernel.security.Role.ASSOCIATION_STAFF;
import static br.org.teia.kernel.security.Role.COUNCIL_MEMBER;
import static br.org.teia.kernel.security.Role.COUNCIL_SECRETARY;
import static br.org.teia.kernel.security.Role.MUNICIPAL_MANAGER;
import static br.org.teia.kernel.security.Role.MUNICIPAL_STAFF;

import java.util.List;

/** The kernel's own permissions: the shell's pages and the account API (see docs/roles.md). */
public final class KernelAccess implements PermissionGrants {

  /** Any Teia role: one's own account and the municipality the token acts in. */
  public static final String ACCOUNT = "account:self";
  /** The municipality's home page: the municipality's and the council's people. */
  public static final String MUNICIPALITY_HOME = "municipality:home";
  /** The whole tenant catalogue: association staff. */
  public static final String TENANT_CATALOGUE = "tenants:catalogue";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(ACCOUNT, "one's own account and current municipality (API)", Role.values())
            .because("everyone signed in manages their own account"),
        Permission.of(MUNICIPALITY_HOME, "the municipality's home page",
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF, COUNCIL_SECRETARY, COUNCIL_MEMBER)
            .because("the municipality's and the council's people start from the municipality's page"),
        Permission.of(TENANT_CATALOGUE, "the catalogue of all municipalities (API)", ASSOCIATION_ADMIN, ASSOCIATION_STAFF)
            .because("only the association works across municipalities"));
  }
}
