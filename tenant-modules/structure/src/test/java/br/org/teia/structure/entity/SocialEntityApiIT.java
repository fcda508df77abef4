package br.org.teia.structure.entity;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.StructureFixture;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.TestOidcServer.Token;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The entities endpoints with real bearer tokens: CNPJ and catalogue rules, roles and the tenant boundary. */
class SocialEntityApiIT extends OidcTestBase {

  private final HttpClient http = HttpClient.newHttpClient();
  /** Two municipalities of the tests' own, each with the module fixture's entity network. */
  private TenantId city;
  private TenantId other;

  @BeforeEach
  void twoMunicipalitiesWithTheirEntities() {
    StructureFixture fixture = new StructureFixture(context);
    city = fixture.network(onboarded("3137809")); // Lambari
    other = fixture.network(onboarded("3138005")); // Laranjal
  }

  @Test
  void staff_registers_an_entity_with_a_formatted_cnpj_and_reads_it_back_not_inscribed() throws Exception {
    String token = token(Role.MUNICIPAL_STAFF, city);
    String cnpj = freshCnpj();

    HttpResponse<String> created = send("POST", "/api/v1/structure/entities", token, body(Cnpj.format(cnpj),
        "[{\"serviceCode\":\"SCFV\",\"capacity\":80}]"));

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode entity = json(created);
    assertThat(entity.get("cnpj").asString()).isEqualTo(cnpj);
    assertThat(entity.get("cnpjFormatted").asString()).isEqualTo(Cnpj.format(cnpj));
    assertThat(entity.get("cmas").get("state").asString()).isEqualTo("NOT_INSCRIBED");
    JsonNode read = json(send("GET", "/api/v1/structure/entities/" + entity.get("id").asString(),
        token(Role.COUNCIL_MEMBER, city), null));
    assertThat(read.get("services").get(0).get("capacity").asInt()).isEqualTo(80);
  }

  @Test
  void an_invalid_cnpj_answers_400_with_the_field_and_its_portuguese_message() throws Exception {
    String cnpj = freshCnpj();
    String wrong = cnpj.substring(0, 13) + (char) ('0' + (cnpj.charAt(13) - '0' + 1) % 10);

    HttpResponse<String> refused = send("POST", "/api/v1/structure/entities",
        token(Role.MUNICIPAL_MANAGER, other), body(wrong, "[]"));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    JsonNode error = json(refused).get("errors").get(0);
    assertThat(error.get("field").asString()).endsWith("cnpj");
    assertThat(error.get("message").asString()).isEqualTo("CNPJ inválido: confira os dígitos.");
  }

  @Test
  void a_duplicate_cnpj_a_zero_capacity_and_a_service_outside_the_tipificacao_are_refused() throws Exception {
    String token = token(Role.MUNICIPAL_STAFF, other);
    String cnpj = freshCnpj();
    assertThat(send("POST", "/api/v1/structure/entities", token, body(cnpj, "[]")).statusCode()).isEqualTo(201);

    HttpResponse<String> duplicate = send("POST", "/api/v1/structure/entities", token, body(Cnpj.format(cnpj), "[]"));
    assertThat(duplicate.statusCode()).isEqualTo(422);
    assertThat(json(duplicate).get("code").asString()).isEqualTo("structure.entity.duplicate");
    assertThat(json(duplicate).get("detail").asString())
        .isEqualTo("Já existe uma entidade com o CNPJ " + Cnpj.format(cnpj) + " neste município.");

    HttpResponse<String> zero = send("POST", "/api/v1/structure/entities", token,
        body(freshCnpj(), "[{\"serviceCode\":\"SCFV\",\"capacity\":0}]"));
    assertThat(zero.statusCode()).isEqualTo(400);
    assertThat(json(zero).get("errors").get(0).get("message").asString())
        .isEqualTo("Informe quantas pessoas ou famílias o serviço atende: um número de 1 a 1.000.000.");

    HttpResponse<String> unknown = send("POST", "/api/v1/structure/entities", token,
        body(freshCnpj(), "[{\"serviceCode\":\"BAZAR\",\"capacity\":10}]"));
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(json(unknown).get("code").asString()).isEqualTo("structure.entity.service.unknown");
  }

