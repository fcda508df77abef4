package br.org.teia.console;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TeiaAuthentication;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.tenancy.TenantId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helper: acting as association staff (no municipality) or as a municipal person, as a request does. */
public final class Acting {

  private Acting() {}

  public static <T> T as(Role role, Supplier<T> action) {
    return as(role, TenantId.of("3106200"), action);
  }

  public static void run(Role role, Runnable action) {
    as(role, () -> {
      action.run();
      return null;
    });
  }

  /** {@code tenant} is used only for a municipal role: the municipality the person acts in. */
  public static <T> T as(Role role, TenantId tenant, Supplier<T> action) {
    boolean association = role.scope() == Role.Scope.ASSOCIATION;
    TeiaUser user = new TeiaUser(UUID.randomUUID(), "teste@teia.demo", "Pessoa de teste",
        association ? Set.of(role) : Set.of(), association ? Map.of() : Map.of(tenant, EnumSet.of(role)));
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(TeiaAuthentication.of(user, association ? null : tenant));
    SecurityContextHolder.setContext(context);
    try {
      return action.get();
    } finally {
      SecurityContextHolder.setContext(previous); // nested calls give the outer one its person back
    }
  }
}
