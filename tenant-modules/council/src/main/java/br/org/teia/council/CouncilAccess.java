package br.org.teia.council;

import static br.org.teia.kernel.security.Role.COUNCIL_MEMBER;
import static br.org.teia.kernel.security.Role.COUNCIL_SECRETARY;
import static br.org.teia.kernel.security.Role.MUNICIPAL_MANAGER;

import br.org.teia.kernel.security.Permission;
import br.org.teia.kernel.security.PermissionGrants;
import java.util.List;

/**
 * Who may do what in the council module, said once: views, REST API, services and exports all
 * name these permissions ({@code @RolesAllowed(CouncilAccess.WRITE)}, {@code currentUser.can(...)}).
 * The roles granting each are in {@link #permissions()} and in docs/roles.md.
 */
public final class CouncilAccess implements PermissionGrants {

  /** Read councils, composition, meetings, resolutions, commissions, conferences, inscriptions, proposals. */
  public static final String READ = "council:read";
  /** Record all of it: the executive secretary's work. */
  public static final String WRITE = "council:write";
  /** Read the complaints the council received (without who complained). */
  public static final String COMPLAINTS = "council:complaints";
  /** Know who made a named complaint (each read audited). */
  public static final String COMPLAINANT = "council:complainant";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(READ, "read councils, composition, meetings, resolutions, commissions, conferences, "
            + "inscriptions, proposals and their exports", COUNCIL_SECRETARY, COUNCIL_MEMBER, MUNICIPAL_MANAGER)
            .because("the council's acts are public business; the manager answers to the council and follows them"),
        Permission.of(WRITE, "record all of it (the executive secretary's work)", COUNCIL_SECRETARY)
            .because("the executive secretary records what the plenary decided; members decide, they do not type it"),
        Permission.of(COMPLAINTS, "read the complaints received, without who complained", COUNCIL_SECRETARY, COUNCIL_MEMBER)
            .because("complaints are the council's to judge; who complained stays out of the members' sight"),
        Permission.of(COMPLAINANT, "know who made a named complaint (audited)", COUNCIL_SECRETARY)
            .because("only who follows the complaint up needs the complainant, and each read is audited"));
  }
}