  @Test
  void the_list_searches_by_cnpj_and_filters_by_the_cmas_status_published_by_the_council() throws Exception {
    String token = token(Role.COUNCIL_SECRETARY, city);
    String inscribed = StructureFixture.networkCnpj(city, 1); // Luz do Barreiro, inscribed after a step in progress

    JsonNode found = json(send("GET", "/api/v1/structure/entities?status=INSCRIBED&search="
        + Cnpj.format(inscribed).replace("/", "%2F"), token, null));
    JsonNode notInscribed = json(send("GET", "/api/v1/structure/entities?status=NOT_INSCRIBED&search="
        + inscribed, token, null));

    assertThat(found.get("content").size()).isEqualTo(1);
    assertThat(found.get("content").get(0).get("cmas").get("certificateCode").asString()).isEqualTo("CMAS-2024-0117");
    assertThat(notInscribed.get("content").size()).isZero();
    String id = found.get("content").get(0).get("id").asString();
    JsonNode history = json(send("GET", "/api/v1/structure/entities/" + id + "/inscription-history", token, null));
    assertThat(history.size()).isEqualTo(2);
    assertThat(history.get(1).get("state").asString()).isEqualTo("INSCRIBED");
  }

  @Test
  void council_roles_cannot_write_and_association_roles_cannot_read() throws Exception {
    String member = token(Role.COUNCIL_MEMBER, city);
    String secretary = token(Role.COUNCIL_SECRETARY, city);
    String someId = json(send("GET", "/api/v1/structure/entities", member, null)).get("content").get(0).get("id")
        .asString();

    assertThat(send("POST", "/api/v1/structure/entities", member, body(freshCnpj(), "[]")).statusCode()).isEqualTo(403);
    assertThat(send("DELETE", "/api/v1/structure/entities/" + someId, secretary, null).statusCode()).isEqualTo(403);
    for (Role association : new Role[] {Role.ASSOCIATION_ADMIN, Role.ASSOCIATION_STAFF}) {
      // An API token acts only where its account is a member: the association's own roles never open a tenant's rows.
      String token = oidc.accessToken(Token.forSubject(linkedSubject(association)));
      assertThat(send("GET", "/api/v1/structure/entities", token, null).statusCode()).isEqualTo(403);
      assertThat(send("GET", "/api/v1/structure/entities/" + someId, token, null).statusCode()).isEqualTo(403);
      assertThat(send("GET", "/api/v1/structure/entities/export.csv", token, null).statusCode()).isEqualTo(403);
    }
  }

  @Test
  void another_municipalitys_entity_id_answers_404() throws Exception {
    HttpResponse<String> others = send("POST", "/api/v1/structure/entities",
        token(Role.MUNICIPAL_MANAGER, other), body(freshCnpj(), "[]"));
    JsonNode entity = json(others);
    String id = entity.get("id").asString();
    String ours = token(Role.MUNICIPAL_MANAGER, city);

    assertThat(send("GET", "/api/v1/structure/entities/" + id, ours, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/structure/entities/" + id + "/inscription-history", ours, null).statusCode())
        .isEqualTo(404);
    assertThat(send("PUT", "/api/v1/structure/entities/" + id + "?version=0", ours,
        body(entity.get("cnpj").asString(), "[]")).statusCode()).isEqualTo(404);
    HttpResponse<String> delete = send("DELETE", "/api/v1/structure/entities/" + id, ours, null);
    assertThat(delete.statusCode()).isEqualTo(404);
    assertThat(delete.body()).doesNotContain(entity.get("legalName").asString());
  }

  @Test
  void the_entities_are_exported_as_csv_and_xlsx() throws Exception {
    String token = token(Role.COUNCIL_MEMBER, other);

    HttpResponse<String> csv = send("GET", "/api/v1/structure/entities/export.csv?status=INSCRIBED", token, null);
    HttpResponse<byte[]> xlsx = http.send(request("GET", "/api/v1/structure/entities/export.xlsx", token, null).build(),
        HttpResponse.BodyHandlers.ofByteArray());

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
    assertThat(csv.body()).contains("Associação Comunitária Luz do Barreiro", "Instituto Semear Cidadania",
        "Casa de Acolhida Caminho Novo").doesNotContain("Fórum Popular").doesNotContain("Obra Social");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition")).get().asString().contains("entidades.xlsx");
    assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
  }

  private static String body(String cnpj, String services) {
    return "{\"cnpj\":\"" + cnpj + "\",\"legalName\":\"" + unique("Associação API") + "\",\"actions\":[\"ATENDIMENTO\"],"
        + "\"services\":" + services + ",\"email\":\"contato@api.demo\"}";
  }

  private static String freshCnpj() {
    return Cnpj.withCheckDigits(String.format("%08d0001", ThreadLocalRandom.current().nextInt(10_000_000, 98_999_999)))
        .digits();
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
