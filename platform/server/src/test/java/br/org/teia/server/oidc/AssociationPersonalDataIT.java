package br.org.teia.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.server.OidcContext;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.TestOidcServer.Token;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cross-module: the association's people, who read the console's anonymised comparison, never reach a
 * municipality's personal data in another module (moved from the console's ComparisonApiIT, whose
 * module has no structure module on its classpath).
 */
@OidcContext
class AssociationPersonalDataIT extends OidcTestBase {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void association_staff_cannot_open_a_municipality_s_personal_data() throws Exception {
    for (Role role : List.of(Role.ASSOCIATION_STAFF, Role.ASSOCIATION_ADMIN)) {
      String token = association(role);
      assertThat(get("/api/v1/structure/workers", token).statusCode()).as("%s", role).isIn(400, 403);
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
