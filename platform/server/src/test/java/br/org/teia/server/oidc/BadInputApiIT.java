package br.org.teia.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.server.OidcContext;
import br.org.teia.testsupport.OidcTestBase;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad input as an authorised user of one municipality: never a 500, always a 400 (or 405) problem
 * detail in Portuguese. The rules live in one place each (kernel api), not in the endpoints used here.
 */
@OidcContext
class BadInputApiIT extends OidcTestBase {

  private static final String TERRITORIES = "/api/v1/structure/territories";
  private static final String UNITS = "/api/v1/structure/units";

  private String token;

  /** A municipality of the tests' own (Lagoa dos Patos), instead of the demo's. */
  private TenantId city;

  @BeforeEach
  void aManagerOfTheTestsMunicipality() {
    city = onboarded("3137304");
    token = token(Role.MUNICIPAL_MANAGER, city);
  }

  @Test
  void nul_character_in_a_text_field_of_the_body_is_a_400_naming_the_field() throws Exception {
    HttpResponse<String> answer = send("POST", TERRITORIES, token, "{\"name\":\"Territ\\u0000rio " + uuid() + "\"}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    assertThat(json(answer).get("code").asString()).isEqualTo("api.input.control-character");
    assertThat(json(answer).get("detail").asString()).contains("caractere de controle").contains("name");
  }

  @Test
  void other_control_characters_in_text_are_refused_but_tab_and_line_breaks_are_not() throws Exception {
    HttpResponse<String> bell = send("POST", TERRITORIES, token, "{\"name\":\"Sino\\u0007 " + uuid() + "\"}");
    HttpResponse<String> escape = send("POST", TERRITORIES, token,
        "{\"name\":\"Esc " + uuid() + "\",\"neighbourhoods\":\"a\\u001bb\"}");
    HttpResponse<String> lines = send("POST", TERRITORIES, token,
        "{\"name\":\"Linhas " + uuid() + "\",\"neighbourhoods\":\"Centro,\\tBarreiro\\r\\nPampulha\"}");

    assertThat(bell.statusCode()).isEqualTo(400);
    assertThat(escape.statusCode()).isEqualTo(400);
    assertThat(json(escape).get("detail").asString()).contains("neighbourhoods");
    assertThat(lines.statusCode()).isEqualTo(201);
  }

  @Test
  void nul_character_in_a_query_parameter_is_a_400() throws Exception {
    HttpResponse<String> answer = send("GET", UNITS + "?search=a%00b", token, null);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(json(answer).get("code").asString()).isEqualTo("api.input.control-character");
    assertThat(json(answer).get("detail").asString()).contains("search");
  }

  @Test
  void paging_past_the_integer_range_or_negative_is_a_400() throws Exception {
    for (String query : new String[] {"page=2147483647&size=50", "page=-1", "size=-5", "page=99999999999",
        "size=99999999999", "page=abc"}) {
      HttpResponse<String> answer = send("GET", UNITS + "?" + query, token, null);

      assertThat(answer.statusCode()).as(query).isEqualTo(400);
      assertThat(json(answer).get("detail").asString()).as(query).contains("paginação");
    }
  }

  @Test
  void a_huge_page_size_is_capped() throws Exception {
    HttpResponse<String> answer = send("GET", TERRITORIES + "?size=1000000", token, null);

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"size\":200");
  }

  @Test
  void a_fraction_for_an_integer_field_is_a_400() throws Exception {
    HttpResponse<String> answer = send("POST", TERRITORIES, token,
        "{\"name\":\"Fracao " + uuid() + "\",\"estimatedFamilies\":1.5}");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(json(answer).get("detail").asString()).contains("estimatedFamilies");
  }

  @Test
  void patch_on_an_address_that_does_not_support_it_is_a_405() throws Exception {
    HttpResponse<String> answer = send("PATCH", TERRITORIES + "/" + UUID.randomUUID(), token, "{}");

    assertThat(answer.statusCode()).isEqualTo(405);
    assertThat(answer.headers().firstValue("Allow")).get().asString().contains("PUT");
    assertThat(json(answer).get("detail").asString()).isEqualTo("Este endereço não aceita o método HTTP usado.");
  }

  @Test
  void bad_input_echoed_in_a_400_is_cut_short() throws Exception {
    String huge = "9".repeat(3000);

    HttpResponse<String> answer = send("GET", "/api/v1/me", oidc.accessToken(
        br.org.teia.testsupport.TestOidcServer.Token.forSubject(linkedSubject(Role.MUNICIPAL_STAFF,
            city)).withTenant(huge)), null);

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).doesNotContain(huge.substring(0, 200));
    assertThat(json(answer).get("detail").asString()).hasSizeLessThan(200);
  }

  private static String uuid() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
