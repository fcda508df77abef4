package br.org.teia.server;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.LoginPageCsrf;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The login throttle behind a reverse proxy ({@code server.forward-headers-strategy=native}, the proxy on
 * loopback): it counts the client's address from {@code X-Forwarded-For}, so guesses from one address lock
 * that address's attempts and not the real user elsewhere, and one address spraying many names is stopped.
 */
@DemoServerTest
class LoginThrottleBehindProxyIT {

  static final String PASSWORD = "Senha-forte-2026";
  // Random documentation addresses: the throttle may live in a Redis that outlives one run.
  static final String ATTACKER = "203.0.113." + (1 + new java.util.Random().nextInt(254));
  static final String SPRAYER = "192.0.2." + (1 + new java.util.Random().nextInt(254));
  static final String REAL_USER = "198.51.100." + (1 + new java.util.Random().nextInt(254));

  @LocalServerPort int port;
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired TenantOnboarding onboarding;
  String username;

  @BeforeEach
  void anAccount() {
    onboarding.onboard(List.of("3101508"));
    username = "throttle-" + UUID.randomUUID().toString().substring(0, 8) + "@teste.teia";
    UUID id = accounts.createIfAbsent(username, "Pessoa de teste", username, passwords.encode(PASSWORD));
    accounts.grantMembership(id, TenantId.of("3101508"), Role.MUNICIPAL_STAFF);
  }

  @Test
  void five_guesses_from_one_address_lock_that_address_while_the_real_user_signs_in_from_hers() throws Exception {
    for (int i = 0; i < 5; i++) {
      assertThat(login(username, "errada-" + i, ATTACKER)).endsWith("/login?error=bad");
    }

    assertThat(login(username, PASSWORD, ATTACKER)).endsWith("/login?error=locked");
    assertThat(login(username, PASSWORD, REAL_USER)).doesNotContain("/login");
  }

  @Test
  void one_address_trying_thirty_names_is_locked_for_any_name() throws Exception {
    for (int i = 0; i < 30; i++) {
      login("ninguem-" + i + "-" + UUID.randomUUID() + "@teste.teia", "Senha-" + i, SPRAYER);
    }

    assertThat(login(username, PASSWORD, SPRAYER)).endsWith("/login?error=locked");
    assertThat(login(username, PASSWORD, REAL_USER)).doesNotContain("/login");
  }

  /** Posts the login form as a browser behind the proxy at {@code address} would; answers the redirect. */
  private String login(String user, String password, String address) throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String page = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + LoginPageCsrf.formField(page);
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/login"))
        .header("X-Forwarded-For", address)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(302);
    return answer.headers().firstValue("Location").orElseThrow();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
