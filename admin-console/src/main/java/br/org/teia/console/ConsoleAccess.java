package br.org.teia.console;

import static br.org.teia.kernel.security.Role.ASSOCIATION_ADMIN;
import static br.org.teia.kernel.security.Role.ASSOCIATION_STAFF;
import static br.org.teia.kernel.security.Role.MUNICIPAL_MANAGER;
import static br.org.teia.kernel.security.Role.MUNICIPAL_STAFF;

import br.org.teia.kernel.security.Permission;
import br.org.teia.kernel.security.PermissionGrants;
import java.util.List;

/**
 * Who may do what in the association's console, said once: views, REST API, services and exports
 * all name these permissions. The roles granting each are in {@link #permissions()} and in
 * docs/roles.md.
 */
public final class ConsoleAccess implements PermissionGrants {

  /** The console: members, onboarding, regions, comparison — association admin and staff. */
  public static final String STAFF = "console:staff";
  /** Where one's own municipality stands against its regions, peers and state (home page panel). */
  public static final String STANDING = "console:standing";
  /** The e-mail outbox (what Teia sent or holds back when no SMTP server is configured): admins only. */
  public static final String MAIL_OUTBOX = "mail:outbox";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(STAFF, "the association's console: members, onboarding, regions, comparison and their exports",
            ASSOCIATION_ADMIN, ASSOCIATION_STAFF),
        Permission.of(STANDING, "where the acting municipality stands on each indicator (home page panel)",
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF),
        Permission.of(MAIL_OUTBOX, "the e-mail outbox: every mail Teia sent or keeps, with recipients and bodies",
            ASSOCIATION_ADMIN));
  }
}
