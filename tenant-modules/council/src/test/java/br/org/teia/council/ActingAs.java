package br.org.teia.council;

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

/** Test helper: acting as a person with one role in one municipality, as a request does. */
public final class ActingAs {

  private ActingAs() {}

  /** Acts as a person with {@code role} in {@code tenant}: authentication and tenant scope, as a request has. */
  public static <T> T as(TenantId tenant, Role role, Supplier<T> action) {
    TeiaUser user = new TeiaUser(UUID.randomUUID(), "teste@teia.demo", "Teste", Set.of(),
        Map.of(tenant, EnumSet.of(role)));
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
