package br.org.teia.server.oidc;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.ui.LoginView.ExternalLoginLink;
import br.org.teia.server.OidcContext;
import br.org.teia.testsupport.OidcTestBase;
import br.org.teia.testsupport.TestBrowser;
import br.org.teia.testsupport.TestOidcServer.User;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * External login over real HTTP, across two servers: Teia and a real OIDC provider. The person
 * signs in at the provider (login form, authorization code with PKCE), Teia maps them to an
 * account it already has, and the session then holds a Teia authentication.
 */
@OidcContext
class ExternalLoginIT extends OidcTestBase {

  /** Two municipalities of the tests' own (Lagoa Formosa, Lagoa Grande), instead of the demo's. */
  private TenantId city;
  private TenantId other;

  @BeforeEach
  void twoMunicipalities() {
    city = onboarded("3137502");
    other = onboarded("3137536");
  }

  @Autowired List<ExternalLoginLink> externalLogins;

  @Test
  void person_with_the_verified_email_of_an_account_is_linked_once_and_then_signs_in_by_the_link() {
    User person = person(true);
    UUID account = account(person.email(), Role.MUNICIPAL_STAFF, city);

    TestBrowser browser = new TestBrowser();
    oidc.logIn(browser, app("/oauth2/authorization/" + REGISTRATION), person);

    assertThat(browser.current()).isEqualTo(app("/"));
    assertThat(statusWithoutRedirect(browser, "/municipio")).isEqualTo(200);
    assertThat(link(account)).isEqualTo(Map.of("oidc_issuer", oidc.issuer(), "oidc_subject", person.username()));

    // The e-mail no longer matches: only the stored link can let the second login in.
    jdbc.sql("UPDATE platform.account SET email = ? WHERE id = ?").params("outro-" + person.email(), account).update();
    TestBrowser later = new TestBrowser();
    oidc.logIn(later, app("/oauth2/authorization/" + REGISTRATION), person);

    assertThat(later.current()).isEqualTo(app("/"));
    assertThat(statusWithoutRedirect(later, "/municipio")).isEqualTo(200);
  }

  @Test
  void after_external_login_the_person_returns_to_the_page_that_asked_for_it() {
    User person = person(true);
    account(person.email(), Role.MUNICIPAL_MANAGER, other);
    TestBrowser browser = new TestBrowser();
    browser.open(app("/municipio"));
    assertThat(browser.current()).isEqualTo(app("/login"));

    HttpResponse<String> landed = oidc.logIn(browser, app("/oauth2/authorization/" + REGISTRATION), person);

    assertThat(browser.current().getPath()).isEqualTo("/municipio"); // Spring Security adds ?continue
    assertThat(landed.statusCode()).isEqualTo(200);
  }

  @Test
  void person_unknown_to_teia_is_refused_and_lands_on_the_login_page_with_the_reason() {
    User stranger = person(true);

    TestBrowser browser = new TestBrowser();
    oidc.logIn(browser, app("/oauth2/authorization/" + REGISTRATION), stranger);

    assertThat(browser.current()).isEqualTo(app("/login?error=external"));
    assertThat(statusWithoutRedirect(browser, "/municipio")).isEqualTo(302); // still anonymous
    assertThat(jdbc.sql("SELECT count(*) FROM platform.account WHERE oidc_subject = ?").param(stranger.username())
        .query(Long.class).single()).isZero(); // nobody was created
  }

  @Test
  void an_unverified_email_never_links_an_account() {
    User person = person(false);
    UUID account = account(person.email(), Role.MUNICIPAL_STAFF, city);

    TestBrowser browser = new TestBrowser();
    oidc.logIn(browser, app("/oauth2/authorization/" + REGISTRATION), person);

    assertThat(browser.current()).isEqualTo(app("/login?error=external"));
    assertThat(link(account).get("oidc_subject")).isNull();
  }

  @Test
  void login_page_offers_the_configured_provider_as_a_real_link() {
    assertThat(externalLogins).containsExactly(
        new ExternalLoginLink(PROVIDER_NAME, "/oauth2/authorization/" + REGISTRATION));

    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(new Routes().autoDiscoverViews("br.org.teia"), context, uiFactory));
    try {
      UI.getCurrent().setLocale(I18nConfiguration.PT_BR);
      UI.getCurrent().navigate("login");
      Anchor link = _get(Anchor.class, spec -> spec.withText("Entrar com " + PROVIDER_NAME));
      assertThat(link.getHref()).isEqualTo("/oauth2/authorization/" + REGISTRATION);
      assertThat(link.isRouterIgnore()).as("the browser must leave the Vaadin router for the provider").isTrue();
    } finally {
      MockVaadin.tearDown();
    }
  }

  private User person(boolean emailVerified) {
    String name = unique("pessoa");
    User person = new User(name, name + "-senha", name + "@oidc.teia.test", emailVerified, "Pessoa " + name);
    oidc.addUser(person);
    return person;
  }

  private Map<String, Object> link(UUID account) {
    return jdbc.sql("SELECT oidc_issuer, oidc_subject FROM platform.account WHERE id = ?").param(account)
        .query().singleRow();
  }

  private int statusWithoutRedirect(TestBrowser browser, String path) {
    HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(app(path)).GET());
    return answer.statusCode();
  }
}
