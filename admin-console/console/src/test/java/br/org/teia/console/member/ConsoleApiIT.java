package br.org.teia.console.member;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.TestOidcServer.Token;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The association console's API with real bearer tokens: association roles only, refusals in Portuguese with their lines. */
class ConsoleApiIT extends OidcTestBase {

  /** The municipalities the test speaks of, onboarded by the test itself (Belo Horizonte, Betim, three small towns). */
  @BeforeEach
  void municipalities() {
    for (String code : List.of("3106200", "3106705", "3166600", "3115607", "3103702")) {
      onboarded(code);
    }
  }

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void association_staff_list_search_and_export_the_members() throws Exception {
    String token = association(Role.ASSOCIATION_STAFF);

    HttpResponse<String> page = send("GET", "/api/v1/console/members?search=betim", token, null, "application/json");
    HttpResponse<String> csv = send("GET", "/api/v1/console/members/export.csv", token, null, "application/json");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(json(page).get("content").get(0).get("name").asString()).isEqualTo("Betim");
    assertThat(json(page).get("content").get(0).get("status").asString()).isEqualTo("ACTIVE");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body()).contains("3106705;Betim;MG;");
  }

  @Test
  void municipal_people_get_403_on_every_console_endpoint() throws Exception {
    for (Role role : List.of(Role.MUNICIPAL_MANAGER, Role.MUNICIPAL_STAFF, Role.COUNCIL_SECRETARY, Role.COUNCIL_MEMBER)) {
      String token = oidc.accessToken(Token.forSubject(linkedSubject(role, TenantId.of("3106200"))));
      assertThat(send("GET", "/api/v1/console/members", token, null, "application/json").statusCode()).as("%s", role).isEqualTo(403);
      assertThat(send("GET", "/api/v1/console/members/3106200", token, null, "application/json").statusCode()).isEqualTo(403);
      assertThat(send("POST", "/api/v1/console/members/3106200/suspend", token, null, "application/json").statusCode()).isEqualTo(403);
      assertThat(send("POST", "/api/v1/console/onboarding-jobs", token, "{\"codes\":[\"3170206\"]}", "application/json")
          .statusCode()).isEqualTo(403);
      assertThat(send("GET", "/api/v1/console/region-sets", token, null, "application/json").statusCode()).isEqualTo(403);
      assertThat(send("GET", "/api/v1/console/peer-groups", token, null, "application/json").statusCode()).isEqualTo(403);
    }
  }

  /** Onboarding, population import and suspension are the admin's (docs/roles.md): 403 for staff. */
  @Test
  void association_staff_get_403_on_onboarding_population_import_and_suspension() throws Exception {
    String token = association(Role.ASSOCIATION_STAFF);

    assertThat(send("GET", "/api/v1/console/members/3106705", token, null, "application/json").statusCode()).isEqualTo(200);
    assertThat(send("POST", "/api/v1/console/onboarding-jobs", token, "{\"codes\":[\"3170206\"]}", "application/json")
        .statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/console/onboarding-jobs", token, null, "application/json").statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/v1/console/members/populations", token, "3166600;999\n", "text/csv").statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/v1/console/members/3106705/suspend", token, null, "application/json").statusCode())
        .isEqualTo(403);
    assertThat(send("POST", "/api/v1/console/members/3106705/reactivate", token, null, "application/json").statusCode())
        .isEqualTo(403);
    assertThat(send("GET", "/api/v1/console/onboarding-jobs", association(Role.ASSOCIATION_ADMIN), null, "application/json")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void a_bad_onboarding_list_is_refused_whole_with_each_entry_in_portuguese() throws Exception {
    HttpResponse<String> refused = send("POST", "/api/v1/console/onboarding-jobs", association(Role.ASSOCIATION_ADMIN),
        "{\"codes\":[\"123\",\"3199999\",\"3106200\"]}", "application/json");

    assertThat(refused.statusCode()).isEqualTo(422);
    JsonNode errors = json(refused).get("errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).get("line").asInt()).isEqualTo(1);
    assertThat(errors.get(0).get("message").asString())
        .isEqualTo("Código IBGE inválido: \"123\". Informe os 7 dígitos do código do município.");
    assertThat(errors.get(1).get("code").asString()).isEqualTo("tenant.ibge.unknown");
    assertThat(errors.get(2).get("message").asString()).isEqualTo("Belo Horizonte (3106200) já está implantado no Teia.");
  }

  @Test
  void a_region_csv_with_bad_rows_answers_422_with_the_lines_and_a_good_one_replaces_the_regions() throws Exception {
    String token = association(Role.ASSOCIATION_STAFF);
    HttpResponse<String> created = send("POST", "/api/v1/console/region-sets", token,
        "{\"name\":\"Regiões " + UUID.randomUUID() + "\",\"uf\":\"MG\"}", "application/json");
    assertThat(created.statusCode()).isEqualTo(201);
    String set = json(created).get("id").asString();

    HttpResponse<String> refused = send("POST", "/api/v1/console/region-sets/" + set + "/import", token,
        "3106200;Central\n5300108;Central\n3106705;\n", "text/csv");
    HttpResponse<String> imported = send("POST", "/api/v1/console/region-sets/" + set + "/import", token,
        "3106200;Central\n3106705;Oeste\n", "text/csv");

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).get("detail").asString()).startsWith("Nada foi gravado: 2 linhas têm problemas.");
    assertThat(json(refused).get("errors").get(0).get("line").asInt()).isEqualTo(2);
    assertThat(json(refused).get("errors").get(0).get("message").asString())
        .isEqualTo("Brasília é de DF, e este conjunto agrupa municípios de MG.");
    assertThat(json(refused).get("errors").get(1).get("message").asString()).isEqualTo("Falta o nome da região para Betim.");
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(json(imported).get("municipalities").asInt()).isEqualTo(2);
    JsonNode regions = json(send("GET", "/api/v1/console/region-sets/" + set + "/regions", token, null, "application/json"));
    assertThat(regions).hasSize(2);
    assertThat(regions.get(0).get("members").asInt()).isEqualTo(1);
  }

  @Test
  void an_invalid_member_record_is_refused_field_by_field() throws Exception {
    String token = association(Role.ASSOCIATION_STAFF);
    int version = json(send("GET", "/api/v1/console/members/3103702", token, null, "application/json"))
        .get("member").get("version").asInt();

    HttpResponse<String> refused = send("PUT", "/api/v1/console/members/3103702?version=" + version, token,
        "{\"population\":-5,\"managerEmail\":\"gestor arroba araponga\"}", "application/json");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Informe uma população entre 1 e 20.000.000 habitantes.")
        .contains("E-mail inválido");
    assertThat(send("GET", "/api/v1/console/members/9999999", token, null, "application/json").statusCode())
        .isEqualTo(404);
  }

  private String association(Role role) {
    return oidc.accessToken(Token.forSubject(linkedSubject(role)));
  }

  private HttpResponse<String> send(String method, String path, String token, String body, String contentType)
      throws Exception {
    HttpRequest request = HttpRequest.newBuilder(app(path))
        .header("Accept", "application/json")
        .header("Content-Type", contentType)
        .header("Authorization", "Bearer " + token)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
