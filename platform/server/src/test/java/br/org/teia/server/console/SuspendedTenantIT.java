package br.org.teia.server.console;

import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.LoginPageCsrf;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.i18n.Language;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.TenantStatus;
import br.org.teia.kernel.demo.DemoData;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Suspending a municipality from the console locks its people out of it, over real HTTP: an open
 * session is refused on its next request, a new sign-in is refused with its own message, and a
 * person who also works for an active municipality lands there. Reactivating lets them back in.
 */
@DemoServerTest
class SuspendedTenantIT {

  /** Sorts before every demo municipality: a person of it and of Betim would start in it by default. */
  static final TenantId ABADIA = TenantId.of("3100104");

  @LocalServerPort int port;
  @Autowired TenantOnboarding onboarding;
  @Autowired TenantCatalog catalog;
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwords;

  private String manager;
  private String consultant;

  @BeforeEach
  void aMunicipalityWithItsManager() {
    onboarding.onboard(List.of(ABADIA.ibgeCode()));
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    manager = "gestora-" + suffix + "@abadia.teste";
    UUID id = accounts.createIfAbsent(manager, "Gestora de Abadia dos Dourados", manager, passwords.encode(DemoData.PASSWORD));
    accounts.grantMembership(id, ABADIA, Role.MUNICIPAL_MANAGER);
    consultant = "consultor-" + suffix + "@teste";
    UUID both = accounts.createIfAbsent(consultant, "Consultor", consultant, passwords.encode(DemoData.PASSWORD));
    accounts.grantMembership(both, ABADIA, Role.MUNICIPAL_STAFF);
    accounts.grantMembership(both, DemoData.BETIM, Role.MUNICIPAL_STAFF);
  }

  @AfterEach
  void reactivate() {
    if (catalog.find(ABADIA).orElseThrow().status() == TenantStatus.SUSPENDED) {
      onboarding.reactivate(ABADIA);
    }
  }

  @Test
  void an_open_session_is_refused_once_its_municipality_is_suspended() throws Exception {
    Client session = new Client();
    assertThat(session.login(manager).headers().firstValue("Location")).get().asString().endsWith("/");
    assertThat(session.get("/municipio").statusCode()).isEqualTo(200);

    onboarding.suspend(ABADIA);

    HttpResponse<String> refused = session.get("/municipio");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(refused.body()).contains("Acesso recusado", "não está ativo", "Suspenso");
  }

  /** Issue 14: the refusal page followed the browser's Accept-Language; Portuguese unless the person chose. */
  @Test
  void the_refusal_page_speaks_portuguese_to_an_english_browser() throws Exception {
    Client session = new Client();
    session.login(manager);
    onboarding.suspend(ABADIA);

    HttpResponse<String> refused = session.get("/municipio", "en-US,en;q=0.9");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("<html lang=\"pt-BR\">", "Acesso recusado", "Sair").doesNotContain("Access refused");
  }

  @Test
  void the_refusal_page_speaks_english_to_a_person_who_chose_english() throws Exception {
    accounts.setLanguage(accounts.findByUsername(manager).orElseThrow().id(), Language.EN);
    Client session = new Client();
    session.login(manager);
    onboarding.suspend(ABADIA);

    HttpResponse<String> refused = session.get("/municipio", "pt-BR,pt");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.body()).contains("<html lang=\"en\">", "Access refused", "Sign out");
  }

  @Test
  void signing_in_to_a_suspended_municipality_is_refused_with_its_own_message_until_reactivated() throws Exception {
    onboarding.suspend(ABADIA);

    HttpResponse<String> refused = new Client().login(manager);
    assertThat(refused.headers().firstValue("Location")).get().asString().endsWith("/login?error=suspended");

    onboarding.reactivate(ABADIA);
    Client again = new Client();
    assertThat(again.login(manager).headers().firstValue("Location")).get().asString().endsWith("/");
    assertThat(again.get("/municipio").statusCode()).isEqualTo(200);
  }

  @Test
  void a_person_of_two_municipalities_lands_in_the_active_one() throws Exception {
    onboarding.suspend(ABADIA);
    Client session = new Client();

    assertThat(session.login(consultant).headers().firstValue("Location")).get().asString().endsWith("/");
    assertThat(session.get("/municipio").statusCode()).isEqualTo(200);
  }

  private final class Client {
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> login(String username) throws IOException, InterruptedException {
      String csrf = LoginPageCsrf.formField(get("/login").body()); // as the login form does
      String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
          + "&password=" + URLEncoder.encode(DemoData.PASSWORD, StandardCharsets.UTF_8) + "&" + csrf;
      return http.send(HttpRequest.newBuilder(uri("/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As a browser asking for pages in {@code languages} (its Accept-Language). */
    HttpResponse<String> get(String path, String languages) throws IOException, InterruptedException {
      return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", languages).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
