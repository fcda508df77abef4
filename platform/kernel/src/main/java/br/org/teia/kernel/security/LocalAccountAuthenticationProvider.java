package br.org.teia.kernel.security;

import br.org.teia.kernel.security.throttle.LoginThrottle;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Local accounts: username (e-mail) and password checked against a strong one-way hash. Too many
 * failures lock the username for a while (see LoginThrottle). An unknown username costs the same
 * hash check as a known one, so timing does not reveal which accounts exist.
 */
@Component
public class LocalAccountAuthenticationProvider implements AuthenticationProvider {

  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final LoginThrottle throttle;
  private final String dummyHash;

  LocalAccountAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwords, LoginThrottle throttle) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.throttle = throttle;
    this.dummyHash = passwords.encode("not-a-real-password-" + System.nanoTime());
  }

  @Override
  public Authentication authenticate(Authentication request) {
    String username = AccountRepository.normalise(request.getName());
    String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
    String accountKey = "user:" + username;
    if (throttle.isBlocked(accountKey)) {
      throw new LockedException("security.login.locked");
    }
    Optional<Account> found = accounts.findByUsername(username).filter(a -> a.passwordHash() != null);
    boolean matches = passwords.matches(password, found.map(Account::passwordHash).orElse(dummyHash));
    if (found.isEmpty() || !matches) {
      throttle.recordFailure(accountKey);
      throw new BadCredentialsException("security.login.bad-credentials");
    }
    Account account = found.get();
    if (!account.enabled()) {
      throw new DisabledException("security.login.disabled");
    }
    throttle.recordSuccess(accountKey);
    return TeiaAuthentication.withDefaultTenant(accounts.loadUser(account));
  }

  @Override
  public boolean supports(Class<?> type) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
  }
}
