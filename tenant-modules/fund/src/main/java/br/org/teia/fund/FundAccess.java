package br.org.teia.fund;

import static br.org.teia.kernel.security.Role.COUNCIL_MEMBER;
import static br.org.teia.kernel.security.Role.COUNCIL_SECRETARY;
import static br.org.teia.kernel.security.Role.MUNICIPAL_MANAGER;
import static br.org.teia.kernel.security.Role.MUNICIPAL_STAFF;

import br.org.teia.kernel.security.Permission;
import br.org.teia.kernel.security.PermissionGrants;
import java.util.List;

/**
 * Who may do what in the fund module, said once: views, services and exports name these
 * permissions ({@code @RolesAllowed(FundAccess.WRITE)}, {@code currentUser.can(...)}). The council
 * oversees the fund, so its people read everything; only the fund's manager (the municipal manager,
 * who is the ordenador de despesa or answers for one) records. The association sees no fund data,
 * only the aggregate indicators every module publishes. The roles are in docs/roles.md.
 */
public final class FundAccess implements PermissionGrants {

  /** Read the fund's registry, the catalogue of blocks and sources, the budget and the execution. */
  public static final String READ = "fund:read";
  /** Record them: the fund manager's work. */
  public static final String WRITE = "fund:write";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(READ, "read the fund's registry, financing blocks, budget and execution",
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF, COUNCIL_SECRETARY, COUNCIL_MEMBER)
            .because("the council oversees the fund and gives its opinion on its accounts; the secretariat works with it; no person's data"),
        Permission.of(WRITE, "record them (the fund manager's work)", MUNICIPAL_MANAGER)
            .because("the fund's records commit public money: the manager, ordenador de despesa or answering for one, records them"));
  }
}
