package br.org.teia.kernel.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Ends an external login like every other entry point: the session holds a
 * {@link TeiaAuthentication} in the person's default municipality, not the provider's token. The
 * provider's access token is dropped too: Teia does not call the provider on the person's behalf.
 */
final class OidcLoginSuccessHandler implements AuthenticationSuccessHandler {

  private final SecurityContextRepository contexts;
  private final CurrentUser currentUser;
  private final OAuth2AuthorizedClientRepository authorizedClients;
  private final AuthenticationSuccessHandler next;

  OidcLoginSuccessHandler(SecurityContextRepository contexts, CurrentUser currentUser,
      OAuth2AuthorizedClientRepository authorizedClients, AuthenticationSuccessHandler next) {
    this.contexts = contexts;
    this.currentUser = currentUser;
    this.authorizedClients = authorizedClients;
    this.next = next;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws IOException, ServletException {
    if (!(authentication instanceof OAuth2AuthenticationToken token)
        || !(token.getPrincipal() instanceof TeiaOidcUser person)) {
      throw new IllegalStateException("external login without a Teia person: " + authentication.getClass());
    }
    authorizedClients.removeAuthorizedClient(token.getAuthorizedClientRegistrationId(), token, request, response);
    TeiaAuthentication teia = TeiaAuthentication.withDefaultTenant(person.teiaUser());
    contexts.saveContext(currentUser.become(teia), request, response);
    next.onAuthenticationSuccess(request, response, teia);
  }
}
