package br.org.teia.kernel.security;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The person as the external provider described them, with the Teia account they map to. */
final class TeiaOidcUser extends DefaultOidcUser {

  private final TeiaUser teiaUser;

  TeiaOidcUser(OidcUser provided, TeiaUser teiaUser) {
    super(provided.getAuthorities(), provided.getIdToken(), provided.getUserInfo());
    this.teiaUser = teiaUser;
  }

  TeiaUser teiaUser() {
    return teiaUser;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TeiaOidcUser that && super.equals(that) && teiaUser.equals(that.teiaUser);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + teiaUser.hashCode();
  }
}
