package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoData;
import br.org.teia.server.DemoServerTest;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shell on a phone (390 x 844): the header wraps so "Sair" and the municipality switcher stay on
 * screen, the drawer has its own close button, and neither a signed-in page nor the public council page
 * scrolls sideways; the main lists show only their priority columns (kernel {@code PhoneColumns}), and
 * the others again on a wider window. Demo data, as the other browser tests: the public page needs a
 * whole council.
 */
@DemoServerTest
class ShellPhoneE2EIT {

  /** How far the page reaches sideways, e.g. "390 <= 390"; it scrolls sideways when the left is larger. */
  private static final String WIDTHS = """
      const page = document.scrollingElement;
      return page.scrollWidth + ' <= ' + page.clientWidth;""";
  /** The elements reaching past the window's right edge, widest first (to say what scrolls sideways). */
  private static final String PAST_THE_EDGE = """
      return Array.from(document.querySelectorAll('body *'))
        .map(e => [e, e.getBoundingClientRect().right])
        .filter(([e, right]) => right > document.documentElement.clientWidth + 1)
        .sort((a, b) => b[1] - a[1]).slice(0, 8)
        .map(([e, right]) => e.localName + (e.id ? '#' + e.id : '') + ' ' + Math.round(right)).join(', ');""";
  /** Whether the element {@code id} lies wholly inside the window. */
  private static final String ON_SCREEN = """
      const box = document.getElementById(arguments[0]).getBoundingClientRect();
      return box.width > 0 && box.left >= 0 && box.top >= 0
          && box.right <= window.innerWidth && box.bottom <= window.innerHeight;""";

  /**
   * The headers of the columns the grid {@code id} shows whole, left to right, joined by '|': a header
   * counts only when its whole box lies inside the grid's box, so a column behind the grid's own
   * sideways scroll (or cut by its edge) is not shown.
   */
  private static final String SHOWN_HEADERS = """
      const grid = document.getElementById(arguments[0]);
      const frame = grid.getBoundingClientRect();
      return Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
        .filter(c => c.assignedSlot && c.assignedSlot.closest('thead'))
        .map(c => [c.textContent.trim(), c.getBoundingClientRect()])
        .filter(([text, box]) => text && box.width > 0 && box.left >= frame.left - 1 && box.right <= frame.right + 1)
        .sort((a, b) => a[1].left - b[1].left).map(([text]) => text).join('|');""";

  /** The texts of the grid {@code id}'s body cells cut short (a word wider than its column ends in "…"). */
  private static final String CUT_CELLS = """
      const grid = document.getElementById(arguments[0]);
      return Array.from(grid.querySelectorAll('vaadin-grid-cell-content'))
        .filter(c => c.assignedSlot && c.assignedSlot.closest('tbody') && c.offsetParent !== null)
        .filter(c => c.scrollWidth > c.clientWidth + 1).map(c => c.textContent.trim()).join('|');""";
  /** How many of the grid {@code id}'s body rows lie wholly inside its box, and how many it has (up to 3). */
  private static final String ROWS_IN_VIEW = """
      const grid = document.getElementById(arguments[0]);
      const frame = grid.getBoundingClientRect();
      const rows = Array.from(grid.shadowRoot.querySelectorAll('tbody#items tr')).filter(r => !r.hidden);
      const whole = rows.filter(r => { const b = r.getBoundingClientRect();
        return b.height > 0 && b.top >= frame.top - 1 && b.bottom <= frame.bottom + 1; }).length;
      return Math.min(whole, 3) + '/' + Math.min(rows.length, 3);""";

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(390, 844, 60);

  @Autowired JdbcClient jdbc;

  @Test
  void the_header_wraps_sair_stays_on_screen_and_the_drawer_can_be_closed() throws Exception {
    browser.open("/municipio");
    browser.signIn("consultora@pequenos.demo");
    browser.until(d -> d.findElement(By.id("tenant-name")));
    browser.screenshot("phone-home");

    assertThat(browser.script(ON_SCREEN, "logout")).isEqualTo(true);
    assertThat(browser.script(ON_SCREEN, "tenant-switcher")).isEqualTo(true);
    assertThat(browser.script(ON_SCREEN, "current-user")).isEqualTo(true);
    assertNoSidewaysScroll();

    browser.driver().findElement(By.id("drawer-toggle")).click();
    browser.until(d -> Boolean.TRUE.equals(browser.script("return document.querySelector('vaadin-app-layout').drawerOpened")));
    browser.until(d -> Boolean.TRUE.equals(browser.script(ON_SCREEN, "drawer-close")));
    browser.screenshot("phone-drawer");
    assertThat(browser.driver().findElement(By.id("drawer-close")).getText()).isEqualTo("Fechar menu");

    // Pressed from the keyboard: in development mode Vaadin's own popover lies over the drawer's top.
    browser.script("document.getElementById('drawer-close').focus()");
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();

    browser.until(d -> Boolean.FALSE.equals(browser.script("return document.querySelector('vaadin-app-layout').drawerOpened")));
    assertThat(browser.script(ON_SCREEN, "logout")).isEqualTo(true);
  }

  @Test
  void the_public_council_page_does_not_scroll_sideways() throws Exception {
    browser.open("/publico/" + DemoData.BELO_HORIZONTE.ibgeCode() + "/conselhos/CMAS");
    browser.until(d -> d.findElement(By.id("public-council")));
    browser.until(d -> d.findElement(By.id("public-resolutions")));
    browser.screenshot("phone-public-council");

    assertNoSidewaysScroll();
  }

