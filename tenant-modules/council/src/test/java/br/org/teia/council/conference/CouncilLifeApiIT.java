package br.org.teia.council.conference;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.CouncilFixtures;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.OidcTestBase;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Complaints and conferences through the API with real bearer tokens: bad input, roles and the tenant
 * boundary, on CMAS of the tests' own (Jequitaí with its complaints and conference, Jequitibá).
 */
class CouncilLifeApiIT extends OidcTestBase {

  /** Two municipalities of the tests' own, each with a CMAS of the module fixture. */
  private TenantId city;
  private TenantId other;

  @BeforeEach
  void twoMunicipalitiesWithTheirCmas() {
    CouncilFixtures fixtures = new CouncilFixtures(context);
    city = fixtures.councilLife(onboarded("3135605"));
    other = fixtures.cmas(onboarded("3135704"));
  }

  @Test
  void a_complaint_is_received_with_a_protocol_and_bad_input_is_answered_field_by_field() throws Exception {
    String secretary = token(Role.COUNCIL_SECRETARY, other);
    String council = cmasId(secretary);

    HttpResponse<String> received = send("POST", "/api/v1/council/councils/" + council + "/complaints", secretary, """
        {"receivedOn":"%s","channel":"PHONE","anonymous":true,"subject":"Fila no CRAS",
         "description":"Espera de três horas."}""".formatted(LocalDate.now()));
    assertThat(received.statusCode()).isEqualTo(201);
    assertThat(json(received).get("summary").get("protocol").asString()).endsWith("/" + LocalDate.now().getYear());

    HttpResponse<String> empty = send("POST", "/api/v1/council/councils/" + council + "/complaints", secretary,
        "{\"anonymous\":false}");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("Informe o assunto.", "Descreva a denúncia.", "Informe como a denúncia chegou.");

    HttpResponse<String> unknownChannel = send("POST", "/api/v1/council/councils/" + council + "/complaints", secretary,
        "{\"receivedOn\":\"2026-01-01\",\"channel\":\"FAX\",\"subject\":\"x\",\"description\":\"y\"}");
    assertThat(unknownChannel.statusCode()).isEqualTo(400);

    HttpResponse<String> namelessNamed = send("POST", "/api/v1/council/councils/" + council + "/complaints", secretary,
        "{\"receivedOn\":\"%s\",\"channel\":\"EMAIL\",\"anonymous\":false,\"subject\":\"x\",\"description\":\"y\"}"
            .formatted(LocalDate.now()));
    assertThat(namelessNamed.statusCode()).isEqualTo(422);
    assertThat(json(namelessNamed).get("code").asString()).isEqualTo("council.complaint.name.required");
  }

  @Test
  void councillors_read_complaints_without_identity_staff_and_other_municipalities_get_nothing() throws Exception {
    String ourSecretary = token(Role.COUNCIL_SECRETARY, city);
    String ourCouncil = cmasId(ourSecretary);
    JsonNode list = json(send("GET", "/api/v1/council/councils/" + ourCouncil + "/complaints", ourSecretary, null));
    String named = null;
    for (JsonNode c : list) {
      if (c.get("subject").asString().equals("Demora no atendimento do CRAS")) {
        named = c.get("id").asString();
      }
    }
    assertThat(named).isNotNull();
    assertThat(list.toString()).doesNotContain("Rosa Martins");

    HttpResponse<String> forMember = send("GET", "/api/v1/council/complaints/" + named,
        token(Role.COUNCIL_MEMBER, city), null);
    assertThat(forMember.statusCode()).isEqualTo(200);
    assertThat(forMember.body()).doesNotContain("Rosa Martins");
    assertThat(json(forMember).get("identityWithheld").asBoolean()).isTrue();
    assertThat(send("GET", "/api/v1/council/complaints/" + named, ourSecretary, null).body()).contains("Rosa Martins");

    assertThat(send("GET", "/api/v1/council/complaints/" + named, token(Role.MUNICIPAL_MANAGER, city),
        null).statusCode()).isEqualTo(403);
    HttpResponse<String> fromOther = send("GET", "/api/v1/council/complaints/" + named,
        token(Role.COUNCIL_SECRETARY, other), null);
    assertThat(fromOther.statusCode()).isEqualTo(404);
    assertThat(fromOther.body()).doesNotContain("Rosa Martins");
  }

  @Test
  void a_second_ordinary_conference_inside_the_cycle_is_refused_and_deliberations_are_followed_up() throws Exception {
    String secretary = token(Role.COUNCIL_SECRETARY, city);
    String council = cmasId(secretary);
    int year = LocalDate.now().getYear();

    HttpResponse<String> tooClose = send("POST", "/api/v1/council/councils/" + council + "/conferences", secretary, """
        {"kind":"ORDINARY","edition":14,"theme":"Tema","startsOn":"%d-03-10","endsOn":"%d-03-11","venue":"Sede",
         "convenedBy":"Resolução 1/%d"}""".formatted(year, year, year));
    assertThat(tooClose.statusCode()).isEqualTo(422);
    assertThat(json(tooClose).get("detail").asString()).contains("a cada 4 anos");

    JsonNode conferences = json(send("GET", "/api/v1/council/councils/" + council + "/conferences", secretary, null));
    String held = null;
    for (JsonNode c : conferences) {
      if (c.get("status").asString().equals("HELD")) {
        held = c.get("id").asString();
      }
    }
    JsonNode detail = json(send("GET", "/api/v1/council/conferences/" + held, token(Role.COUNCIL_MEMBER,
        city), null));
    String pending = null;
    for (JsonNode d : detail.get("deliberations")) {
      if (d.get("status").asString().equals("PENDING")) {
        pending = d.get("id").asString();
      }
    }
    HttpResponse<String> followed = send("POST", "/api/v1/council/deliberations/" + pending + "/follow-ups", secretary,
        "{\"occurredOn\":\"%s\",\"status\":\"IN_PROGRESS\",\"note\":\"Ofício enviado ao Estado.\"}".formatted(LocalDate.now()));
    assertThat(followed.statusCode()).isEqualTo(200);
    assertThat(json(followed).get("status").asString()).isEqualTo("IN_PROGRESS");

    assertThat(send("POST", "/api/v1/council/deliberations/" + pending + "/follow-ups",
        token(Role.COUNCIL_MEMBER, city),
        "{\"occurredOn\":\"%s\",\"status\":\"DONE\",\"note\":\"x\"}".formatted(LocalDate.now())).statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/council/conferences/" + held, token(Role.COUNCIL_SECRETARY, other), null)
        .statusCode()).isEqualTo(404);
  }

  private String cmasId(String token) throws Exception {
    for (JsonNode council : json(send("GET", "/api/v1/council/councils", token, null))) {
      if (council.get("acronym").asString().equals("CMAS")) {
        return council.get("id").asString();
      }
    }
    throw new AssertionError("no CMAS");
  }
}
