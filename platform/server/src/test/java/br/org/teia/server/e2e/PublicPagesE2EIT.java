package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoData;
import br.org.teia.server.DemoServerTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public pages in a real browser (Debian's headless Chromium): a citizen whose browser runs no
 * JavaScript reads the council of Belo Horizonte, searches its resolutions, checks a certificate and reads
 * the fund's page for another year;
 * then axe-core finds no WCAG 2.1 A/AA violation on any of these pages.
 */
@DemoServerTest
class PublicPagesE2EIT {

  static final String CMAS = "/publico/" + DemoData.BELO_HORIZONTE.ibgeCode() + "/conselhos/CMAS";
  static final String FUND = "/publico/" + DemoData.BELO_HORIZONTE.ibgeCode() + "/fundo";

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1280, 900, 30).withoutJavaScript();

  @Autowired JdbcClient jdbc;

  @Test
  void a_browser_without_javascript_reads_the_council_searches_resolutions_and_checks_a_certificate() throws Exception {
    browser.open(CMAS);

    assertThat(browser.driver().findElement(By.id("public-council")).getText())
        .isEqualTo("Conselho Municipal de Assistência Social (CMAS)");
    assertThat(browser.driver().findElement(By.id("public-rules")).getText()).matches("\\d+ cadeiras \\(.+\\).+antecedência\\.");
    assertThat(browser.driver().findElements(By.cssSelector("#public-seats tbody tr"))).isNotEmpty();
    assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pt-BR");
    assertThat(browser.driver().manage().getCookies()).isEmpty(); // no session
    String title = browser.driver().findElement(By.cssSelector("#public-resolutions tbody tr td:nth-child(2)")).getText();

    browser.driver().findElement(By.id("public-resolution-search")).sendKeys(title);
    browser.driver().findElement(By.id("public-resolution-search-button")).click();

    browser.until(d -> d.getCurrentUrl().contains("busca=")); // a plain form: the browser loads the next page
    assertThat(browser.driver().findElements(By.cssSelector("#public-resolutions tbody tr")))
        .isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains(title));

    String code = jdbc.sql("SELECT code FROM platform.training_certificate WHERE revoked_at IS NULL ORDER BY issued_at LIMIT 1")
        .query(String.class).single();
    browser.open("/publico/certificados");
    browser.driver().findElement(By.id("certificate-code")).sendKeys(code.toLowerCase(java.util.Locale.ROOT));
    browser.driver().findElement(By.id("certificate-check")).click();
    // the form's GET is redirected to the certificate's own address: wait for that page, not the form's
    assertThat(browser.until(d -> d.findElement(By.id("certificate-valid"))).getText()).isEqualTo("Certificado " + code + " válido");
    assertThat(browser.driver().manage().getCookies()).isEmpty();
    browser.screenshot("public-certificate-without-javascript");
  }

  @Test
  void a_browser_without_javascript_reads_the_funds_money_per_block_and_picks_last_year() {
    int lastYear = java.time.LocalDate.now().getYear() - 1;
    browser.open(FUND);
    assertThat(browser.driver().findElement(By.id("public-fund")).getText())
        .isEqualTo("Fundo Municipal de Assistência Social — Belo Horizonte (MG)");
    assertThat(browser.driver().findElement(By.id("public-fund-summary")).getText())
        .matches("Em " + java.time.LocalDate.now().getYear() + " o fundo tinha R\\$ [\\d.,]+ de saldo reprogramado .+");

    new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("public-fund-year")))
        .selectByValue(String.valueOf(lastYear));
    browser.driver().findElement(By.id("public-fund-year-button")).click();

    browser.until(d -> d.getCurrentUrl().endsWith("ano=" + lastYear)); // a plain form: the browser loads the next page
    browser.until(d -> d.findElement(By.id("public-fund-summary")).getText().startsWith("Em " + lastYear + " "));
    assertThat(browser.driver().findElements(By.cssSelector("#public-fund-blocks tbody tr"))).isNotEmpty();
    assertThat(browser.driver().manage().getCookies()).isEmpty(); // no session
  }

  @Test
  void the_public_pages_have_no_wcag_violation() {
    String code = jdbc.sql("SELECT code FROM platform.training_certificate WHERE revoked_at IS NULL ORDER BY issued_at LIMIT 1")
        .query(String.class).single();
    Map<String, List<String>> found = new LinkedHashMap<>();
    for (String path : List.of(CMAS, "/publico/" + DemoData.BELO_HORIZONTE.ibgeCode() + "/conselhos",
        CMAS + "?busca=xilofone", "/publico/certificados", "/publico/certificados/" + code,
        "/publico/certificados/ZZZZ-ZZZZ", "/publico/9999999/conselhos/CMAS", FUND,
        FUND + "?ano=" + (java.time.LocalDate.now().getYear() - 1), "/publico/9999999/fundo")) {
      scripted.open(path);
      List<String> violations = Axe.violations(scripted.driver());
      if (!violations.isEmpty()) {
        found.put(path, violations);
      }
    }
    assertThat(found).as("WCAG 2.1 A/AA violations on the public pages").isEmpty();
  }

  /** axe-core is a script: it runs in a browser that runs them. */
  @RegisterExtension
  final HeadlessChromium scripted = new HeadlessChromium(1280, 900, 30);
}
