package br.org.teia.kernel.security;

import br.org.teia.kernel.tenancy.TenantId;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer JWT into a {@link TeiaAuthentication}: the token's subject must be linked to an
 * account (by issuer and subject, or once by a verified e-mail), and the municipality named in the
 * {@value #TENANT_CLAIM} claim must be one of that account's memberships. Without the claim the
 * token acts in the account's default municipality. Refusals carry message keys
 * ({@link RefusedTokenException}); the API's entry point translates them for the client.
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
    if (!ExternalAccounts.hasSubject(jwt.getSubject())) {
      throw new RefusedTokenException("api.token.no-subject");
    }
    String issuer = jwt.getIssuer() == null ? "" : jwt.getIssuer().toString();
    AccountRepository.Linked linked = externalAccounts.findLinked(issuer, jwt.getSubject(), jwt.getClaimAsString("email"),
            ExternalAccounts.emailVerified(jwt.getClaims()))
        .orElseThrow(() -> new RefusedTokenException("api.token.unknown-account"));
    TeiaUser user = linked.user();
    String claimed = jwt.getClaimAsString(TENANT_CLAIM);
    if (claimed == null) {
      return TeiaAuthentication.withDefaultTenant(user).forThisRequest(linked.activeTenants());
    }
    TenantId tenant;
    try {
      tenant = TenantId.of(claimed);
    } catch (RuntimeException e) {
      throw new RefusedTokenException("api.token.tenant-format", claimed);
    }
    if (!user.isMemberOf(tenant)) {
      throw new RefusedTokenException("api.token.tenant-not-member", tenant.ibgeCode());
    }
    return TeiaAuthentication.of(user, tenant).forThisRequest(linked.activeTenants());
  }
}
