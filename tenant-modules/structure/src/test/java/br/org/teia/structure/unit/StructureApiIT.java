package br.org.teia.structure.unit;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.StructureFixture;
import br.org.teia.testsupport.ActingAs;
import br.org.teia.testsupport.OidcTestBase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The structure endpoints with real bearer tokens: the law's rules, the roles and the tenant boundary hold through the API. */
class StructureApiIT extends OidcTestBase {

  private final HttpClient http = HttpClient.newHttpClient();
  @Autowired UnitService units;
  /** A metrópole with its structure, and a second municipality with a Centro POP: the tests' own. */
  private TenantId city;
  private TenantId other;

  @BeforeEach
  void twoMunicipalitiesOfTheirOwn() {
    city = new StructureFixture(context).metropolis(onboarded("3136702")); // Juiz de Fora
    other = onboarded("3143302"); // Montes Claros
    ActingAs.as(other, Role.MUNICIPAL_MANAGER, () -> units.listAll("Centro POP Betim", null).isEmpty()
        ? units.create(new UnitForm(UnitType.CENTRO_POP, "Centro POP Betim", null, null, LocalDate.of(2013, 3, 1), null,
            100, null, Set.of("POP_RUA")))
        : null);
  }

  @Test
  void paif_added_to_a_creas_through_the_api_is_refused_in_portuguese() throws Exception {
    String token = token(Role.MUNICIPAL_STAFF, city);
    HttpResponse<String> created = send("POST", "/api/v1/structure/units", token,
        "{\"type\":\"CREAS\",\"name\":\"" + unique("CREAS") + "\",\"capacity\":80,\"services\":[\"PAEFI\"]}");
    assertThat(created.statusCode()).isEqualTo(201);
    String id = json(created).get("id").asString();

    HttpResponse<String> refused = send("PUT", "/api/v1/structure/units/" + id + "/services/PAIF", token, null);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).get("code").asString()).isEqualTo("structure.unit.service.not-allowed");
    assertThat(json(refused).get("detail").asString()).isEqualTo("Uma unidade do tipo CREAS não pode ofertar o "
        + "\"Serviço de Proteção e Atendimento Integral à Família (PAIF)\" (Tipificação Nacional, Resolução CNAS nº 109/2009).");
    assertThat(json(send("GET", "/api/v1/structure/units/" + id, token, null)).get("services").toString())
        .isEqualTo("[\"PAEFI\"]");
  }

  @Test
  void a_unit_without_a_name_is_refused_with_the_field_and_its_portuguese_message() throws Exception {
    HttpResponse<String> refused = send("POST", "/api/v1/structure/units", token(Role.MUNICIPAL_MANAGER, other),
        "{\"type\":\"CRAS\",\"name\":\"\"}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("errors").get(0).get("message").asString()).isEqualTo("Informe o nome da unidade.");
  }

  @Test
  void council_member_reads_units_but_cannot_create_one_nor_change_the_managing_body() throws Exception {
    String token = token(Role.COUNCIL_MEMBER, city);

    assertThat(send("GET", "/api/v1/structure/units?search=CRAS", token, null).statusCode()).isEqualTo(200);
    assertThat(send("POST", "/api/v1/structure/units", token, "{\"type\":\"CRAS\",\"name\":\"" + unique("CRAS") + "\"}")
        .statusCode()).isEqualTo(403);
    assertThat(send("PUT", "/api/v1/structure/managing-body?version=0", token,
        "{\"secretariatName\":\"X\",\"fundCnpj\":\"11222333000181\",\"managerName\":\"Y\",\"population\":10}")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void staff_create_units_but_only_the_manager_changes_the_managing_body() throws Exception {
    String staff = token(Role.MUNICIPAL_STAFF, city);

    assertThat(send("POST", "/api/v1/structure/units", staff, "{\"type\":\"CRAS\",\"name\":\"" + unique("CRAS")
        + "\",\"services\":[\"PAIF\"]}").statusCode()).isEqualTo(201);
    assertThat(send("GET", "/api/v1/structure/managing-body", staff, null).statusCode()).isEqualTo(200);
    assertThat(send("PUT", "/api/v1/structure/managing-body?version=0", staff,
        "{\"secretariatName\":\"X\",\"fundCnpj\":\"11222333000181\",\"managerName\":\"Y\",\"population\":10}")
        .statusCode()).isEqualTo(403);
  }

  @Test
  void another_municipalitys_unit_id_answers_404() throws Exception {
    HttpResponse<String> betims = send("POST", "/api/v1/structure/units", token(Role.MUNICIPAL_MANAGER, other),
        "{\"type\":\"CRAS\",\"name\":\"" + unique("CRAS") + "\",\"services\":[\"PAIF\"]}");
    String id = json(betims).get("id").asString();
    String bh = token(Role.MUNICIPAL_MANAGER, city);

    assertThat(send("GET", "/api/v1/structure/units/" + id, bh, null).statusCode()).isEqualTo(404);
    assertThat(send("PUT", "/api/v1/structure/units/" + id + "/services/SCFV", bh, null).statusCode()).isEqualTo(404);
    assertThat(send("DELETE", "/api/v1/structure/units/" + id, bh, null).statusCode()).isEqualTo(404);
  }

  @Test
  void the_managing_body_answers_its_size_class_derived_from_the_population() throws Exception {
    JsonNode body = json(send("GET", "/api/v1/structure/managing-body", token(Role.COUNCIL_MEMBER, city), null));

    assertThat(body.get("population").asInt()).isEqualTo(2_315_560);
    assertThat(body.get("sizeClass").asString()).isEqualTo("METROPOLE");
  }

  @Test
  void the_units_list_is_exported_as_csv_and_xlsx() throws Exception {
    String token = token(Role.COUNCIL_MEMBER, other);

    HttpResponse<String> csv = send("GET", "/api/v1/structure/units/export.csv?type=CENTRO_POP", token, null);
    HttpResponse<byte[]> xlsx = http.send(request("GET", "/api/v1/structure/units/export.xlsx", token, null).build(),
        HttpResponse.BodyHandlers.ofByteArray());

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body()).contains("Centro POP;Centro POP Betim;");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition")).get().asString().contains("unidades.xlsx");
    assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K'); // a zip, as every .xlsx
  }

  private HttpRequest.Builder request(String method, String path, String token, String body) {
    return HttpRequest.newBuilder(app(path))
        .header("Accept", "application/json")
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + token)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }
}
