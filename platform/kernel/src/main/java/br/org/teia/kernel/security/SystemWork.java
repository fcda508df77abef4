package br.org.teia.kernel.security;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Platform work that goes through a module's services (demo data, imports) acts as a named system
 * person holding one role in one municipality, so the services' {@code @RolesAllowed} and rules
 * apply to it as to anyone. Only code can call this; no request ever reaches it. The previous
 * security context is restored afterwards.
 */
@Component
public class SystemWork {

  static final UUID SYSTEM_ACCOUNT = new UUID(0, 0);

  private final CurrentUser currentUser;
  private final AccountRepository accounts;

  SystemWork(CurrentUser currentUser, AccountRepository accounts) {
    this.currentUser = currentUser;
    this.accounts = accounts;
  }

  public <T> T in(TenantId tenant, Role role, Supplier<T> work) {
    TeiaUser system = new TeiaUser(SYSTEM_ACCOUNT, "sistema@teia", "Sistema Teia", Set.of(),
        Map.of(tenant, EnumSet.of(role)));
    try (var acting = currentUser.actAs(TeiaAuthentication.of(system, tenant));
        var scope = TenantScope.enter(tenant)) {
      return work.get();
    }
  }

  /**
   * As above, in the name of the existing account {@code username} (demo content that shows its author,
   * such as a forum post), holding only {@code role} in {@code tenant}.
   */
  public <T> T asPerson(String username, TenantId tenant, Role role, Supplier<T> work) {
    Account account = accounts.findByUsername(username)
        .orElseThrow(() -> new IllegalStateException("no account " + username));
    TeiaUser person = new TeiaUser(account.id(), account.username(), account.displayName(), Set.of(),
        Map.of(tenant, EnumSet.of(role)));
    try (var acting = currentUser.actAs(TeiaAuthentication.of(person, tenant));
        var scope = TenantScope.enter(tenant)) {
      return work.get();
    }
  }
}
