package br.org.teia.kernel.security;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Maps a person known to an external OIDC provider to a Teia account: first by the link
 * (issuer, subject) stored on the account; else, once, by a verified e-mail equal to that of an
 * account not linked yet, which then records the link (a linked account is never re-linked). Accounts are never created from a token: someone must invite the
 * person first.
 */
@Service
public class ExternalAccounts {

  private final AccountRepository accounts;

  ExternalAccounts(AccountRepository accounts) {
    this.accounts = accounts;
  }

  public Optional<TeiaUser> find(String issuer, String subject, String email, boolean emailVerified) {
    Optional<Account> account = accounts.findByOidc(issuer, subject);
    if (account.isEmpty() && emailVerified && email != null) {
      // Only an enabled account that is the single unlinked holder of this e-mail is ever linked.
      account = accounts.findUnlinkedByEmail(email).filter(Account::enabled);
      account.ifPresent(a -> accounts.linkOidc(a.id(), issuer, subject));
    }
    return account.filter(Account::enabled).map(accounts::loadUser);
  }
}
