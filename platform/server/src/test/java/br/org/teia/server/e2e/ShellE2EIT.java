package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.server.DemoServerTest;
import br.org.teia.structure.territory.TerritoryForm;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.testsupport.ActingAs;
import br.org.teia.testsupport.TestPeople;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application's shell in a real browser that asks for English pages, for people and municipalities
 * of the test's own (no demo data): everything stays in Brazilian Portuguese; a consultant of three
 * small towns switches between them and sees the one she chose; the keyboard reaches the skip link
 * first and it takes the focus to the page's main landmark.
 */
@DemoServerTest
class ShellE2EIT {

  /** The consultant's towns; she acts first in Lajinha (the lowest IBGE code). */
  private static final TenantId LAJINHA = TenantId.of("3137700");
  private static final TenantId LAMIM = TenantId.of("3137908");
  private static final TenantId LASSANCE = TenantId.of("3138104");
  private static final String CONSULTANT = "consultora-navegador@pequenos.teste";
  private static final String PASSWORD = "Senha-de-teste-1";

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1280, 900, 60).speaking("en-US,en");

  @Autowired ApplicationContext context;
  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;
  @Autowired PasswordEncoder passwords;
  @Autowired TerritoryService territories;

  @BeforeEach
  void peopleAndTownsOfTheTestsOwn() {
    // Method security reads this context's strategy; another context started in the JVM may have replaced it.
    context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    TestPeople people = new TestPeople(onboarding, accounts);
    List.of(LAJINHA, LAMIM, LASSANCE).forEach(town -> people.onboarded(town.ibgeCode()));
    accounts.createIfAbsent(CONSULTANT, "Helena Consultora (teste)", CONSULTANT, passwords.encode(PASSWORD));
    people.account(CONSULTANT, Role.MUNICIPAL_STAFF, LAJINHA, LAMIM, LASSANCE);
  }

  @Test
  void a_consultant_of_three_towns_switches_to_another_and_sees_its_name_and_data() throws Exception {
    String inLajinha = territoryIn(LAJINHA, "Vila de Lajinha");
    String inLamim = territoryIn(LAMIM, "Vila de Lamim");

    browser.open("/municipio");
    browser.signIn(CONSULTANT, PASSWORD);
    browser.until(d -> d.findElement(By.id("tenant-name")).getText().equals("Lajinha (MG)"));

    browser.choose("tenant-switcher", "Lamim (MG)");

    browser.until(d -> d.findElement(By.id("tenant-name")).getText().equals("Lamim (MG)"));
    browser.screenshot("switched-to-lamim");
    browser.open("/estrutura/territorios");
    browser.until(d -> browser.gridText().contains(inLamim));
    assertThat(browser.gridText()).doesNotContain(inLajinha);
    assertThat(browser.driver().findElement(By.id("tenant-switcher")).getText()).contains("Lamim (MG)");
  }

  @Test
  void an_english_browser_gets_the_login_page_in_portuguese_and_a_refused_attempt_keeps_the_email() throws Exception {
    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(browser.url("/login")))
        .header("Accept-Language", "en-US,en;q=0.9").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.body()).contains("<html lang=\"pt-BR\"");

    browser.open("/login");
    browser.until(d -> d.findElement(By.cssSelector("input[name='username']")));
    assertThat(browser.script("return document.documentElement.lang")).isEqualTo("pt-BR");
    browser.until(d -> "Mostrar senha".equals(browser.script(
        "const field = document.querySelector('vaadin-password-field[name=password]'); return field && field.i18n.reveal")));
    browser.driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
    browser.until(d -> "Informe o seu e-mail.".equals(browser.script(
        "return document.querySelector('vaadin-text-field[name=username]').errorMessage")));
    assertThat(browser.script("return document.querySelector('vaadin-password-field[name=password]').errorMessage"))
        .isEqualTo("Informe a sua senha.");
    assertThat(browser.driver().findElement(By.tagName("vaadin-login-form")).getText()).contains("Entrar no Teia", "Senha");

    browser.signIn(CONSULTANT, "not-her-password");

    browser.until(d -> d.getCurrentUrl().contains("error"));
    browser.until(d -> CONSULTANT.equals(browser.script(
        "const field = document.querySelector('vaadin-text-field[name=username]'); return field && field.value")));
    assertThat(browser.driver().findElement(By.tagName("vaadin-login-form")).getText()).contains("Não foi possível entrar");
    browser.screenshot("login-refused-in-portuguese");
  }

  @Test
  void the_keyboard_reaches_the_skip_link_first_and_it_moves_the_focus_to_the_main_landmark() throws Exception {
    browser.open("/municipio");
    browser.signIn(CONSULTANT, PASSWORD);
    browser.until(d -> d.findElement(By.id("tenant-name")).getText().equals("Lajinha (MG)"));
    assertThat(browser.script("return document.documentElement.lang")).isEqualTo("pt-BR");
    assertThat(browser.script("return document.getElementById('drawer-toggle').getAttribute('aria-label')"))
        .isEqualTo("Abrir ou fechar o menu de navegação");
    // Landmarks: one main (holding the view), the banner, the navigation.
    assertThat(browser.script("return document.querySelectorAll('main').length")).isEqualTo(1L);
    assertThat(browser.script("return document.querySelector('main').contains(document.getElementById('tenant-name'))"))
        .isEqualTo(true);
    assertThat(browser.script("return document.querySelectorAll('header').length")).isEqualTo(1L);
    assertThat(browser.script("return document.getElementById('main-nav').getAttribute('role')")).isEqualTo("navigation");

    browser.script("document.activeElement && document.activeElement.blur()");
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    browser.until(d -> "skip-link".equals(browser.script("return document.activeElement.id")));
    assertThat(browser.script("return document.activeElement.textContent.trim()")).isEqualTo("Pular para o conteúdo");
    assertThat(browser.script("return document.activeElement.getBoundingClientRect().top >= 0")).isEqualTo(true);

    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

    browser.until(d -> "conteudo".equals(browser.script("return document.activeElement.id")));
    assertThat(browser.script("return document.activeElement.localName")).isEqualTo("main");
    assertThat(browser.driver().getCurrentUrl()).contains("/municipio").doesNotContain("#");
  }

  private String territoryIn(TenantId town, String prefix) {
    String name = TestPeople.unique(prefix);
    ActingAs.as(town, Role.MUNICIPAL_MANAGER, () -> territories.create(new TerritoryForm(name, null, 10, null)));
    return name;
  }
}
