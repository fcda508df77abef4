package br.org.teia.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TenantScopeFilter;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.server.OidcContext;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.TestOidcServer.Token;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The REST API as a resource server of the real OIDC provider: tokens are checked against the
 * provider's keys, mapped to Teia accounts, bound to one municipality, and every refusal is a
 * problem-details answer in Portuguese.
 */
@OidcContext
class ApiSecurityIT extends OidcTestBase {

  /** Two municipalities of the tests' own (Ladainha, Lagamar), instead of the demo's. */
  private TenantId city;
  private TenantId other;

  @BeforeEach
  void twoMunicipalities() {
    city = onboarded("3137007");
    other = onboarded("3137106");
  }

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void call_without_token_is_refused_with_401_and_a_bearer_challenge() throws Exception {
    HttpResponse<String> answer = call("/api/v1/me", null);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(json(answer).get("detail").asString()).startsWith("Envie um token de acesso válido");
  }

  @Test
  void member_token_reads_me_acting_in_the_municipality_the_token_names() throws Exception {
    String subject = linkedSubject(Role.MUNICIPAL_MANAGER, city, other);

    HttpResponse<String> answer = call("/api/v1/me", oidc.accessToken(Token.forSubject(subject).withTenant("3137106")));

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode me = json(answer);
    assertThat(me.get("username").asString()).isEqualTo(subject + "@api.teia.test");
    assertThat(me.get("displayName").asString()).isEqualTo("Pessoa " + subject + "@api.teia.test");
    assertThat(me.get("currentTenant").get("ibgeCode").asString()).isEqualTo("3137106");
    assertThat(me.get("currentTenant").get("name").asString()).isEqualTo("Lagamar");
    assertThat(me.get("memberships").valueStream().map(m -> m.get("name").asString() + ":" + m.get("roles").get(0).asString()))
        .containsExactly("Ladainha:MUNICIPAL_MANAGER", "Lagamar:MUNICIPAL_MANAGER");
    assertThat(me.get("associationRoles").isEmpty()).isTrue();
  }

  @Test
  void a_valid_token_stops_working_at_once_when_its_account_is_disabled_or_its_membership_removed() throws Exception {
    // The account and its memberships are read on every request (in one statement), never cached:
    // the same unexpired token is refused from the next request on.
    String subject = linkedSubject(Role.MUNICIPAL_MANAGER, city, other);
    UUID account = jdbc.sql("SELECT id FROM platform.account WHERE oidc_subject = ?").param(subject).query(UUID.class).single();
    String inOther = oidc.accessToken(Token.forSubject(subject).withTenant(other.ibgeCode()));
    String inCity = oidc.accessToken(Token.forSubject(subject).withTenant(city.ibgeCode()));
    assertThat(call("/api/v1/me", inOther).statusCode()).isEqualTo(200);
    assertThat(call("/api/v1/me", inCity).statusCode()).isEqualTo(200);

    jdbc.sql("DELETE FROM platform.membership WHERE account_id = ? AND ibge_code = ?")
        .params(account, other.ibgeCode()).update();
    assertThat(call("/api/v1/me", inOther).statusCode()).isEqualTo(401);
    assertThat(call("/api/v1/me", inCity).statusCode()).isEqualTo(200);

    jdbc.sql("UPDATE platform.account SET enabled = false WHERE id = ?").param(account).update();
    assertThat(call("/api/v1/me", inCity).statusCode()).isEqualTo(401);
  }

