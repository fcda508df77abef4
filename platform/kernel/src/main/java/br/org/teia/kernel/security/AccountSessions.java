package br.org.teia.kernel.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/** The signed-in person's session once their account changed ("Minha conta"). */
@Service
public class AccountSessions {

  private final CurrentUser currentUser;
  private final AccountRepository accounts;
  private final SecurityContextRepository contexts;

  AccountSessions(CurrentUser currentUser, AccountRepository accounts, SecurityContextRepository contexts) {
    this.currentUser = currentUser;
    this.accounts = accounts;
    this.contexts = contexts;
  }

  /**
   * Reloads the person from their account (e.g. the name the header shows), acting in the same
   * municipality, and saves it where the next requests read it (as switching municipality does).
   */
  public void reload(HttpServletRequest request, HttpServletResponse response) {
    currentUser.authentication().ifPresent(current -> accounts.findById(current.user().accountId())
        .ifPresent(account -> {
          TeiaUser user = accounts.loadUser(account);
          TeiaAuthentication next = TeiaAuthentication.of(user, current.tenant().filter(user::isMemberOf).orElse(null));
          contexts.saveContext(currentUser.become(next), request, response);
        }));
  }
}
