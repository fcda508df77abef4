package br.org.teia.server;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoData;
import br.org.teia.testsupport.LoginPageCsrf;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Local login over real HTTP: messages, lockout, session fixation protection. */
@DemoServerTest
class LocalLoginIT {

  @LocalServerPort int port;

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void anonymous_user_is_sent_to_the_login_page() throws Exception {
    HttpResponse<String> page = get("/municipio");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/login");
  }

  @Test
  void wrong_password_returns_to_the_login_page_with_an_error() throws Exception {
    get("/login");
    HttpResponse<String> answer = login("tecnico@bh.demo", "wrong-password");
    assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/login?error=bad");
  }

  @Test
  void unknown_account_gets_the_same_answer_as_a_wrong_password() throws Exception {
    get("/login");
    HttpResponse<String> answer = login("nobody@nowhere.demo", DemoData.PASSWORD);
    assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/login?error=bad");
  }

  @Test
  void right_password_signs_in_with_a_new_session_id() throws Exception {
    get("/login");
    String before = sessionId();
    HttpResponse<String> answer = login("Gestora@BH.demo ", DemoData.PASSWORD);

    assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/");
    assertThat(sessionId()).isNotNull().isNotEqualTo(before);
    assertThat(get("/municipio").statusCode()).isEqualTo(200);
  }

  @Test
  void five_failures_lock_the_account_even_for_the_right_password() throws Exception {
    get("/login");
    for (int i = 0; i < 5; i++) {
      login("conselheira@bh.demo", "wrong-" + i);
    }
    HttpResponse<String> answer = login("conselheira@bh.demo", DemoData.PASSWORD);
    assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/login?error=locked");
  }

  private HttpResponse<String> login(String username, String password) throws IOException, InterruptedException {
    String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
        + "&" + LoginPageCsrf.formField(get("/login").body()); // as the login form does
    return http.send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private String sessionId() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue).findFirst().orElse(null);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
