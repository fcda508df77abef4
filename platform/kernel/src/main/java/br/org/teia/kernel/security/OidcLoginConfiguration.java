package br.org.teia.kernel.security;

import br.org.teia.kernel.security.SecurityConfiguration.OidcLoginCustomizer;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.oauth2.client.autoconfigure.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * External OIDC login, on by configuration only: present when a client registration is configured
 * ({@code spring.security.oauth2.client.registration.<id>.*}, see README). The person signs in at
 * the provider; Teia then maps them to an existing account (never creates one) and keeps a
 * {@link TeiaAuthentication} in the session, as the form login does. Someone the provider knows but
 * Teia does not lands on {@code /login?error=external}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnOAuth2ClientRegistrationProperties
class OidcLoginConfiguration {

  static final String UNKNOWN_PERSON_URL = SecurityConfiguration.LOGIN_PATH + "?error=external";
  static final String FAILED_URL = SecurityConfiguration.LOGIN_PATH + "?error=external-failed";

  private static final Logger log = LoggerFactory.getLogger(OidcLoginConfiguration.class);

  @Bean
  OidcLoginCustomizer oidcLoginCustomizer(ClientRegistrationRepository registrations, ExternalAccounts accounts,
      SecurityContextRepository contexts, CurrentUser currentUser,
      ObjectProvider<VaadinDefaultRequestCache> vaadinRequests) {
    // Only for the handshake: the success handler removes it again.
    var authorizedClients = new HttpSessionOAuth2AuthorizedClientRepository();
    var afterLogin = new SavedRequestAwareAuthenticationSuccessHandler(); // back to the page that asked for login
    vaadinRequests.ifAvailable(afterLogin::setRequestCache);
    var successHandler = new OidcLoginSuccessHandler(contexts, currentUser, authorizedClients, afterLogin);
    // PKCE for every provider (OAuth 2.1), also for confidential clients: a stolen code is useless.
    var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(registrations,
        OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    return http -> http.oauth2Login(login -> login
        .loginPage(SecurityConfiguration.LOGIN_PATH)
        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
        .authorizedClientRepository(authorizedClients)
        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new TeiaOidcUserService(accounts)))
        .successHandler(successHandler)
        .failureHandler(failureHandler()));
  }

  private static AuthenticationFailureHandler failureHandler() {
    RedirectStrategy redirects = new DefaultRedirectStrategy();
    return (request, response, exception) -> {
      boolean unknownPerson = exception instanceof OAuth2AuthenticationException oauth
          && TeiaOidcUserService.UNKNOWN_PERSON.equals(oauth.getError().getErrorCode());
      if (!unknownPerson) {
        log.warn("external login failed: {}", exception.getMessage());
      }
      redirects.sendRedirect(request, response, unknownPerson ? UNKNOWN_PERSON_URL : FAILED_URL);
    };
  }
}
