package br.org.teia.kernel.security;

import br.org.teia.kernel.security.throttle.LoginGuard;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Local accounts: username (e-mail) and password checked against a strong one-way hash. Too many
 * failures lock the user name from that address, the address, or the user name for a while (see
 * LoginGuard). An unknown username costs the same
 * hash check as a known one, so timing does not reveal which accounts exist.
 */
@Component
public class LocalAccountAuthenticationProvider implements AuthenticationProvider {

  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final LoginGuard guard;
  private final TenantCatalog catalog;
  /** Made on the first sign-in, not at start: one BCrypt hash is ~1% of the start's CPU (docs/benchmarks/start.md). */
  private volatile String dummyHash;

  LocalAccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwords, LoginGuard guard,
      TenantCatalog catalog) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.guard = guard;
    this.catalog = catalog;
  }

  private String dummyHash() {
    String hash = dummyHash;
    if (hash == null) {
      hash = passwords.encode("not-a-real-password-" + System.nanoTime());
      dummyHash = hash; // two first sign-ins at once may each make one: harmless
    }
    return hash;
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String username = AccountRepository.normalise(request.getName());
    String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
    String address = request.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    if (guard.isBlocked(username, address)) {
      throw new LockedException("security.login.locked");
    }
    Optional<Account> found = accounts.findByUsername(username).filter(a -> a.passwordHash() != null);
    boolean matches = passwords.matches(password, found.map(Account::passwordHash).orElseGet(this::dummyHash));
    if (found.isEmpty() || !matches) {
      guard.failed(username, address);
      throw new BadCredentialsException("security.login.bad-credentials");
    }
    Account account = found.get();
    if (!account.enabled()) {
      throw new DisabledException("security.login.disabled");
    }
    guard.succeeded(username, address);
    TeiaUser user = accounts.loadUser(account);
    // Start in an active municipality; a person whose every municipality is suspended (or not
    // onboarded) and who has no association role cannot sign in at all.
    TeiaAuthentication signedIn = TeiaAuthentication.withDefaultTenant(user,
        id -> catalog.find(id).map(Tenant::isActive).orElse(false));
    if (signedIn.tenant().isEmpty() && !user.memberships().isEmpty() && !user.isAssociationStaff()) {
      throw new TenantUnavailableException();
    }
    return signedIn;
  }

  @Override
  public boolean supports(Class<?> type) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
  }
}
