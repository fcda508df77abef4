package br.org.teia.kernel.security;

import java.util.List;

/**
 * A module's permissions and the roles that grant each: one class per module (its {@code
 * XAccess}, which also holds the names as constants for {@code @RolesAllowed}), listed in the
 * module's {@code META-INF/services/br.org.teia.kernel.security.PermissionGrants}. Read once per
 * JVM by {@link Permissions}; a service loader rather than a Spring bean, because an
 * authentication is built in places with no application context at hand (ADR 0010).
 */
public interface PermissionGrants {

  List<Permission> permissions();
}
