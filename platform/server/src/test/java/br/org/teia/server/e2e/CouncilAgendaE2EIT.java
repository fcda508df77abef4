package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoData;
import br.org.teia.server.DemoServerTest;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * In a real browser (Debian's headless Chromium): the CMAS secretary of Belo Horizonte schedules a
 * meeting, puts an item on its agenda and publishes it; then, signed out, anyone sees the agenda on
 * the council's public page.
 */
@DemoServerTest
class CouncilAgendaE2EIT {

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1280, 900, 60);

  @Test
  void the_secretary_publishes_an_agenda_and_the_public_sees_it_without_login() throws Exception {
    browser.open("/conselho/reunioes");
    browser.signIn("cmas@bh.demo");

    browser.until(d -> d.findElement(By.id("meeting-new"))).click();
    String date = LocalDate.now().plusDays(20).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    browser.inputOf("meeting-date").sendKeys(date, Keys.ENTER);
    browser.inputOf("meeting-place").sendKeys("Sala dos Conselhos");
    browser.driver().findElement(By.id("meeting-save")).click();

    String topic = "Plano de enfrentamento ao frio " + UUID.randomUUID().toString().substring(0, 6);
    browser.inputOf("agenda-title").sendKeys(topic);
    browser.driver().findElement(By.id("agenda-add")).click();
    browser.until(d -> browser.gridText().contains(topic));
    browser.until(d -> d.findElement(By.id("agenda-publish"))).click();
    // publishing is a public act: the secretary confirms it in the dialog
    browser.until(d -> d.findElement(By.cssSelector("#agenda-publish-confirm [slot='confirm-button']"))).click();
    browser.until(d -> d.findElement(By.id("agenda-publication")).getText().startsWith("Pauta publicada em"));
    browser.screenshot("council-meeting");

    browser.driver().manage().deleteAllCookies(); // signed out: a citizen's browser
    browser.open("/publico/" + DemoData.BELO_HORIZONTE.ibgeCode() + "/conselhos/CMAS");
    WebElement agendas = browser.until(d -> d.findElement(By.id("public-agendas")));
    browser.until(d -> d.findElement(By.id("public-agendas")).getText().contains(topic));
    assertThat(agendas.getText()).contains(topic).contains(date);
    assertThat(browser.driver().getCurrentUrl()).doesNotContain("/login");
    browser.screenshot("council-public-page");
  }
}
