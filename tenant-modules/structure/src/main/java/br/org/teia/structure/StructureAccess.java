package br.org.teia.structure;

import static br.org.teia.kernel.security.Role.COUNCIL_MEMBER;
import static br.org.teia.kernel.security.Role.COUNCIL_SECRETARY;
import static br.org.teia.kernel.security.Role.MUNICIPAL_MANAGER;
import static br.org.teia.kernel.security.Role.MUNICIPAL_STAFF;

import br.org.teia.kernel.security.Permission;
import br.org.teia.kernel.security.PermissionGrants;
import java.util.List;

/**
 * Who may do what in the structure module, said once: views, REST API, services and exports all
 * name these permissions ({@code @RolesAllowed(StructureAccess.WRITE)}, {@code currentUser.can(...)}).
 * The roles granting each are in {@link #permissions()} and in docs/roles.md.
 */
public final class StructureAccess implements PermissionGrants {

  /** Read the managing body, units, territories, workforce, entities and the dashboard. */
  public static final String READ = "structure:read";
  /** Create and change them (and delete entities and a unit's services). */
  public static final String WRITE = "structure:write";
  /** Delete a unit, a territory or a worker. */
  public static final String DELETE = "structure:delete";
  /** Read a worker's whole CPF (each read audited). */
  public static final String WORKER_CPF = "structure:worker-cpf";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(READ, "read the managing body, units, territories, workforce, entities, dashboard and their exports",
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF, COUNCIL_SECRETARY, COUNCIL_MEMBER),
        Permission.of(WRITE, "create and change them; delete entities and a unit's services",
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF),
        Permission.of(DELETE, "delete a unit, a territory or a worker", MUNICIPAL_MANAGER),
        Permission.of(WORKER_CPF, "read a worker's whole CPF (audited)", MUNICIPAL_MANAGER, MUNICIPAL_STAFF));
  }
}
