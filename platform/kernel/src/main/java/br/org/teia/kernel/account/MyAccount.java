package br.org.teia.kernel.account;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.i18n.Language;
import br.org.teia.kernel.security.Account;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.throttle.LoginGuard;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * "Minha conta": the signed-in person reads and changes their own account, and nobody else's (the
 * account is always the caller's). Every change is audited; a wrong current password counts
 * against the login throttle as a failed sign-in does.
 */
@Service
@Validated
@PermitAll // anyone signed in, on their own account only (a person with no role yet included)
public class MyAccount {

  private final CurrentUser currentUser;
  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final LoginGuard guard;
  private final AuditLog audit;

  MyAccount(CurrentUser currentUser, AccountRepository accounts, PasswordEncoder passwords, LoginGuard guard,
      AuditLog audit) {
    this.currentUser = currentUser;
    this.accounts = accounts;
    this.passwords = passwords;
    this.guard = guard;
    this.audit = audit;
  }

  public AccountProfile profile() {
    Account account = account();
    return new AccountProfile(account.displayName(), account.email() == null ? account.username() : account.email(),
        accounts.language(account.id()), account.passwordHash() != null);
  }

  /** Changes the name the application shows and the language of the interface. */
  @Transactional
  public AccountProfile update(@Valid ProfileForm form) {
    Account account = account();
    String name = form.displayName().strip();
    Language before = accounts.language(account.id());
    if (!name.equals(account.displayName())) {
      accounts.setDisplayName(account.id(), name);
      audit.record(AuditAction.ACCOUNT_CHANGE, "account", account.id().toString(), "display_name");
    }
    if (form.language() != before) {
      accounts.setLanguage(account.id(), form.language());
      audit.record(AuditAction.ACCOUNT_CHANGE, "account", account.id().toString(), "language=" + form.language().tag());
    }
    return profile();
  }

  /**
   * Changes the password of a local account, knowing the current one ({@code address}: where the
   * request came from, for the throttle).
   *
   * @throws DomainRefusal under {@code current} (wrong, or too many tries) or {@code password}
   *     (outside the {@link PasswordPolicy})
   */
  @Transactional
  public void changePassword(@Valid PasswordChange change, String address) {
    Account account = account();
    if (account.passwordHash() == null) {
      throw new DomainRefusal("current", "account.password.external-only");
    }
    if (guard.isBlocked(account.username(), address)) {
      throw new DomainRefusal("current", "security.login.locked");
    }
    if (!passwords.matches(change.current(), account.passwordHash())) {
      guard.failed(account.username(), address);
      throw new DomainRefusal("current", "account.password.current.wrong");
    }
    PasswordPolicy.check(change.password(), account.email() == null ? account.username() : account.email(), "password");
    accounts.setPasswordHash(account.id(), passwords.encode(change.password()));
    audit.record(AuditAction.PASSWORD_CHANGE, "account", account.id().toString(), null);
  }

  private Account account() {
    return currentUser.user().flatMap(user -> accounts.findById(user.accountId()))
        .orElseThrow(() -> new AccessDeniedException("no account signed in"));
  }
}
