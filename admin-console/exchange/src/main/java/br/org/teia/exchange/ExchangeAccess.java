package br.org.teia.exchange;

import static br.org.teia.kernel.security.Role.ASSOCIATION_ADMIN;
import static br.org.teia.kernel.security.Role.ASSOCIATION_STAFF;
import static br.org.teia.kernel.security.Role.COUNCIL_MEMBER;
import static br.org.teia.kernel.security.Role.COUNCIL_SECRETARY;
import static br.org.teia.kernel.security.Role.MUNICIPAL_MANAGER;
import static br.org.teia.kernel.security.Role.MUNICIPAL_STAFF;

import br.org.teia.kernel.security.Permission;
import br.org.teia.kernel.security.PermissionGrants;
import java.util.List;

/**
 * Who may do what in the information exchange, said once: views, services and demo data name these
 * permissions; the roles granting each are in {@link #permissions()} and in docs/roles.md.
 */
public final class ExchangeAccess implements PermissionGrants {

  /** Read the association's news, the published good practices, its documents and events. */
  public static final String READ = "exchange:read";
  /** Submit the municipality's good practices and edit them when changes are asked. */
  public static final String SUBMIT = "exchange:submit";
  /** Read and write in the forum of the members' managers: topics, replies, reports, following. */
  public static final String FORUM = "exchange:forum";
  /** Publish news and notices, documents and events; moderate good practices and the forum. */
  public static final String PUBLISH = "exchange:publish";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(READ, "the association's news and notices, the good practices it published, its documents library and events",
            ASSOCIATION_ADMIN, ASSOCIATION_STAFF, MUNICIPAL_MANAGER, MUNICIPAL_STAFF, COUNCIL_SECRETARY, COUNCIL_MEMBER)
            .because("the association informs every member's people; its staff read what they publish"),
        Permission.of(SUBMIT, "submit the municipality's good practices, edit and resubmit them when changes are asked",
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF)
            .because("a practice speaks for the municipal management (gestão), not for its councils"),
        Permission.of(FORUM, "read and write in the forum (topics, replies, mentions, following, abuse reports)",
            ASSOCIATION_ADMIN, ASSOCIATION_STAFF, MUNICIPAL_MANAGER, MUNICIPAL_STAFF)
            .because("the forum is where the municipal management (gestores) and the association exchange experience; councils have their own channels"),
        Permission.of(PUBLISH, "publish news and notices to members or regions, documents and events; moderate submitted good practices and the forum",
            ASSOCIATION_ADMIN, ASSOCIATION_STAFF)
            .because("what the association says to all its members is said by its staff"));
  }
}
