package br.org.teia.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** The UI's external login reads {@code email_verified} as strictly as the API does (ADR 0005). */
class ExternalLoginClaimsTest {

  private final List<Boolean> verifiedSeen = new ArrayList<>();
  private final ExternalAccounts accounts = new ExternalAccounts(null) {
    @Override
    public Optional<TeiaUser> find(String issuer, String subject, String email, boolean emailVerified) {
      verifiedSeen.add(emailVerified);
      return Optional.empty();
    }
  };

  @Test
  void email_verified_as_the_string_true_does_not_count_as_verified() {
    var service = new TeiaOidcUserService(request -> person("true"), accounts);

    assertThatThrownBy(() -> service.loadUser(null)).isInstanceOf(OAuth2AuthenticationException.class);
    assertThat(verifiedSeen).containsExactly(false);
  }

  @Test
  void email_verified_as_the_boolean_true_counts_as_verified() {
    var service = new TeiaOidcUserService(request -> person(Boolean.TRUE), accounts);

    assertThatThrownBy(() -> service.loadUser(null)).isInstanceOf(OAuth2AuthenticationException.class);
    assertThat(verifiedSeen).containsExactly(true);
  }

  private static DefaultOidcUser person(Object emailVerified) {
    OidcIdToken token = OidcIdToken.withTokenValue("id-token").issuer("http://idp.teia.test").subject("pessoa-1")
        .claim("email", "pessoa@idp.teia.test").claim("email_verified", emailVerified)
        .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    return new DefaultOidcUser(List.of(), token);
  }
}
