package br.org.teia.kernel.security;

import br.org.teia.kernel.tenancy.TenantId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer JWT into a {@link TeiaAuthentication}: the token's subject must be linked to an
 * account (by issuer and subject, or once by a verified e-mail), and the municipality named in the
 * {@value #TENANT_CLAIM} claim must be one of that account's memberships.
 */
@Component
public class TeiaJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

  public static final String TENANT_CLAIM = "teia_tenant";

  private final ExternalAccounts externalAccounts;

  TeiaJwtAuthenticationConverter(ExternalAccounts externalAccounts) {
    this.externalAccounts = externalAccounts;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    String issuer = jwt.getIssuer() == null ? "" : jwt.getIssuer().toString();
    TeiaUser user = externalAccounts.find(issuer, jwt.getSubject(), jwt.getClaimAsString("email"),
            Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified")))
        .orElseThrow(() -> new InvalidBearerTokenException("Nenhuma conta do Teia está vinculada a este token."));
    String claimed = jwt.getClaimAsString(TENANT_CLAIM);
    if (claimed == null) {
      return TeiaAuthentication.withDefaultTenant(user);
    }
    TenantId tenant;
    try {
      tenant = TenantId.of(claimed);
    } catch (RuntimeException e) {
      throw new InvalidBearerTokenException("O município do token (" + TENANT_CLAIM + ") não é um código IBGE válido.");
    }
    if (!user.isMemberOf(tenant)) {
      throw new InvalidBearerTokenException("A conta não tem acesso ao município " + tenant + " indicado no token.");
    }
    return TeiaAuthentication.of(user, tenant);
  }
}
