package br.org.teia.council.composition;

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
 * The council endpoints with real bearer tokens: rules, roles and the tenant boundary hold through the
 * API, on CMAS of the tests' own (Joaíma, Joanésia).
 */
class CouncilApiIT extends OidcTestBase {

  /** Two municipalities of the tests' own, each with a CMAS of the module fixture. */
  private TenantId city;
  private TenantId other;

  @BeforeEach
  void twoMunicipalitiesWithTheirCmas() {
    CouncilFixtures fixtures = new CouncilFixtures(context);
    city = fixtures.cmas(onboarded("3136009"));
    other = fixtures.cmas(onboarded("3136108"));
  }

  @Test
  void a_council_breaking_parity_is_refused_as_problem_details_in_portuguese() throws Exception {
    String body = """
        {"acronym":"%s","name":"Conselho Municipal dos Direitos da Pessoa Idosa","lawNumber":"9.999/2005",
         "lawDate":"2005-05-05","seats":12,"mandateYears":2,"mandateReconductions":1,"presidencyTermYears":1,
         "presidencyReconductions":1,"quorumRule":"ABSOLUTE_MAJORITY","noticeDays":7,"extraordinaryNoticeDays":2,
         "segments":[{"kind":"GOVERNMENT","name":"Secretaria","memberSeats":6,"alternateSeats":6},
                     {"kind":"USERS","name":"Idosos","memberSeats":6,"alternateSeats":5}]}"""
        .formatted(unique("CMI").substring(0, 12).toUpperCase());

    HttpResponse<String> refused = send("POST", "/api/v1/council/councils", token(Role.COUNCIL_SECRETARY,
        other), body);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(json(refused).get("code").asString()).isEqualTo("council.parity.alternates");
    assertThat(json(refused).get("detail").asString()).isEqualTo("A composição quebra a paridade: 6 suplentes do "
        + "governo e 5 da sociedade civil. A lei exige o mesmo número.");
  }

  @Test
  void the_secretary_schedules_and_publishes_but_nine_days_before_an_ordinary_meeting_is_too_late() throws Exception {
    String token = token(Role.COUNCIL_SECRETARY, city);
    String council = cmasId(token);
    String meeting = json(send("POST", "/api/v1/council/councils/" + council + "/meetings", token,
        "{\"kind\":\"ORDINARY\",\"date\":\"" + LocalDate.now().plusDays(9) + "\",\"startTime\":\"14:00\",\"place\":\"Sede\"}"))
        .get("id").asString();
    assertThat(send("POST", "/api/v1/council/meetings/" + meeting + "/agenda", token,
        "{\"title\":\"Plano municipal\"}").statusCode()).isEqualTo(201);

    HttpResponse<String> late = send("POST", "/api/v1/council/meetings/" + meeting + "/agenda/publish", token, null);

    assertThat(late.statusCode()).isEqualTo(422);
    assertThat(json(late).get("code").asString()).isEqualTo("council.agenda.late");
  }

  @Test
  void councillors_and_the_manager_read_but_cannot_write_staff_and_association_see_nothing() throws Exception {
    String member = token(Role.COUNCIL_MEMBER, city);
    String council = cmasId(member);

    assertThat(send("GET", "/api/v1/council/councils/" + council + "/composition", member, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/v1/council/councils/" + council + "/composition",
        token(Role.MUNICIPAL_MANAGER, city), null).statusCode()).isEqualTo(200);
    assertThat(send("POST", "/api/v1/council/councils/" + council + "/meetings", member,
        "{\"kind\":\"ORDINARY\",\"date\":\"" + LocalDate.now().plusDays(30) + "\",\"startTime\":\"14:00\",\"place\":\"Sede\"}")
        .statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/council/councils", token(Role.MUNICIPAL_STAFF, city), null)
        .statusCode()).isEqualTo(403);
    HttpResponse<String> association = send("GET", "/api/v1/council/councils/" + council + "/mandates",
        token(Role.ASSOCIATION_STAFF, city), null);
    assertThat(association.statusCode()).isEqualTo(403);
    assertThat(association.body()).doesNotContain("***.");
  }

  @Test
  void another_municipalitys_council_and_meeting_ids_answer_404() throws Exception {
    String theirs = token(Role.COUNCIL_SECRETARY, other);
    String theirCouncil = cmasId(theirs);
    int year = LocalDate.now().minusMonths(6).getYear();
    String theirMeeting = json(send("GET", "/api/v1/council/councils/" + theirCouncil + "/meetings?year=" + year, theirs,
        null)).get(0).get("id").asString();
    String ours = token(Role.COUNCIL_SECRETARY, city);

    assertThat(send("GET", "/api/v1/council/councils/" + theirCouncil, ours, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/council/councils/" + theirCouncil + "/composition", ours, null).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/council/meetings/" + theirMeeting, ours, null).statusCode()).isEqualTo(404);
    HttpResponse<String> item = send("POST", "/api/v1/council/meetings/" + theirMeeting + "/agenda", ours,
        "{\"title\":\"Intrusão\"}");
    assertThat(item.statusCode()).isEqualTo(404);
    assertThat(json(item).get("code").asString()).isEqualTo("council.meeting.not-found");
  }

  private String cmasId(String token) throws Exception {
    JsonNode councils = json(send("GET", "/api/v1/council/councils", token, null));
    for (JsonNode council : councils) {
      if (council.get("acronym").asString().equals("CMAS")) {
        return council.get("id").asString();
      }
    }
    throw new AssertionError("no CMAS in " + councils);
  }
}
