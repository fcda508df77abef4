package br.org.teia.council.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilFixtures;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.OidcTestBase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import tools.jackson.databind.JsonNode;

/**
 * Resolutions and commissions through the API with real bearer tokens: roles, rules and the tenant
 * boundary, on CMAS of the tests' own (José Raydan, Josenópolis).
 */
class ResolutionApiIT extends OidcTestBase {

  /** Two municipalities of the tests' own, each with a CMAS of the module fixture. */
  private TenantId city;
  private TenantId other;

  @BeforeEach
  void twoMunicipalitiesWithTheirCmas() {
    CouncilFixtures fixtures = new CouncilFixtures(context);
    city = fixtures.cmas(onboarded("3136553"));
    other = fixtures.cmas(onboarded("3136579"));
  }


  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void the_secretary_drafts_from_a_deliberated_item_publishes_once_and_downloads_the_pdf() throws Exception {
    String token = token(Role.COUNCIL_SECRETARY, city);
    String base = "/api/v1/council/councils/" + cmasId(token) + "/resolutions";
    JsonNode item = json(send("GET", base + "/deliberated-items", token, null)).get(0);
    HttpResponse<String> created = send("POST", base, token, """
        {"agendaItemId":"%s","title":"Aprova a ata da reunião anterior","text":"Aprova a ata, sem ressalvas."}"""
        .formatted(item.get("itemId").asString()));
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json(created).get("id").asString();
    assertThat(json(created).get("status").asString()).isEqualTo("DRAFT");
    assertThat(send("GET", base + "/" + id + "/pdf", token, null).statusCode()).isEqualTo(422);

    assertThat(send("POST", base + "/" + id + "/publish", token, null).statusCode()).isEqualTo(200);
    HttpResponse<String> again = send("POST", base + "/" + id + "/publish", token, null);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(json(again).get("code").asString()).isEqualTo("council.resolution.published");

    HttpResponse<byte[]> pdf = http.send(request("GET", base + "/" + id + "/pdf", token, null, "application/pdf"),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
    assertThat(new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1))
        .contains("Aprova a ata da reunião anterior").contains("Resolução CMAS nº ");
  }

  @Test
  void the_list_is_searched_in_portuguese_and_paged() throws Exception {
    String token = token(Role.COUNCIL_MEMBER, city);
    String base = "/api/v1/council/councils/" + cmasId(token) + "/resolutions";

    JsonNode all = json(send("GET", base + "?size=5", token, null));
    JsonNode found = json(send("GET", base + "?q=benef%C3%ADcio", token, null));

    assertThat(all.get("total").asLong()).isGreaterThanOrEqualTo(2 * CouncilFixtures.MONTHS_OF_MEETINGS); // and the drafts of other tests
    assertThat(all.get("items")).hasSize(5);
    assertThat(found.get("total").asLong()).isEqualTo(2); // the fixture's two meetings on benefícios eventuais
    for (JsonNode resolution : found.get("items")) {
      assertThat(resolution.get("title").asString() + resolution.get("text").asString()).containsIgnoringCase("benefício");
    }
  }

  @Test
  void councillors_read_but_cannot_write_staff_and_the_association_see_nothing() throws Exception {
    String member = token(Role.COUNCIL_MEMBER, city);
    String council = cmasId(member);
    String base = "/api/v1/council/councils/" + council;

    assertThat(send("GET", base + "/commissions", member, null).statusCode()).isEqualTo(200);
    assertThat(send("POST", base + "/resolutions", member, "{\"title\":\"x\",\"text\":\"y\"}").statusCode())
        .isEqualTo(403);
    assertThat(send("POST", base + "/commissions", member, "{\"kind\":\"THEMATIC\",\"name\":\"Intrusa\"}").statusCode())
        .isEqualTo(403);
    for (Role outsider : new Role[] {Role.MUNICIPAL_STAFF, Role.ASSOCIATION_STAFF}) {
      HttpResponse<String> refused = send("GET", base + "/resolutions", token(outsider, city), null);
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(refused.body()).doesNotContain("Dispõe sobre");
      assertThat(send("GET", base + "/commissions", token(outsider, city), null).statusCode())
          .isEqualTo(403);
    }
  }

  @Test
  void another_municipalitys_council_resolution_and_commission_ids_answer_404() throws Exception {
    String theirs = token(Role.COUNCIL_SECRETARY, other);
    String theirCouncil = cmasId(theirs);
    String theirResolution = json(send("GET", "/api/v1/council/councils/" + theirCouncil + "/resolutions", theirs, null))
        .get("items").get(0).get("id").asString();
    String theirCommission = json(send("GET", "/api/v1/council/councils/" + theirCouncil + "/commissions", theirs, null))
        .get(0).get("id").asString();
    String ours = token(Role.COUNCIL_SECRETARY, city);
    String ourCouncil = cmasId(ours);

    HttpResponse<String> list = send("GET", "/api/v1/council/councils/" + theirCouncil + "/resolutions", ours, null);
    assertThat(list.statusCode()).isEqualTo(404);
    assertThat(list.body()).doesNotContain("Dispõe sobre");
    for (String path : new String[] {"/resolutions/" + theirResolution, "/resolutions/" + theirResolution + "/pdf",
        "/commissions/" + theirCommission}) {
      HttpResponse<String> answer = send("GET", "/api/v1/council/councils/" + ourCouncil + path, ours, null);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).doesNotContain("Dispõe sobre");
    }
    assertThat(send("POST", "/api/v1/council/councils/" + ourCouncil + "/resolutions/" + theirResolution + "/publish",
        ours, null).statusCode()).isEqualTo(404);
    assertThat(send("PUT", "/api/v1/council/councils/" + ourCouncil + "/commissions/" + theirCommission + "/members",
        ours, "{\"members\":[]}").statusCode()).isEqualTo(404);
  }

  private String cmasId(String token) throws Exception {
    for (JsonNode council : json(send("GET", "/api/v1/council/councils", token, null))) {
      if (council.get("acronym").asString().equals("CMAS")) {
        return council.get("id").asString();
      }
    }
    throw new AssertionError("no CMAS");
  }

  private HttpRequest request(String method, String path, String token, String body, String accept) {
    return HttpRequest.newBuilder(app(path))
        .header("Accept", accept)
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
  }
}
