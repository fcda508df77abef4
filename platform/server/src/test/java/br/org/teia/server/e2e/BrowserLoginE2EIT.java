package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person in a real browser (Debian's headless Chromium): signs in, reaches her municipality,
 * registers a territory and sees it listed.
 */
@SpringBootTest(classes = TeiaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "teia.demo.enabled=true")
class BrowserLoginE2EIT {

  @LocalServerPort int port;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = HeadlessChromium.start(1280, 900);
    wait = HeadlessChromium.waitFor(browser, 60);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void manager_signs_in_reaches_her_municipality_and_registers_a_territory() throws Exception {
    browser.get("http://localhost:" + port + "/municipio");

    HeadlessChromium.signIn(browser, wait, "gestora@bh.demo");

    WebElement heading = wait.until(d -> d.findElement(By.id("tenant-name")));
    assertThat(heading.getText()).isEqualTo("Belo Horizonte (MG)");
    assertThat(((JavascriptExecutor) browser).executeScript("return document.documentElement.lang")).isEqualTo("pt-BR");
    screenshot("tenant-home");

    browser.get("http://localhost:" + port + "/estrutura/territorios");
    wait.until(d -> d.findElement(By.id("territory-new"))).click();
    String name = "Vila Pinho " + UUID.randomUUID().toString().substring(0, 6);
    WebElement nameInput = wait.until(d -> inputOf(d.findElement(By.id("territory-name"))));
    nameInput.sendKeys(name);
    inputOf(browser.findElement(By.id("territory-families"))).sendKeys("2100");
    browser.findElement(By.id("territory-save")).click();

    wait.until(d -> d.findElement(By.id("territory-grid")).getText().contains(name)
        || String.valueOf(((JavascriptExecutor) d).executeScript(
            "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')"))
            .contains(name));
    screenshot("territories");
  }

  private static WebElement inputOf(WebElement vaadinField) {
    SearchContext root = vaadinField;
    return root.findElement(By.cssSelector("input"));
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
