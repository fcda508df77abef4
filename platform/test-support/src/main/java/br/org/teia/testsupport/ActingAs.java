package br.org.teia.testsupport;

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

/**
 * Test helper: acting as a person with one role, as a request does (authentication, and the tenant
 * scope when the person acts in a municipality). Association staff act with no municipality, or
 * reach one as a member without municipal roles. Nested calls give the outer one its person back.
 */
public final class ActingAs {

  /** The display name of every person a test acts as (what "recorded by" columns show). */
  public static final String DISPLAY_NAME = "Pessoa de teste";

  private ActingAs() {}

  /** Acts as a new person with {@code role} in {@code tenant}. */
  public static <T> T as(TenantId tenant, Role role, Supplier<T> action) {
    return as(UUID.randomUUID(), tenant, role, action);
  }

  /** Acts as association staff ({@code role} of the association), in no municipality. */
  public static <T> T as(Role role, Supplier<T> action) {
    return as(UUID.randomUUID(), null, role, action);
  }

  /** {@link #as(Role, Supplier)} for work that answers nothing. */
  public static void run(Role role, Runnable action) {
    as(role, () -> {
      action.run();
      return null;
    });
  }

  /**
   * Acts as the person {@code account} (so a test can find what the audit log wrote about it) with
   * {@code role}; in {@code tenant} when it is not null, with its tenant scope entered.
   */
  public static <T> T as(UUID account, TenantId tenant, Role role, Supplier<T> action) {
    boolean association = role.scope() == Role.Scope.ASSOCIATION;
    Map<TenantId, Set<Role>> memberships = tenant == null ? Map.of()
        : Map.of(tenant, association ? Set.of() : EnumSet.of(role));
    TeiaUser user = new TeiaUser(account, "teste@teia.demo", DISPLAY_NAME, association ? Set.of(role) : Set.of(),
        memberships);
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(TeiaAuthentication.of(user, tenant));
    SecurityContextHolder.setContext(context);
    try (var scope = tenant == null ? null : TenantScope.enter(tenant)) {
      return action.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
