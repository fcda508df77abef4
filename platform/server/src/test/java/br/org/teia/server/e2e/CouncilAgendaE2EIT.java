package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In a real browser (Debian's headless Chromium): the CMAS secretary of Belo Horizonte schedules a
 * meeting, puts an item on its agenda and publishes it; then, signed out, anyone sees the agenda on
 * the council's public page.
 */
@SpringBootTest(classes = TeiaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "teia.demo.enabled=true")
class CouncilAgendaE2EIT {

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
  void the_secretary_publishes_an_agenda_and_the_public_sees_it_without_login() throws Exception {
    browser.get(url("/conselho/reunioes"));
    HeadlessChromium.signIn(browser, wait, "cmas@bh.demo");

    wait.until(d -> d.findElement(By.id("meeting-new"))).click();
    String date = LocalDate.now().plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    WebElement dateInput = wait.until(d -> d.findElement(By.id("meeting-date")).findElement(By.cssSelector("input")));
    dateInput.sendKeys(date, Keys.ENTER);
    browser.findElement(By.id("meeting-place")).findElement(By.cssSelector("input")).sendKeys("Sala dos Conselhos");
    browser.findElement(By.id("meeting-save")).click();

    String topic = "Plano de enfrentamento ao frio " + UUID.randomUUID().toString().substring(0, 6);
    WebElement title = wait.until(d -> d.findElement(By.id("agenda-title")).findElement(By.cssSelector("input")));
    title.sendKeys(topic);
    browser.findElement(By.id("agenda-add")).click();
    wait.until(d -> cells(d).contains(topic));
    wait.until(d -> d.findElement(By.id("agenda-publish"))).click();
    wait.until(d -> d.findElement(By.id("agenda-publication")).getText().startsWith("Pauta publicada em"));
    screenshot("council-meeting");

    browser.manage().deleteAllCookies(); // signed out: a citizen's browser
    browser.get(url("/publico/" + DemoData.BELO_HORIZONTE.ibgeCode() + "/conselhos/CMAS"));
    WebElement agendas = wait.until(d -> d.findElement(By.id("public-agendas")));
    wait.until(d -> d.findElement(By.id("public-agendas")).getText().contains(topic));
    assertThat(agendas.getText()).contains(topic).contains(date);
    assertThat(browser.getCurrentUrl()).doesNotContain("/login");
    screenshot("council-public-page");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static String cells(WebDriver d) {
    return String.valueOf(((JavascriptExecutor) d).executeScript(
        "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')"));
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
