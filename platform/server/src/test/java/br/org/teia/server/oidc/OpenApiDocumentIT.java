package br.org.teia.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.server.OidcContext;
import br.org.teia.testsupport.OidcTestBase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document is public, describes only the REST API, and says it wants a bearer JWT. */
@OidcContext
class OpenApiDocumentIT extends OidcTestBase {

  @Test
  void api_document_is_served_without_a_token_and_describes_only_the_api_behind_a_bearer_jwt() throws Exception {
    HttpResponse<String> answer = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(app("/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode document = JsonMapper.shared().readTree(answer.body());
    assertThat(document.get("info").get("title").asString()).isEqualTo("Teia API");
    assertThat(document.get("info").get("version").asString()).isNotBlank();
    assertThat(document.get("paths").propertyNames()).contains("/api/v1/me", "/api/v1/tenant", "/api/v1/tenants")
        .allSatisfy(path -> assertThat(path).startsWith("/api/"));
    JsonNode bearer = document.get("components").get("securitySchemes").get("bearer-jwt");
    assertThat(bearer.get("type").asString()).isEqualTo("http");
    assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
    assertThat(bearer.get("bearerFormat").asString()).isEqualTo("JWT");
    assertThat(document.get("security").get(0).has("bearer-jwt")).isTrue();
    JsonNode refusal = document.get("paths").get("/api/v1/me").get("get").get("responses").get("401");
    assertThat(refusal.get("content").has("application/problem+json")).isTrue();
  }
}
