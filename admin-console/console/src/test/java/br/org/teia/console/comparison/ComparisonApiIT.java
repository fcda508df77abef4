package br.org.teia.console.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.ComparisonTowns;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.TestOidcServer.Token;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comparison over HTTP: the console API for association roles only; the open-data API for
 * anyone, with the same protected figures, cached, and nothing an outsider can recover from it.
 */
class ComparisonApiIT extends OidcTestBase {

  /** The municipalities the test speaks of, onboarded by the test itself (Belo Horizonte, Betim, three small towns). */
  @BeforeEach
  void municipalities() {
    for (String code : List.of("3106200", "3106705", "3166600", "3115607", "3103702")) {
      onboarded(code);
    }
  }

  @Autowired TenantOnboarding onboarding;
  @Autowired ComparisonService comparisons;

  private final HttpClient http = HttpClient.newHttpClient();
  private ComparisonTowns towns;

  @BeforeEach
  void smallTowns() {
    towns = new ComparisonTowns().create(jdbc, onboarding);
  }

  @Test
  void anyone_reads_open_data_without_signing_in_and_recovers_no_hidden_count_from_it() throws Exception {
    HttpResponse<String> answer = get("/api/v1/open-data/indicators/" + towns.code, null);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Cache-Control")).get().asString().contains("max-age=300").contains("public");
    JsonNode body = JsonMapper.shared().readTree(answer.body());
    Map<String, Long> cells = new HashMap<>();
    Set<String> underK = new HashSet<>();
    for (JsonNode m : body.get("municipalities")) {
      JsonNode figure = m.get("figure");
      String visibility = figure.get("visibility").asString();
      if (visibility.equals("SHOWN")) {
        cells.put(m.get("ibgeCode").asString(), figure.get("value").asLong());
      } else {
        assertThat(figure.get("value").isNull()).as("a hidden figure carries no value").isTrue();
        if (visibility.equals("PRIMARY")) {
          underK.add(m.get("ibgeCode").asString());
        }
      }
    }
    Set<String> withFigure = new HashSet<>();
    body.get("municipalities").forEach(m -> withFigure.add(m.get("ibgeCode").asString()));
    Map<String, Long> totals = new HashMap<>();
    Map<String, Set<String>> members = new HashMap<>();
    JsonNode groups = JsonMapper.shared().readTree(get("/api/v1/console/comparison/groups",
        association(Role.ASSOCIATION_STAFF)).body()).get("groups");
    for (JsonNode g : groups) {
      Set<String> in = new HashSet<>();
      g.get("members").forEach(m -> in.add(m.asString()));
      in.retainAll(withFigure);
      members.put(g.get("id").asString(), in);
    }
    for (JsonNode g : body.get("groups")) {
      if (g.get("figure").get("visibility").asString().equals("SHOWN")) {
        totals.put(g.get("id").asString(), g.get("figure").get("value").asLong());
      }
    }

    assertThat(underK).contains("3118106", "3118502", "3118700");
    assertThat(totals).containsKey("state:MG");
    // the same figures as every screen (what can be worked out from them: DisclosureAttackIT)
    ProtectedIndicator once = comparisons.protectedIndicator(towns.code);
    cells.forEach((town, value) -> assertThat(once.municipality(town).value().longValueExact()).isEqualTo(value));
    totals.forEach((group, value) -> assertThat(once.group(group).value().longValueExact()).isEqualTo(value));
    assertThat(members).isNotEmpty();
    assertThat(answer.body()).doesNotContain("Carla Gestora", "cpf", "email");
  }

  @Test
  void open_data_as_csv_shows_under_k_and_the_state_total() throws Exception {
    HttpResponse<String> csv = get("/api/v1/open-data/indicators/" + towns.code + ".csv", null);
    HttpResponse<String> list = get("/api/v1/open-data/indicators", null);

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body()).contains("MUNICIPALITY;3118106;Congonhas do Norte;MG;PRIMARY;;;< 5");
    assertThat(csv.body()).contains("STATE;state:MG;MG;;SHOWN;");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\"code\":\"" + towns.code + "\"");
  }

  @Test
  void the_api_document_describes_open_data_as_needing_no_token() throws Exception {
    JsonNode document = JsonMapper.shared().readTree(get("/v3/api-docs", null).body());
    JsonNode operation = document.get("paths").get("/api/v1/open-data/indicators/{code}").get("get");

    assertThat(operation.get("security")).isEmpty();
    assertThat(document.get("paths").get("/api/v1/console/comparison/{code}/{ibge}").get("get").has("security")).isFalse();
  }

  @Test
  void open_data_is_read_only_even_for_anonymous_callers() throws Exception {
    HttpResponse<String> post = http.send(HttpRequest.newBuilder(app("/api/v1/open-data/indicators/" + towns.code))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(post.statusCode()).isEqualTo(401);
  }

  @Test
  void association_staff_open_the_comparison_and_its_export_and_municipal_people_get_403() throws Exception {
    String staff = association(Role.ASSOCIATION_STAFF);
    String path = "/api/v1/console/comparison/" + towns.code + "/3118106?regionSet=" + towns.regionSet;

    HttpResponse<String> screen = get(path, staff);
    HttpResponse<String> csv = get("/api/v1/console/comparison/" + towns.code + "/3118106/export.csv?regionSet="
        + towns.regionSet, staff);

    assertThat(screen.statusCode()).isEqualTo(200);
    JsonNode comparison = JsonMapper.shared().readTree(screen.body()).get("comparison");
    assertThat(comparison.get(0).get("figure").get("visibility").asString()).isEqualTo("PRIMARY");
    assertThat(comparison.get(0).get("figure").get("value").isNull()).isTrue();
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).contains("Congonhas do Norte;< 5;");
    assertThat(get(path, null).statusCode()).isEqualTo(401);
    for (Role role : List.of(Role.MUNICIPAL_MANAGER, Role.MUNICIPAL_STAFF, Role.COUNCIL_SECRETARY, Role.COUNCIL_MEMBER)) {
      String token = oidc.accessToken(Token.forSubject(linkedSubject(role, TenantId.of("3106200"))));
      assertThat(get(path, token).statusCode()).as("%s", role).isEqualTo(403);
      assertThat(get("/api/v1/console/comparison/groups", token).statusCode()).as("%s", role).isEqualTo(403);
    }
  }

  private String association(Role role) {
    return oidc.accessToken(Token.forSubject(linkedSubject(role)));
  }

  private HttpResponse<String> get(String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(app(path)).header("Accept", "application/json");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
