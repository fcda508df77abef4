package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.server.DemoServerTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A person in a real browser (Debian's headless Chromium): signs in, reaches her municipality,
 * registers a territory and sees it listed.
 */
@DemoServerTest
class BrowserLoginE2EIT {

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1280, 900, 60);

  @Test
  void manager_signs_in_reaches_her_municipality_and_registers_a_territory() throws Exception {
    browser.open("/municipio");

    browser.signIn("gestora@bh.demo");

    WebElement heading = browser.until(d -> d.findElement(By.id("tenant-name")));
    assertThat(heading.getText()).isEqualTo("Belo Horizonte (MG)");
    assertThat(browser.script("return document.documentElement.lang")).isEqualTo("pt-BR");
    browser.screenshot("tenant-home");

    browser.open("/estrutura/territorios");
    browser.until(d -> d.findElement(By.id("territory-new"))).click();
    String name = "Vila Pinho " + UUID.randomUUID().toString().substring(0, 6);
    browser.inputOf("territory-name").sendKeys(name);
    browser.inputOf("territory-families").sendKeys("2100");
    browser.driver().findElement(By.id("territory-save")).click();

    browser.until(d -> d.findElement(By.id("territory-grid")).getText().contains(name)
        || browser.gridText().contains(name));
    browser.screenshot("territories");
  }
}
