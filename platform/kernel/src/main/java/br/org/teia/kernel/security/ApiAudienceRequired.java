package br.org.teia.kernel.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The REST API accepts tokens of an external issuer only for Teia's own audience: a provider issues tokens
 * to many applications, and one issued for another (a token a person gave some other service) must not
 * open Teia's API. So an issuer without {@code spring.security.oauth2.resourceserver.jwt.audiences} stops
 * the start with a message saying what to set, instead of silently accepting any audience.
 */
@Configuration(proxyBeanMethods = false)
class ApiAudienceRequired {

  static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
  static final String JWK_SET = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
  static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";

  ApiAudienceRequired(@Value("${" + ISSUER + ":}") String issuer, @Value("${" + JWK_SET + ":}") String jwkSet,
      @Value("${" + AUDIENCES + ":}") String audiences) {
    boolean tokensAccepted = StringUtils.hasText(issuer) || StringUtils.hasText(jwkSet);
    if (tokensAccepted && !StringUtils.hasText(audiences.replace(",", ""))) {
      throw new IllegalStateException("The REST API accepts tokens of " + (StringUtils.hasText(issuer) ? issuer : jwkSet)
          + " but no audience is required: set " + AUDIENCES + " to the audience the provider gives Teia's API "
          + "(e.g. teia-api), so that tokens it issued for other applications are refused.");
    }
  }
}
