package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.server.DemoServerTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Issue 12's flow in a real browser (Debian's headless Chromium): Betim's manager submits a good
 * practice, the association's staff approve it, and Belo Horizonte's manager finds it and sees the
 * bell's count go up by one.
 */
@DemoServerTest
class PracticeE2EIT {

  /** The unread count the bell shows (its badge is hidden at zero). */
  private static final String BELL_COUNT = """
      const badge = document.getElementById('notification-count');
      return badge === null || badge.hidden || badge.offsetParent === null ? '0' : badge.textContent.trim();""";

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1280, 900, 60);

  @Test
  void a_municipality_submits_staff_approve_another_manager_finds_it_and_is_notified() throws Exception {
    String title = "Acolhida com hora marcada " + UUID.randomUUID().toString().substring(0, 6);

    signInAt("/boas-praticas", "gestora@bh.demo");
    browser.until(d -> d.findElement(By.id("notification-bell")));
    int before = Integer.parseInt(String.valueOf(browser.script(BELL_COUNT)));
    signOut();

    signInAt("/boas-praticas", "gestor@betim.demo");
    browser.until(d -> d.findElement(By.id("practice-new"))).click();
    browser.inputOf("practice-title").sendKeys(title);
    browser.choose("practice-theme", "Proteção Social Básica");
    textArea("practice-problem").sendKeys("Filas desde a madrugada na recepção do CRAS.");
    textArea("practice-action").sendKeys("Agendamento por telefone e por mensagem.");
    textArea("practice-results").sendKeys("A espera caiu de 3 horas para 40 minutos.");
    browser.inputOf("practice-contact").sendKeys("cras@betim.mg.gov.br");
    browser.driver().findElement(By.id("practice-save")).click();
    browser.until(d -> d.findElements(By.id("practice-save")).isEmpty());
    browser.until(d -> browser.gridText("our-practices").contains(title));
    browser.screenshot("practice-submitted");
    signOut();

    signInAt("/associacao/boas-praticas", "equipe@cogemas.demo");
    browser.until(d -> d.findElement(By.id("pending-practices")));
    browser.until(d -> browser.gridText("pending-practices").contains(title));
    browser.until(d -> d.findElement(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + title + "']"))).click();
    browser.until(d -> d.findElement(By.id("moderation-approve"))).click();
    try {
      browser.until(d -> d.findElements(By.id("moderation-approve")).isEmpty()); // the dialog closes once decided
      browser.until(d -> d.findElements(By.tagName("vaadin-notification-card")).stream()
          .anyMatch(card -> card.getText().contains("Prática \"" + title + "\" publicada.")));
    } finally {
      browser.screenshot("practice-approved");
    }
    signOut();

    signInAt("/boas-praticas", "gestora@bh.demo");
    browser.until(d -> d.findElement(By.id("practices")));
    browser.until(d -> browser.gridText("practices").contains(title));
    browser.until(d -> Integer.parseInt(String.valueOf(browser.script(BELL_COUNT))) == before + 1);
    browser.driver().findElement(By.id("notification-bell")).click();
    browser.until(d -> d.findElement(By.id("notification-list")).getText().contains("Nova boa prática: " + title));
    browser.screenshot("practice-notified");
    assertThat(browser.driver().findElement(By.id("notification-bell")).getDomAttribute("aria-label"))
        .isEqualTo(before + 1 == 1 ? "Avisos: 1 não lido" : "Avisos: " + (before + 1) + " não lidos");
  }

  private void signInAt(String path, String username) {
    browser.open(path);
    browser.signIn(username);
    browser.open(path);
    browser.until(d -> d.getCurrentUrl().endsWith(path));
  }

  private void signOut() {
    browser.driver().manage().deleteAllCookies();
  }

  private org.openqa.selenium.WebElement textArea(String id) {
    return browser.until(d -> d.findElement(By.id(id)).findElement(By.cssSelector("textarea")));
  }
}
