package br.org.teia.kernel.security;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the person from the external provider as usual (ID token validated, user-info read), then
 * maps them to a Teia account through {@link ExternalAccounts}. Nobody is created here: a person
 * with no account is refused with {@value #UNKNOWN_PERSON}.
 */
final class TeiaOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

  static final String UNKNOWN_PERSON = "teia_unknown_person";

  private static final Logger log = LoggerFactory.getLogger(TeiaOidcUserService.class);

  private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
  private final ExternalAccounts accounts;

  TeiaOidcUserService(ExternalAccounts accounts) {
    this(new OidcUserService(), accounts);
  }

  TeiaOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> provider, ExternalAccounts accounts) {
    this.provider = provider;
    this.accounts = accounts;
  }

  @Override
  public OidcUser loadUser(OidcUserRequest request) {
    OidcUser provided = provider.loadUser(request);
    String issuer = provided.getIdToken().getIssuer().toString();
    Optional<TeiaUser> account = accounts.find(issuer, provided.getSubject(), provided.getEmail(),
        ExternalAccounts.emailVerified(provided.getClaims()));
    if (account.isEmpty()) {
      // The subject only: the e-mail is personal data and stays out of the logs.
      log.info("external login refused: no Teia account for subject {} of {}", provided.getSubject(), issuer);
      throw new OAuth2AuthenticationException(
          new OAuth2Error(UNKNOWN_PERSON, "No Teia account is linked to this person", null));
    }
    return new TeiaOidcUser(provided, account.get());
  }
}
