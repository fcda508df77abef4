package br.org.teia.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoData;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.LoginPageCsrf;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Login CSRF: a form posted from another site, even with valid credentials, signs nobody in. */
@DemoServerTest
class LoginCsrfIT {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void cross_site_login_post_without_the_csrf_token_signs_nobody_in() throws Exception {
    HttpResponse<String> answer = post("/login", credentials("gestora@bh.demo", DemoData.PASSWORD), "https://evil.example");

    assertThat(answer.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
    HttpResponse<String> after = get("/municipio");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location")).get().asString().endsWith("/login");
  }

  @Test
  void login_post_with_a_token_of_another_session_is_refused() throws Exception {
    HttpClient attacker = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String foreignToken = LoginPageCsrf.formField(attacker.send(HttpRequest.newBuilder(uri("/login")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());
    get("/login");

    HttpResponse<String> answer = post("/login", credentials("gestora@bh.demo", DemoData.PASSWORD) + "&" + foreignToken, null);

    assertThat(answer.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
    assertThat(get("/municipio").statusCode()).isEqualTo(302);
  }

  @Test
  void the_login_form_with_its_csrf_token_signs_in() throws Exception {
    String token = LoginPageCsrf.formField(get("/login").body());

    HttpResponse<String> answer = post("/login", credentials("gestora@bh.demo", DemoData.PASSWORD) + "&" + token, null);

    assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/");
    assertThat(get("/municipio").statusCode()).isEqualTo(200);
  }

  @Test
  void a_nul_character_in_the_user_name_is_a_wrong_login_not_a_failure() throws Exception {
    String token = LoginPageCsrf.formField(get("/login").body());

    HttpResponse<String> answer = post("/login", credentials("gestora\u0000@bh.demo", DemoData.PASSWORD) + "&" + token, null);

    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/login?error=bad");
  }

  private static String credentials(String username, String password) {
    return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
  }

  private HttpResponse<String> post(String path, String form, String origin) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (origin != null) {
      request.header("Origin", origin);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
