package br.org.teia.kernel.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Maps a person known to an external OIDC provider to a Teia account: first by the link
 * (issuer, subject) stored on the account; else, once, by a verified e-mail equal to that of an
 * account not linked yet, which then records the link (a linked account is never re-linked). Accounts are never created from a token: someone must invite the
 * person first. An identity without a usable subject maps to nobody, and an account counts as
 * "not linked yet" only when it carries no trace of a link (neither issuer nor subject).
 */
@Service
public class ExternalAccounts {

  private final AccountRepository accounts;

  ExternalAccounts(AccountRepository accounts) {
    this.accounts = accounts;
  }

  public Optional<TeiaUser> find(String issuer, String subject, String email, boolean emailVerified) {
    return findLinked(issuer, subject, email, emailVerified).map(AccountRepository.Linked::user);
  }

  /**
   * The same, with the person's municipalities that were ACTIVE when the account was read (none
   * known when the link was only just made): what a bearer request enters without reading the
   * catalogue again.
   */
  public Optional<AccountRepository.Linked> findLinked(String issuer, String subject, String email,
      boolean emailVerified) {
    if (!hasSubject(subject) || issuer == null || issuer.isBlank()) {
      return Optional.empty(); // callers refuse earlier with a reason; this is the last wall
    }
    Optional<AccountRepository.Linked> linked = accounts.findLinkedUser(issuer, subject);
    if (linked.isPresent()) { // the usual case, every bearer request: one statement
      return linked.filter(found -> found.account().enabled());
    }
    Optional<Account> account = Optional.empty();
    if (emailVerified && email != null && !email.isBlank()) {
      // Only an enabled account that is the single unlinked holder of this e-mail is ever linked,
      // and only if the link is still free when written (two tokens at once: one wins).
      account = accounts.findUnlinkedByEmail(email).filter(Account::enabled)
          .filter(a -> accounts.linkOidc(a.id(), issuer, subject));
    }
    return account.filter(Account::enabled).map(a -> new AccountRepository.Linked(a, accounts.loadUser(a), Set.of()));
  }

  /** A subject a link can rest on: present and not blank. */
  public static boolean hasSubject(String subject) {
    return subject != null && !subject.isBlank();
  }

  /**
   * Whether the claims say the e-mail is verified: only the JSON boolean {@code true} counts, not
   * the string "true" (OIDC Core 5.1 types {@code email_verified} as a boolean).
   */
  public static boolean emailVerified(Map<String, Object> claims) {
    return claims.get("email_verified") instanceof Boolean verified && verified;
  }
}
