package br.org.teia.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.server.DemoServerTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security headers on Vaadin pages and API answers alike; HSTS only when the request came over TLS
 * (here: a reverse proxy on loopback saying so in {@code X-Forwarded-Proto}, trusted because of
 * {@code server.forward-headers-strategy=native}).
 */
@DemoServerTest
class SecurityHeadersIT {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void the_login_page_carries_the_security_headers() throws Exception {
    HttpResponse<String> page = get("/login", false);

    assertThat(page.statusCode()).isEqualTo(200);
    assertSecurityHeaders(page.headers());
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty(); // plain HTTP
  }

  @Test
  void an_api_answer_carries_the_security_headers() throws Exception {
    HttpResponse<String> data = get("/api/v1/open-data/indicators", false);
    HttpResponse<String> refused = get("/api/v1/me", false);

    assertThat(data.statusCode()).isEqualTo(200);
    assertSecurityHeaders(data.headers());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertSecurityHeaders(refused.headers());
  }

  @Test
  void hsts_is_sent_when_the_request_came_over_tls() throws Exception {
    assertThat(get("/login", true).headers().firstValue("Strict-Transport-Security")).get().asString()
        .contains("max-age=");
    assertThat(get("/api/v1/open-data/indicators", true).headers().firstValue("Strict-Transport-Security"))
        .isPresent();
  }

  @Test
  void unknown_input_echoed_in_a_404_is_cut_short() throws Exception {
    String huge = "x".repeat(2000);

    HttpResponse<String> answer = get("/api/v1/open-data/indicators/" + huge, false);

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.body()).doesNotContain(huge.substring(0, 200));
  }

  private static void assertSecurityHeaders(HttpHeaders headers) {
    String csp = headers.firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).contains("default-src 'self'").contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'")
        .contains("frame-ancestors 'self'").contains("object-src 'none'");
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
  }

  private HttpResponse<String> get(String path, boolean overTls) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET()
        .header("Accept", "text/html,application/json");
    if (overTls) {
      request.header("X-Forwarded-Proto", "https");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
