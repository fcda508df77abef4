package br.org.teia.testsupport;

import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.util.List;
import java.util.UUID;

/**
 * A test's own municipalities and the people who work in them, instead of the demo's: onboards a
 * municipality by its IBGE code and creates accounts holding a role (of the association, or in
 * municipalities). The UI and API test bases use it; other tests make one from the two beans.
 * Pick codes no other test of the module (one database per test JVM) writes to when counts matter.
 */
public final class TestPeople {

  private final TenantOnboarding onboarding;
  private final AccountRepository accounts;

  public TestPeople(TenantOnboarding onboarding, AccountRepository accounts) {
    this.onboarding = onboarding;
    this.accounts = accounts;
  }

  /** Onboards {@code ibgeCode} (nothing happens when it already is) and names it. */
  public TenantId onboarded(String ibgeCode) {
    onboarding.onboard(List.of(ibgeCode));
    return TenantId.of(ibgeCode);
  }

  /**
   * The account {@code username} (also its e-mail; created when absent, with no password), holding
   * {@code role}: of the association, or in each of {@code tenants}. {@code role} may be null (no role).
   */
  public UUID account(String username, Role role, TenantId... tenants) {
    return account(username, "Pessoa " + username, role, tenants);
  }

  /** {@link #account(String, Role, TenantId...)} with the name the application shows for the person. */
  public UUID account(String username, String displayName, Role role, TenantId... tenants) {
    UUID id = accounts.createIfAbsent(username, displayName, username, null);
    if (role != null && role.scope() == Role.Scope.ASSOCIATION) {
      accounts.grantAssociationRole(id, role);
    } else if (role != null) {
      for (TenantId tenant : tenants) {
        accounts.grantMembership(id, tenant, role);
      }
    }
    return id;
  }

  /** A new person (a fresh username, returned) holding {@code role} as {@link #account} gives it. */
  public String person(Role role, TenantId... tenants) {
    String username = unique("pessoa") + "@teste.teia";
    account(username, role, tenants);
    return username;
  }

  /** {@code prefix}, a dash and eight random characters. */
  public static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
