package br.org.teia.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.server.OidcContext;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.TestOidcServer.Token;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ADR 0005 against a hostile or careless token issuer: a link needs a usable subject, is set once
 * and never replaced, and only a JSON {@code true} in {@code email_verified} counts as verified.
 */
@OidcContext
class ExternalIdentityLinkIT extends OidcTestBase {

  /** A municipality of the tests' own (Lagoa Dourada), instead of the demo's. */
  private TenantId city;

  @BeforeEach
  void aMunicipality() {
    city = onboarded("3137403");
  }

  @Test
  void token_without_subject_is_refused_and_links_nothing() throws Exception {
    String email = unique("semsub") + "@api.teia.test";
    UUID account = account(email, Role.MUNICIPAL_STAFF, city);

    HttpResponse<String> answer = send("GET", "/api/v1/me", oidc.accessToken(Token.withoutSubject()
        .withClaim("email", email).withClaim("email_verified", true)), null);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(json(answer).get("code").asString()).isEqualTo("api.token.no-subject");
    assertThat(link(account)).containsEntry("issuer", "").containsEntry("subject", "");
  }

  @Test
  void token_with_a_blank_subject_is_refused_and_links_nothing() throws Exception {
    String email = unique("subvazio") + "@api.teia.test";
    UUID account = account(email, Role.MUNICIPAL_STAFF, city);

    for (String blank : new String[] {"", "   "}) {
      HttpResponse<String> answer = send("GET", "/api/v1/me", oidc.accessToken(Token.forSubject(blank)
          .withClaim("email", email).withClaim("email_verified", true)), null);

      assertThat(answer.statusCode()).as("subject '%s'", blank).isEqualTo(401);
      assertThat(json(answer).get("code").asString()).isEqualTo("api.token.no-subject");
    }
    assertThat(link(account)).containsEntry("issuer", "").containsEntry("subject", "");
  }

  @Test
  void account_whose_stored_link_has_no_subject_is_never_relinked_by_email() throws Exception {
    String email = unique("meiolink") + "@api.teia.test";
    UUID account = account(email, Role.MUNICIPAL_STAFF, city);
    jdbc.sql("UPDATE platform.account SET oidc_issuer = ?, oidc_subject = NULL WHERE id = ?")
        .params(oidc.issuer(), account).update();

    HttpResponse<String> answer = send("GET", "/api/v1/me", oidc.accessToken(Token.forSubject(unique("outro"))
        .withClaim("email", email).withClaim("email_verified", true)), null);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(link(account)).containsEntry("issuer", oidc.issuer()).containsEntry("subject", "");
  }

  @Test
  void account_linked_to_one_subject_is_never_relinked_to_another_with_the_same_email() throws Exception {
    String email = unique("vinculada") + "@api.teia.test";
    UUID account = account(email, Role.MUNICIPAL_STAFF, city);
    String first = unique("primeiro");
    assertThat(send("GET", "/api/v1/me", oidc.accessToken(Token.forSubject(first)
        .withClaim("email", email).withClaim("email_verified", true)), null).statusCode()).isEqualTo(200);

    HttpResponse<String> answer = send("GET", "/api/v1/me", oidc.accessToken(Token.forSubject(unique("segundo"))
        .withClaim("email", email).withClaim("email_verified", true)), null);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(link(account)).containsEntry("issuer", oidc.issuer()).containsEntry("subject", first);
  }

  @Test
  void email_verified_as_the_string_true_does_not_count_as_verified() throws Exception {
    String email = unique("textoverdadeiro") + "@api.teia.test";
    UUID account = account(email, Role.MUNICIPAL_STAFF, city);

    HttpResponse<String> answer = send("GET", "/api/v1/me", oidc.accessToken(Token.forSubject(unique("sub"))
        .withClaim("email", email).withClaim("email_verified", "true")), null);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(link(account)).containsEntry("issuer", "").containsEntry("subject", "");
  }

  /** The stored link of an account, empty strings for what is not set. */
  private Map<String, String> link(UUID account) {
    return jdbc.sql("SELECT coalesce(oidc_issuer, '') AS issuer, coalesce(oidc_subject, '') AS subject "
            + "FROM platform.account WHERE id = ?")
        .param(account).query((rs, n) -> Map.of("issuer", rs.getString(1), "subject", rs.getString(2))).single();
  }
}
