package br.org.teia.server.security;

import br.org.teia.kernel.security.Role;
import java.util.Set;

/** Turns a value of {@code @RolesAllowed} into the roles it admits. */
final class AccessRules {

  static Set<String> rolesOf(String value) {
    return Set.of(Role.valueOf(value).name());
  }

  private AccessRules() {}
}
