package br.org.teia.kernel.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every permission the modules on the classpath declare, and which of them a set of roles grants.
 * {@link TeiaAuthentication} adds the permissions granted by the roles it holds (the association's
 * and the acting municipality's only) as authorities, so a permission, like a role, holds only in
 * the municipality acting in.
 */
public final class Permissions {

  private Permissions() {}

  /** All declared permissions by name. */
  public static SortedMap<String, Permission> declared() {
    return Declared.BY_NAME;
  }

  /** The declared permission of that name; an unknown name is a programming error. */
  public static Permission named(String name) {
    Permission permission = Declared.BY_NAME.get(name);
    if (permission == null) {
      throw new IllegalArgumentException("no module declares the permission " + name);
    }
    return permission;
  }

  /** The permissions that any of {@code roles} grants, in name order. */
  public static Set<Permission> grantedBy(Collection<Role> roles) {
    Set<Permission> granted = new LinkedHashSet<>();
    for (Permission permission : Declared.BY_NAME.values()) {
      if (roles.stream().anyMatch(permission.roles()::contains)) {
        granted.add(permission);
      }
    }
    return granted;
  }

  /**
   * The roles a value of {@code @RolesAllowed} admits: a role name admits that role, a permission
   * the roles that grant it.
   */
  public static Set<Role> rolesAdmitted(String value) {
    if (Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(value))) {
      return EnumSet.of(Role.valueOf(value));
    }
    return EnumSet.copyOf(named(value).roles());
  }

  /** Loaded once, on first use, from every module's {@link PermissionGrants}. */
  private static final class Declared {

    static final SortedMap<String, Permission> BY_NAME = load();

    private static SortedMap<String, Permission> load() {
      SortedMap<String, Permission> byName = new TreeMap<>();
      for (PermissionGrants grants : ServiceLoader.load(PermissionGrants.class, Permissions.class.getClassLoader())) {
        for (Permission permission : grants.permissions()) {
          Permission earlier = byName.putIfAbsent(permission.name(), permission);
          if (earlier != null && !earlier.equals(permission)) {
            throw new IllegalStateException("permission " + permission.name() + " is declared twice");
          }
        }
      }
      return Collections.unmodifiableSortedMap(byName);
    }
  }
}
