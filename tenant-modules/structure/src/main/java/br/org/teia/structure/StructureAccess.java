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

  /** Read the managing body, units, territories, entities, team checks and the dashboard: no person's data. */
  public static final String READ = "structure:read";
  /** Read the workers: the list, one worker and their exports (personal data). */
  public static final String WORKFORCE = "structure:workforce";
  /** Create and change units, territories, workers and entities (and delete entities and a unit's services). */
  public static final String WRITE = "structure:write";
  /** Change the managing body's legal data: CNPJ, creating law, manager. */
  public static final String MANAGING_BODY = "structure:managing-body";
  /** Delete a unit, a territory or a worker. */
  public static final String DELETE = "structure:delete";
  /** Read a worker's whole CPF (each read audited). */
  public static final String WORKER_CPF = "structure:worker-cpf";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(READ, "read the managing body, units, territories, entities, team checks, dashboard and their exports",
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF, COUNCIL_SECRETARY, COUNCIL_MEMBER)
            .because("the council oversees the network it deliberates on; this shows no person's data"),
        Permission.of(WORKFORCE, "read the workers' list, a worker and their exports",
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF)
            .because("names, bonds and units of people are personal data; the council sees team counts and checks only"),
        Permission.of(WRITE, "create and change units, territories, workers and entities; delete entities and a unit's services",
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF)
            .because("the secretariat keeps its own records; the council oversees them, it does not keep them"),
        Permission.of(MANAGING_BODY, "change the managing body's legal data (CNPJ, creating law, manager)", MUNICIPAL_MANAGER)
            .because("the managing body's legal data commit the municipality: the manager answers for them"),
        Permission.of(DELETE, "delete a unit, a territory or a worker", MUNICIPAL_MANAGER)
            .because("a deletion loses history and indicators: the manager decides it"),
        Permission.of(WORKER_CPF, "read a worker's whole CPF (audited)", MUNICIPAL_MANAGER, MUNICIPAL_STAFF)
            .because("those who keep the workforce need the CPF to match records; every read is audited"));
  }
}
