package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.ComparisonTowns;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The association's admin in a real browser (Debian's headless Chromium): onboard a short list of
 * municipalities and watch the progress bar reach the end, then compare a small town whose count
 * is under k, see the chart drawn, and download the CSV export, which says "&lt; 5" as the screen does.
 */
@DemoServerTest
class ComparisonE2EIT {

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1400, 1000, 90).savingDownloads();

  @Autowired JdbcClient jdbc;
  @Autowired TenantOnboarding onboarding;
  @Autowired Municipalities municipalities;

  @Test
  void the_admin_onboards_a_list_watches_the_progress_then_compares_and_exports_a_small_town() throws Exception {
    ComparisonTowns towns = new ComparisonTowns().create(jdbc, onboarding);
    browser.open("/associacao/implantacao");
    browser.signIn("admin@cogemas.demo"); // onboarding is the admin's (docs/roles.md)

    browser.open("/associacao/implantacao");
    browser.until(d -> d.findElements(By.cssSelector("#onboarding-mode vaadin-radio-button")).stream()
        .filter(radio -> radio.getText().trim().equals("Uma lista de códigos IBGE")).findFirst().orElse(null)).click();
    WebElement codes = browser.until(d -> d.findElement(By.id("onboarding-codes")).findElement(By.cssSelector("textarea")));
    codes.sendKeys(String.join("\n", threeMunicipalitiesNotYetMembers()));
    browser.driver().findElement(By.id("onboarding-start")).click();
    List<Double> seen = new ArrayList<>();
    browser.waitFor(90).withMessage(() -> "progress seen: " + seen).until(d -> {
      Object value = browser.script(
          "const p = document.getElementById('onboarding-progress'); return p ? p.value : null");
      if (value instanceof Number n) {
        seen.add(n.doubleValue());
        return n.doubleValue() >= 1.0;
      }
      return false;
    });
    browser.until(d -> d.findElement(By.id("onboarding-job-status")).getText().contains("Concluída"));
    browser.screenshot("comparison-onboarding-done");
    assertThat(seen).last().isEqualTo(1.0);
    assertThat(seen).isSorted();

    browser.open("/associacao/comparacao");
    browser.choose("comparison-indicator", towns.code);
    browser.choose("comparison-municipality", "Congonhas do Norte (3118106)", "Congonhas ");
    browser.until(d -> browser.gridText("comparison-grid").contains("Congonhas do Norte|< 5"));
    // towns onboarded a moment ago have one month of data: a sentence says so instead of a lone-dot chart
    browser.waitFor(30).withMessage("the one-month series is explained, not drawn as a dot").until(d ->
        d.findElement(By.id("comparison-series-note")).getText().startsWith("Só há um mês de dados deste indicador"));
    browser.screenshot("comparison-comparison");

    browser.driver().findElement(By.id("comparison-export-csv")).click();
    Path file = browser.waitFor(30).withMessage("the CSV is downloaded")
        .until(d -> browser.downloaded(".csv"));
    String csv = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\uFEFFParte;Quem;Valor exibido;Número");
    assertThat(csv).contains("Congonhas do Norte;< 5;");
    assertThat(csv).contains(";Estado (MG);");
    assertThat(file.getFileName().toString()).isEqualTo("comparacao-" + towns.code.replace('.', '-') + "-3118106.csv");
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