  @Test
  void a_valid_token_is_refused_from_the_next_request_once_its_municipality_is_suspended() throws Exception {
    // The bearer request reads the municipality's status with the account (one statement, never
    // cached): a suspension counts from the next request, with or without the tenant claim.
    String subject = linkedSubject(Role.MUNICIPAL_MANAGER, city);
    String named = oidc.accessToken(Token.forSubject(subject).withTenant(city.ibgeCode()));
    String byDefault = oidc.accessToken(Token.forSubject(subject));
    assertThat(call("/api/v1/tenant", named).statusCode()).isEqualTo(200);
    assertThat(call("/api/v1/tenant", byDefault).statusCode()).isEqualTo(200);

    onboarding.suspend(city);
    try {
      for (String token : new String[] {named, byDefault}) {
        HttpResponse<String> refused = call("/api/v1/tenant", token);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(json(refused).get("detail").asString()).contains("não está ativo", "Suspenso");
      }
    } finally {
      onboarding.reactivate(city);
    }
    assertThat(call("/api/v1/tenant", named).statusCode()).isEqualTo(200);
  }

  @Test
  void bearer_requests_are_not_audited_as_sign_ins() throws Exception {
    // Issue 15: the audit listener told tokens apart by the event's source class, which is the
    // authentication itself: every API request wrote a LOGIN_SUCCESS row.
    String subject = linkedSubject(Role.MUNICIPAL_MANAGER, city);
    UUID account = jdbc.sql("SELECT id FROM platform.account WHERE oidc_subject = ?").param(subject).query(UUID.class).single();
    String token = oidc.accessToken(Token.forSubject(subject));

    for (int i = 0; i < 3; i++) {
      assertThat(call("/api/v1/me", token).statusCode()).isEqualTo(200);
    }

    assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE account_id = ? AND action = 'LOGIN_SUCCESS'")
        .param(account).query(Long.class).single()).isZero();
  }

  @Test
  void token_naming_a_municipality_outside_the_memberships_is_refused_with_401_and_the_reason() throws Exception {
    String subject = linkedSubject(Role.MUNICIPAL_STAFF, city);

    HttpResponse<String> answer = call("/api/v1/me", oidc.accessToken(Token.forSubject(subject).withTenant("3137106")));

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\", "
        + "error_description=\"A conta nao tem acesso ao municipio 3137106 indicado no token.\"");
    assertThat(json(answer).get("detail").asString()).isEqualTo("A conta não tem acesso ao município 3137106 indicado no token.");
    assertThat(json(answer).get("code").asString()).isEqualTo("api.token.tenant-not-member");
  }

  @Test
  void token_for_a_subject_linked_to_no_account_is_refused_with_401() throws Exception {
    HttpResponse<String> answer = call("/api/v1/me", oidc.accessToken(Token.forSubject(unique("ninguem"))));

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate")).get().asString()
        .contains("error_description=\"Nenhuma conta do Teia esta vinculada a este token.\"");
  }

  @Test
  void header_naming_another_municipality_than_the_token_is_forbidden() throws Exception {
    String subject = linkedSubject(Role.MUNICIPAL_MANAGER, city, other);
    String token = oidc.accessToken(Token.forSubject(subject).withTenant("3137007"));

    HttpResponse<String> answer = send(request("/api/v1/me", token).header(TenantScopeFilter.TENANT_HEADER, "3137106"));

    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(json(answer).get("code").asString()).isEqualTo("security.tenant.mismatch");
    assertThat(json(answer).get("detail").asString()).contains("3137106");
    assertThat(send(request("/api/v1/me", token).header(TenantScopeFilter.TENANT_HEADER, "3137007")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void token_of_someone_without_the_role_of_the_endpoint_is_forbidden() throws Exception {
    String manager = linkedSubject(Role.MUNICIPAL_MANAGER, city);
    String staff = linkedSubject(Role.ASSOCIATION_STAFF);

    HttpResponse<String> refused = call("/api/v1/tenants", oidc.accessToken(Token.forSubject(manager)));
    HttpResponse<String> allowed = call("/api/v1/tenants", oidc.accessToken(Token.forSubject(staff)));

    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json(refused).get("detail").asString()).isEqualTo("Você não tem permissão para esta operação.");
    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(json(allowed).valueStream().map(t -> t.get("ibgeCode").asString())).contains("3137007", "3137106");
  }

  @Test
  void expired_token_is_refused_with_401() throws Exception {
    String subject = linkedSubject(Role.MUNICIPAL_MANAGER, city);

    HttpResponse<String> answer = call("/api/v1/me", oidc.accessToken(Token.forSubject(subject).alreadyExpired()));

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("WWW-Authenticate")).get().asString()
        .contains("error=\"invalid_token\"").contains("expired");
    assertThat(json(answer).get("detail").asString()).isEqualTo("O token de acesso é inválido ou expirou.");
  }

  @Test
  void token_issued_for_another_audience_is_refused_with_401() throws Exception {
    String subject = linkedSubject(Role.MUNICIPAL_MANAGER, city);

    HttpResponse<String> answer = call("/api/v1/me",
        oidc.accessToken(Token.forSubject(subject).withAudience("another-application")));

    assertThat(answer.statusCode()).isEqualTo(401);
  }

  @Test
  void tenant_endpoint_answers_the_catalogue_entry_of_the_municipality_of_the_token() throws Exception {
    String subject = linkedSubject(Role.COUNCIL_MEMBER, city);

    HttpResponse<String> answer = call("/api/v1/tenant", oidc.accessToken(Token.forSubject(subject)));

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode tenant = json(answer);
    assertThat(tenant.get("ibgeCode").asString()).isEqualTo("3137007");
    assertThat(tenant.get("name").asString()).isEqualTo("Ladainha");
    assertThat(tenant.get("uf").asString()).isEqualTo("MG");
    assertThat(tenant.get("status").asString()).isEqualTo("ACTIVE");
  }

  @Test
  void tenant_endpoint_explains_with_404_when_the_access_is_bound_to_no_municipality() throws Exception {
    String staff = linkedSubject(Role.ASSOCIATION_ADMIN);

    HttpResponse<String> answer = call("/api/v1/tenant", oidc.accessToken(Token.forSubject(staff)));

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(json(answer).get("code").asString()).isEqualTo("api.tenant.none");
    assertThat(json(answer).get("title").asString()).isEqualTo("Não encontrado");
    assertThat(json(answer).get("detail").asString()).startsWith("Este acesso não está vinculado a um município.");
  }

  @Test
  void first_token_with_the_verified_email_of_an_unlinked_account_links_it() throws Exception {
    String email = unique("vinculo") + "@api.teia.test";
    UUID account = account(email, Role.MUNICIPAL_STAFF, city);
    String subject = unique("sub");

    HttpResponse<String> answer = call("/api/v1/me", oidc.accessToken(Token.forSubject(subject)
        .withClaim("email", email).withClaim("email_verified", true)));

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(jdbc.sql("SELECT oidc_subject FROM platform.account WHERE id = ?").param(account)
        .query(String.class).single()).isEqualTo(subject);
  }

  @Test
  void unknown_api_address_answers_404_problem_details_not_a_page() throws Exception {
    String subject = linkedSubject(Role.MUNICIPAL_MANAGER, city);

    HttpResponse<String> answer = call("/api/v1/nada-aqui", oidc.accessToken(Token.forSubject(subject)));

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(json(answer).get("detail").asString()).isEqualTo("O recurso pedido não existe.");
  }

  @Test
  void a_client_asking_for_english_gets_the_refusal_in_english() throws Exception {
    HttpResponse<String> answer = send(request("/api/v1/me", null).header("Accept-Language", "en-US,en;q=0.9"));

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(json(answer).get("title").asString()).isEqualTo("Not authenticated");
    assertThat(json(answer).get("detail").asString()).startsWith("Send a valid access token");
  }

  private HttpResponse<String> call(String path, String token) throws IOException, InterruptedException {
    return send(request(path, token));
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder request = HttpRequest.newBuilder(app(path)).GET().header("Accept", "application/json");
    return token == null ? request : request.header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
