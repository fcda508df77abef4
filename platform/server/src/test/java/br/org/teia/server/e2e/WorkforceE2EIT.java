package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.suas.Cpf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Belo Horizonte's manager in a real browser (Debian's headless Chromium) opens a CRAS of 2,500
 * families, sees its reference team incomplete, registers its five workers and sees the team
 * check turn complete.
 */
@SpringBootTest(classes = TeiaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "teia.demo.enabled=true")
class WorkforceE2EIT {

  /** Finds, through shadow roots, the visible overlay item of that text and clicks it; answers whether it did. */
  private static final String CLICK_ITEM = """
      const all = (root, out) => { root.querySelectorAll('*').forEach(e => { out.push(e);
        if (e.shadowRoot) { all(e.shadowRoot, out); } }); return out; };
      const item = all(document, []).find(e => (e.localName === 'vaadin-select-item'
          || e.localName === 'vaadin-combo-box-item') && e.textContent.trim() === arguments[0]
          && e.getBoundingClientRect().height > 0);
      if (item) { item.click(); return true; }
      return false;""";
  /** The text of the team-check cell in the row of the unit named arguments[0] (five cells after its name). */
  private static final String TEAM_CELL = """
      const cells = Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent.trim());
      const i = cells.indexOf(arguments[0]);
      return i < 0 ? '' : cells[i + 5];""";
  private static final String GRID_TEXT =
      "return Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')";

  @LocalServerPort int port;
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() throws Exception {
    browser = HeadlessChromium.start(1400, 1000);
    wait = HeadlessChromium.waitFor(browser, 60);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void manager_opens_a_cras_registers_its_team_and_sees_the_team_check_turn_complete() throws Exception {
    browser.get(url("/estrutura/unidades"));
    HeadlessChromium.signIn(browser, wait, "gestora@bh.demo");
    wait.until(d -> !d.getCurrentUrl().contains("/login"));

    String cras = "CRAS Santa Lúcia " + UUID.randomUUID().toString().substring(0, 6);
    browser.get(url("/estrutura/unidades"));
    wait.until(d -> d.findElement(By.id("unit-new"))).click();
    choose("unit-type", "CRAS");
    inputOf("unit-name").sendKeys(cras);
    inputOf("unit-capacity").sendKeys("2500");
    browser.findElement(By.id("unit-save")).click();
    wait.until(d -> d.findElements(By.id("unit-save")).isEmpty());
    searchUnit(cras);
    wait.until(d -> teamCheckOf(cras).startsWith("Incompleta: falta(m) 1 coordenador(a); 1 assistente social"));
    screenshot("team-incomplete");

    browser.get(url("/estrutura/trabalhadores"));
    List<String[]> team = List.of(
        new String[] {"Rosana Guimarães Pinto", "Assistente social", "coordinator"},
        new String[] {"Marcelo Antunes Valadares", "Assistente social", ""},
        new String[] {"Priscila Ventura Lacerda", "Psicólogo(a)", ""},
        new String[] {"Edson Fagundes Moura", "Orientador(a) ou educador(a) social", ""},
        new String[] {"Denise Quintão Barros", "Auxiliar ou assistente administrativo(a)", ""});
    int n = 0;
    int seed = (int) (System.currentTimeMillis() % 10_000); // a fresh CPF range per run
    for (String[] worker : team) {
      wait.until(d -> d.findElement(By.id("worker-new"))).click();
      inputOf("worker-name").sendKeys(worker[0]);
      inputOf("worker-cpf").sendKeys(Cpf.format(Cpf.withCheckDigits(String.format("5%04d%04d", seed, ++n))));
      choose("worker-profession", worker[1]);
      choose("worker-unit", cras);
      if (!worker[2].isEmpty()) {
        WebElement checkbox = browser.findElement(By.id("worker-coordinator"));
        checkbox.findElement(By.cssSelector("input")).click();
        wait.until(d -> checkbox.getDomAttribute("checked") != null);
      }
      browser.findElement(By.id("worker-save")).click();
      wait.until(d -> d.findElements(By.id("worker-save")).isEmpty());
    }
    wait.until(d -> gridText().contains("Denise Quintão Barros"));
    assertThat(gridText()).doesNotContainPattern("\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}"); // only masked CPFs
    screenshot("workers");

    browser.get(url("/estrutura/unidades"));
    searchUnit(cras);
    try {
      wait.withMessage(() -> "team check: " + teamCheckOf(cras)).until(d -> teamCheckOf(cras).equals("Completa"));
    } finally {
      screenshot("team-complete");
    }
    assertThat(teamCheckOf(cras)).isEqualTo("Completa");
  }

  private void searchUnit(String name) {
    WebElement search = wait.until(d -> inputOf("unit-search"));
    search.sendKeys(name);
  }

  /** Opens the select or combo box {@code id} and clicks its item {@code text}, as a person does. */
  private void choose(String id, String text) {
    WebElement field = wait.until(d -> d.findElement(By.id(id)));
    if (field.getTagName().equals("vaadin-combo-box")) {
      WebElement input = field.findElement(By.cssSelector("input"));
      input.sendKeys(text);
    } else {
      field.click();
    }
    wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(CLICK_ITEM, text));
    wait.until(d -> !String.valueOf(((JavascriptExecutor) d).executeScript(
        "return document.getElementById(arguments[0]).opened", id)).equals("true"));
  }

  private WebElement inputOf(String id) {
    return wait.until(d -> d.findElement(By.id(id)).findElement(By.cssSelector("input")));
  }

  private String teamCheckOf(String unit) {
    return String.valueOf(((JavascriptExecutor) browser).executeScript(TEAM_CELL, unit));
  }

  private String gridText() {
    return String.valueOf(((JavascriptExecutor) browser).executeScript(GRID_TEXT));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve("workforce-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
