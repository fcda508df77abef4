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

  /** The console: members, regions, comparison and onboarding status — association admin and staff. */
  public static final String STAFF = "console:staff";
  /**
   * The association's administration: onboarding municipalities, importing populations, suspending
   * and reactivating a member — association admin only.
   */
  public static final String ADMIN = "console:admin";
  /** Where one's own municipality stands against its regions, peers and state (home page panel). */
  public static final String STANDING = "console:standing";
  /** The e-mail outbox (what Teia sent or holds back when no SMTP server is configured): admins only. */
  public static final String MAIL_OUTBOX = "mail:outbox";

  @Override
  public List<Permission> permissions() {
    return List.of(
        Permission.of(STAFF, "the association's console: members, regions, comparison and their exports; "
            + "record a member's details and contributions", ASSOCIATION_ADMIN, ASSOCIATION_STAFF)
            .because("the association's staff serve the members day to day and compare them"),
        Permission.of(ADMIN, "onboard municipalities, import populations, suspend and reactivate a member",
            ASSOCIATION_ADMIN)
            .because("these create, cut off or reshape whole municipalities: the association's admin answers for them"),
        Permission.of(STANDING, "where the acting municipality stands on each indicator (home page panel)",
            MUNICIPAL_MANAGER, MUNICIPAL_STAFF)
            .because("a municipality's own people see where it stands; council roles see the council's own panels"),
        Permission.of(MAIL_OUTBOX, "the e-mail outbox: every mail Teia sent or keeps, with recipients and bodies",
            ASSOCIATION_ADMIN)
            .because("mails carry people's addresses and messages: only the association's admin, who runs the mail, reads them"));
  }
}
