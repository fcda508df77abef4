package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.member.MembersView;
import br.org.teia.server.DemoServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * In a real browser on a phone-sized window, an address that does not exist and a page the person may
 * not open show the same Portuguese page, with no list of the application's addresses (Vaadin's own page
 * lists them; the UI chain's refusal was a blank browser 403).
 */
@DemoServerTest
class ErrorPageE2EIT {

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(390, 844, 60);

  @Test
  void unknown_and_refused_addresses_show_one_portuguese_page_listing_nothing() {
    browser.open("/municipio");
    browser.signIn("tecnico@bh.demo");
    browser.until(d -> d.findElement(By.id("tenant-name")));

    for (String path : new String[] {"/endereco-que-nao-existe", "/" + MembersView.ROUTE}) {
      browser.open(path);

      String title = browser.until(d -> d.findElement(By.id("error-title"))).getText();
      assertThat(title).as(path).isEqualTo("Página não encontrada");
      String page = browser.driver().findElement(By.tagName("body")).getText();
      assertThat(page).as(path).contains("O endereço não existe ou não está disponível para você.", "Ir para a página inicial")
          .doesNotContain("estrutura/territorios", "Could not navigate", "Available routes");
      assertThat(browser.driver().getTitle()).as(path).isEqualTo("Página não encontrada · Teia");
    }
  }
}
