package br.org.teia.kernel.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Something a person may do, named {@code module:action} (e.g. {@code council:write}), granted by
 * the roles listed here. A module declares its permissions once, in its access class (a {@link
 * PermissionGrants}); {@code @RolesAllowed(CouncilAccess.WRITE)} then admits exactly those roles,
 * for Spring method security and for Vaadin's view access check alike (ADR 0010).
 *
 * @param name the value used in {@code @RolesAllowed}; never a {@link Role} name
 * @param roles the roles that grant it (in the acting municipality, or of the association)
 * @param opens what it opens, in a few words, for {@code docs/roles.md}
 * @param because why these roles and no others, in one line, for {@code docs/roles.md} (empty until
 *     {@link #because(String)} says it)
 */
public record Permission(String name, Set<Role> roles, String opens, String because) {

  private static final Pattern NAME = Pattern.compile("[a-z]+:[a-z-]+");

  public Permission {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("a permission is named module:action in lower case, not " + name);
    }
    if (roles == null || roles.isEmpty()) {
      throw new IllegalArgumentException("permission " + name + " is granted by no role");
    }
    roles = Set.copyOf(roles);
    because = because == null ? "" : because;
  }

  public static Permission of(String name, String opens, Role... roles) {
    return new Permission(name, roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)), opens, "");
  }

  /** The same permission with the reason its roles, and no others, hold it. */
  public Permission because(String reason) {
    return new Permission(name, roles, opens, reason);
  }

  /** The Spring authority, as {@code @RolesAllowed(name)} and {@code isUserInRole(name)} expect it. */
  public String authority() {
    return authority(name);
  }

  static String authority(String name) {
    return "ROLE_" + name;
  }
}
