package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.ComparisonTowns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Association staff in a real browser (Debian's headless Chromium): onboard a short list of
 * municipalities and watch the progress bar reach the end, then compare a small town whose count
 * is under k, see the chart drawn, and download the CSV export, which says "&lt; 5" as the screen does.
 */
@SpringBootTest(classes = TeiaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "teia.demo.enabled=true")
class ComparisonE2EIT {

  /** Finds, through shadow roots, the visible overlay item of that text and clicks it; answers whether it did. */
  private static final String CLICK_ITEM = """
      const all = (root, out) => { root.querySelectorAll('*').forEach(e => { out.push(e);
        if (e.shadowRoot) { all(e.shadowRoot, out); } }); return out; };
      const item = all(document, []).find(e => (e.localName === 'vaadin-select-item'
          || e.localName === 'vaadin-combo-box-item') && e.textContent.trim() === arguments[0]
          && e.getBoundingClientRect().height > 0);
      if (item) { item.click(); return true; }
      return false;""";
  private static final String GRID_TEXT = "return Array.from(document.getElementById(arguments[0])"
      + ".querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TenantOnboarding onboarding;
  @Autowired Municipalities municipalities;
  private WebDriver browser;
  private WebDriverWait wait;
  private Path downloads;

  @BeforeEach
  void openBrowser() throws Exception {
    downloads = Files.createTempDirectory("teia-downloads");
    browser = HeadlessChromium.start(1400, 1000, downloads);
    wait = HeadlessChromium.waitFor(browser, 90);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void staff_onboard_a_list_watch_the_progress_then_compare_and_export_a_small_town() throws Exception {
    ComparisonTowns towns = new ComparisonTowns().create(jdbc, onboarding);
    browser.get(url("/associacao/implantacao"));
    HeadlessChromium.signIn(browser, wait, "equipe@cogemas.demo");
    wait.until(d -> !d.getCurrentUrl().contains("/login"));

    browser.get(url("/associacao/implantacao"));
    wait.until(d -> d.findElements(By.cssSelector("#onboarding-mode vaadin-radio-button")).stream()
        .filter(radio -> radio.getText().trim().equals("Uma lista de códigos IBGE")).findFirst().orElse(null)).click();
    WebElement codes = wait.until(d -> d.findElement(By.id("onboarding-codes")).findElement(By.cssSelector("textarea")));
    codes.sendKeys(String.join("\n", threeMunicipalitiesNotYetMembers()));
    browser.findElement(By.id("onboarding-start")).click();
    List<Double> seen = new ArrayList<>();
    HeadlessChromium.waitFor(browser, 90).withMessage(() -> "progress seen: " + seen).until(d -> {
      Object value = ((JavascriptExecutor) d).executeScript(
          "const p = document.getElementById('onboarding-progress'); return p ? p.value : null");
      if (value instanceof Number n) {
        seen.add(n.doubleValue());
        return n.doubleValue() >= 1.0;
      }
      return false;
    });
    wait.until(d -> d.findElement(By.id("onboarding-job-status")).getText().contains("Concluída"));
    screenshot("onboarding-done");
    assertThat(seen).last().isEqualTo(1.0);
    assertThat(seen).isSorted();

    browser.get(url("/associacao/comparacao"));
    choose("comparison-indicator", towns.code);
    choose("comparison-municipality", "Congonhas do Norte (3118106)");
    wait.until(d -> gridText("comparison-grid").contains("Congonhas do Norte|< 5"));
    HeadlessChromium.waitFor(browser, 30).withMessage("the chart is drawn with Chart.js from its WebJar").until(d ->
        Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
            "return !!window.Chart && !!document.getElementById('comparison-chart').__chart")));
    screenshot("comparison");

    browser.findElement(By.id("comparison-export-csv")).click();
    Path file = HeadlessChromium.waitFor(browser, 30).withMessage("the CSV is downloaded")
        .until(d -> downloaded(".csv"));
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFParte;Quem;Valor exibido;Número");
    assertThat(csv).contains("Congonhas do Norte;< 5;");
    assertThat(csv).contains(";Estado (MG);");
    assertThat(file.getFileName().toString()).isEqualTo("comparacao-" + towns.code.replace('.', '-') + "-3118106.csv");
  }

  private Path downloaded(String extension) {
    try (Stream<Path> files = Files.list(downloads)) {
      return files.filter(f -> f.toString().endsWith(extension)).findFirst().orElse(null);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /** Opens the select or combo box {@code id} and clicks its item {@code text}, as a person does. */
  private void choose(String id, String text) {
    WebElement field = wait.until(d -> d.findElement(By.id(id)));
    if (field.getTagName().equals("vaadin-combo-box")) {
      WebElement input = field.findElement(By.cssSelector("input"));
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE); // a value chosen before
      input.sendKeys(text.substring(0, Math.min(10, text.length())));
    } else {
      field.click();
    }
    wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(CLICK_ITEM, text));
    wait.until(d -> !String.valueOf(((JavascriptExecutor) d).executeScript(
        "return document.getElementById(arguments[0]).opened", id)).equals("true"));
  }

  private String gridText(String id) {
    return String.valueOf(((JavascriptExecutor) browser).executeScript(GRID_TEXT, id));
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void screenshot(String name) throws Exception {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Files.write(dir.resolve("comparison-" + name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * Three MG municipalities no other test of this JVM's database has onboarded (the isolation test
   * onboards a slice of MG, in whatever order the classes run), taken from the end of the list.
   */
  private List<String> threeMunicipalitiesNotYetMembers() {
    var members = new java.util.HashSet<>(jdbc.sql("SELECT ibge_code FROM platform.tenant").query(String.class).list());
    return municipalities.ofState("MG").reversed().stream().map(m -> m.id().ibgeCode())
        .filter(code -> !members.contains(code)).limit(3).toList();
  }
}
