package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.console.member.MembersView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser, an address that does not exist and a page the person may not open show the same
 * Portuguese page, with no list of the application's addresses (Vaadin's own page lists them).
 */
@SpringBootTest(classes = TeiaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "teia.demo.enabled=true")
class ErrorPageE2EIT {

  @LocalServerPort int port;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = HeadlessChromium.start(390, 844);
    wait = HeadlessChromium.waitFor(browser, 60);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void unknown_and_refused_addresses_show_one_portuguese_page_listing_nothing() {
    browser.get("http://localhost:" + port + "/municipio");
    HeadlessChromium.signIn(browser, wait, "tecnico@bh.demo");
    wait.until(d -> d.findElement(By.id("tenant-name")));

    for (String path : new String[] {"/endereco-que-nao-existe", "/" + MembersView.ROUTE}) {
      browser.get("http://localhost:" + port + path);

      String title = wait.until(d -> d.findElement(By.id("error-title"))).getText();
      assertThat(title).as(path).isEqualTo("Página não encontrada");
      String page = browser.findElement(By.tagName("body")).getText();
      assertThat(page).as(path).contains("O endereço não existe ou não está disponível para você.", "Ir para a página inicial")
          .doesNotContain("estrutura/territorios", "Could not navigate", "Available routes");
      assertThat(browser.getTitle()).as(path).isEqualTo("Página não encontrada · Teia");
    }
  }
}
