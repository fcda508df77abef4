package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.suas.Cpf;
import br.org.teia.server.DemoServerTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Belo Horizonte's manager in a real browser (Debian's headless Chromium) opens a CRAS of 2,500
 * families, sees its reference team incomplete, registers its five workers and sees the team
 * check turn complete.
 */
@DemoServerTest
class WorkforceE2EIT {

  /** The text of the team-check cell in the row of the unit named arguments[0] (five cells after its name). */
  private static final String TEAM_CELL = """
      const cells = Array.from(document.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent.trim());
      const i = cells.indexOf(arguments[0]);
      return i < 0 ? '' : cells[i + 5];""";

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1400, 1000, 60);

  @Test
  void manager_opens_a_cras_registers_its_team_and_sees_the_team_check_turn_complete() throws Exception {
    browser.open("/estrutura/unidades");
    browser.signIn("gestora@bh.demo");

    String cras = "CRAS Santa Lúcia " + UUID.randomUUID().toString().substring(0, 6);
    browser.open("/estrutura/unidades");
    browser.until(d -> d.findElement(By.id("unit-new"))).click();
    browser.choose("unit-type", "CRAS");
    browser.inputOf("unit-name").sendKeys(cras);
    browser.inputOf("unit-capacity").sendKeys("2500");
    browser.driver().findElement(By.id("unit-save")).click();
    browser.until(d -> d.findElements(By.id("unit-save")).isEmpty());
    searchUnit(cras);
    browser.until(d -> teamCheckOf(cras).startsWith("Incompleta: falta(m) 1 coordenador(a); 1 assistente social"));
    browser.screenshot("workforce-team-incomplete");

    browser.open("/estrutura/trabalhadores");
    List<String[]> team = List.of(
        new String[] {"Rosana Guimarães Pinto", "Assistente social", "coordinator"},
        new String[] {"Marcelo Antunes Valadares", "Assistente social", ""},
        new String[] {"Priscila Ventura Lacerda", "Psicólogo(a)", ""},
        new String[] {"Edson Fagundes Moura", "Orientador(a) ou educador(a) social", ""},
        new String[] {"Denise Quintão Barros", "Auxiliar ou assistente administrativo(a)", ""});
    int n = 0;
    int seed = (int) (System.currentTimeMillis() % 10_000); // a fresh CPF range per run
    for (String[] worker : team) {
      browser.until(d -> d.findElement(By.id("worker-new"))).click();
      browser.inputOf("worker-name").sendKeys(worker[0]);
      browser.inputOf("worker-cpf").sendKeys(Cpf.format(Cpf.withCheckDigits(String.format("5%04d%04d", seed, ++n))));
      browser.choose("worker-profession", worker[1]);
      browser.choose("worker-unit", cras);
      if (!worker[2].isEmpty()) {
        WebElement checkbox = browser.driver().findElement(By.id("worker-coordinator"));
        checkbox.findElement(By.cssSelector("input")).click();
        browser.until(d -> checkbox.getDomAttribute("checked") != null);
      }
      browser.driver().findElement(By.id("worker-save")).click();
      browser.until(d -> d.findElements(By.id("worker-save")).isEmpty());
    }
    browser.until(d -> browser.gridText().contains("Denise Quintão Barros"));
    assertThat(browser.gridText()).doesNotContainPattern("\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}"); // only masked CPFs
    browser.screenshot("workforce-workers");

    browser.open("/estrutura/unidades");
    searchUnit(cras);
    try {
      browser.waitFor(60).withMessage(() -> "team check: " + teamCheckOf(cras)).until(d -> teamCheckOf(cras).equals("Completa"));
    } finally {
      browser.screenshot("workforce-team-complete");
    }
    assertThat(teamCheckOf(cras)).isEqualTo("Completa");
  }

  private void searchUnit(String name) {
    browser.inputOf("unit-search").sendKeys(name);
  }

  private String teamCheckOf(String unit) {
    return String.valueOf(browser.script(TEAM_CELL, unit));
  }
}
