package br.org.teia.structure.workforce;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TeiaAuthentication;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;

/** Like ActingAs, with a known account id, so a test can find what the audit log wrote about it. */
final class Acting {

  private Acting() {}

  static <T> T as(UUID account, TenantId tenant, Role role, Supplier<T> action) {
    // Association staff reach a municipality as a member without municipal roles.
    Map<TenantId, Set<Role>> roles = Map.of(tenant, role.scope() == Role.Scope.TENANT ? EnumSet.of(role) : Set.of());
    Set<Role> associationRoles = role.scope() == Role.Scope.ASSOCIATION ? Set.of(role) : Set.of();
    TeiaUser user = new TeiaUser(account, "pessoa@teia.demo", "Pessoa de Teste", associationRoles, roles);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(TeiaAuthentication.of(user, tenant));
    SecurityContextHolder.setContext(context);
    try (var scope = TenantScope.enter(tenant)) {
      return action.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