  @Test
  void the_public_certificate_check_does_not_scroll_sideways() throws Exception {
    String code = jdbc.sql("SELECT code FROM platform.training_certificate WHERE revoked_at IS NULL ORDER BY issued_at LIMIT 1")
        .query(String.class).single();
    browser.open("/publico/certificados/" + code);
    assertThat(browser.until(d -> d.findElement(By.id("certificate-valid"))).getText())
        .isEqualTo("Certificado " + code + " válido");
    browser.screenshot("phone-public-certificate");

    assertNoSidewaysScroll();
  }

  @Test
  void every_fund_page_and_the_forum_fit_a_phone() throws Exception {
    browser.open("/fundo/cadastro");
    browser.signIn("gestora@bh.demo");
    for (String page : List.of("fundo/cadastro", "fundo/orcamento", "fundo/saldos", "fundo/receitas", "fundo/execucao",
        "fundo/importacao", "fundo/controles", "fundo/relatorios", "fundo/parcerias", "forum")) {
      browser.open("/" + page);
      browser.until(d -> d.findElement(By.tagName("main")));
      browser.until(d -> d.getCurrentUrl().endsWith("/" + page));
      browser.screenshot("phone-" + page.replace('/', '-'));
      assertNoSidewaysScroll(page);
    }
  }

  @Test
  void the_main_lists_show_only_their_priority_columns_on_a_phone() throws Exception {
    browser.open("/municipio");
    browser.signIn("gestora@bh.demo");
    browser.until(d -> d.findElement(By.id("tenant-name")));
    // route, grid, the columns a phone shows
    String[][] lists = {
        {"estrutura/unidades", "unit-grid", "Tipo|Nome da unidade"},
        {"estrutura/trabalhadores", "worker-grid", "Nome|Unidade"},
        {"estrutura/entidades", "entity-grid", "Nome|Inscrição no CMAS"},
        {"conselho/composicao", "seat-grid", "Segmento|Titular"},
        {"conselho/reunioes", "meeting-grid", "Data|Situação"},
        {"conselho/resolucoes", "resolution-grid", "Número|Título"},
        {"fundo/cadastro", "fund-accounts", "Bloco de financiamento|Conta"},
        {"fundo/orcamento", "fund-budget-blocks", "Bloco|Dotação atual"},
        {"fundo/orcamento", "fund-budget", "Bloco|Dotação atual"},
        {"fundo/saldos", "fund-balances", "Bloco|Disponível"},
        {"fundo/execucao", "fund-ledger", "Número do empenho|Empenhado"},
        {"fundo/controles", "fund-controls", "Bloco|Regra|Situação"},
        {"fundo/receitas", "fund-revenues", "Mês|Valor (R$)"},
        {"fundo/parcerias", "fund-partnerships", "Termo|Entidade"},
        {"forum", "forum-topics", "Título|Respostas"},
        // the last: the wider window below is tried on it
        {"fundo/relatorios", "fund-report", "Bloco / natureza da despesa|Saldo final"}};
    // every list is read before failing, so a failure names all the lists that are wrong
    SoftAssertions shown = new SoftAssertions();
    for (String[] list : lists) {
      browser.open("/" + list[0]);
      browser.until(d -> d.findElement(By.id(list[1])));
      try {
        browser.waitFor(20).until(d -> list[2].equals(browser.script(SHOWN_HEADERS, list[1])));
      } catch (TimeoutException shownOtherwise) {
        // compared below
      } finally {
        browser.screenshot("phone-" + list[1]);
      }
      shown.assertThat(browser.script(SHOWN_HEADERS, list[1])).as(list[0] + " #" + list[1]).isEqualTo(list[2]);
      shown.assertThat(browser.script(CUT_CELLS, list[1])).as(list[0] + " #" + list[1] + ": cells cut short").isEqualTo("");
      // a list squeezed by the page above it still shows its first rows whole (or all it has)
      String rows = String.valueOf(browser.script(ROWS_IN_VIEW, list[1]));
      shown.assertThat(rows.substring(0, rows.indexOf('/'))).as(list[0] + " #" + list[1] + ": rows in view " + rows)
          .isEqualTo(rows.substring(rows.indexOf('/') + 1));
      assertNoSidewaysScroll();
      // the phone's layout (wrapped columns, broken words) must not cost accessibility
      shown.assertThat(Axe.violations(browser.driver())).as(list[0] + ": axe at 390 px").isEmpty();
    }
    shown.assertAll();

    // The same list on a wider window shows its other columns again: the width decides, not the page.
    ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 1280, "height", 844, "deviceScaleFactor", 1, "mobile", false));
    browser.until(d -> String.valueOf(browser.script(SHOWN_HEADERS, "fund-report")).contains("Empenhado"));
    assertThat(browser.script(SHOWN_HEADERS, "fund-report")).asString().startsWith("Bloco|Bloco / natureza da despesa|");
  }

  private void assertNoSidewaysScroll() {
    assertNoSidewaysScroll(String.valueOf(browser.script("return location.pathname")));
  }

  private void assertNoSidewaysScroll(String page) {
    String widths = String.valueOf(browser.script(WIDTHS));
    String[] sides = widths.split(" <= ");
    assertThat(browser.script("return window.innerWidth")).isEqualTo(390L);
    assertThat(Integer.parseInt(sides[0])).as(page + ": page width <= window width: " + widths + "; past the edge: "
            + browser.script(PAST_THE_EDGE))
        .isLessThanOrEqualTo(Integer.parseInt(sides[1]));
  }
}
