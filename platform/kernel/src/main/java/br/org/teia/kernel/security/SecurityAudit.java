package br.org.teia.kernel.security;

import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditActor;
import br.org.teia.kernel.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Who acts, for the audit log (the signed-in person, else the platform), and the audit trail of
 * sign-ins, refused sign-ins and sign-outs, whatever the way in (form, OIDC, token).
 */
@Component
class SecurityAudit implements AuditActor {

  private static final int MAX_TRIED_NAME = 200;

  private final CurrentUser currentUser;
  private final AuditLog audit;

  SecurityAudit(CurrentUser currentUser, AuditLog audit) {
    this.currentUser = currentUser;
    this.audit = audit;
  }

  @Override
  public Actor current() {
    return currentUser.user().map(SecurityAudit::actorOf).orElse(Actor.SYSTEM);
  }

  /**
   * API calls authenticate on every request: auditing each would drown the sign-ins (and write a row
   * per request). The event's source is the authentication, so a bearer token is told by it.
   */
  @EventListener
  void signedIn(AuthenticationSuccessEvent event) {
    if (event.getAuthentication() instanceof TeiaAuthentication auth && !auth.forOneRequest()) {
      audit.recordAs(actorOf(auth.user()), AuditAction.LOGIN_SUCCESS, "account", auth.user().accountId().toString(),
          event.getAuthentication().getClass().getSimpleName());
    }
  }

  @EventListener
  void refused(AbstractAuthenticationFailureEvent event) {
    String tried = String.valueOf(event.getAuthentication().getName());
    tried = tried.length() > MAX_TRIED_NAME ? tried.substring(0, MAX_TRIED_NAME) : tried;
    tried = PlainText.visible(tried); // a NUL would make PostgreSQL refuse the whole audit row
    audit.recordAs(new Actor(null, tried.isBlank() ? "?" : tried), AuditAction.LOGIN_FAILURE, "account", null,
        event.getException().getClass().getSimpleName());
  }

  @EventListener
  void signedOut(LogoutSuccessEvent event) {
    if (event.getAuthentication() instanceof TeiaAuthentication auth) {
      audit.recordAs(actorOf(auth.user()), AuditAction.LOGOUT, "account", auth.user().accountId().toString(), null);
    }
  }

  private static Actor actorOf(TeiaUser user) {
    return new Actor(user.accountId(), user.displayName());
  }
}
