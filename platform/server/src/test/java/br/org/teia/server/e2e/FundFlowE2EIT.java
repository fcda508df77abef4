package br.org.teia.server.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.server.DemoServerTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;

/**
 * Issue 10's browser flow (Debian's headless Chromium, the demo): Belo Horizonte's fund manager uploads
 * the FNAS releases and then the accounting system's execution export of a closed year the demo left
 * empty, sees the blocks' balances move, the IGD-SUAS control turn red because the file pays an outsourced
 * workforce contract (3.3.90.34) from it, finalises the year's demonstrativo and sends it to the CMAS; the
 * council's secretary finds it among the matters waiting for the agenda.
 */
@DemoServerTest
class FundFlowE2EIT {

  /** Finds, through shadow roots (the upload's own too), the file input of the upload {@code arguments[0]}. */
  private static final String FILE_INPUT = """
      const all = (root, out) => { root.querySelectorAll('*').forEach(e => { out.push(e);
        if (e.shadowRoot) { all(e.shadowRoot, out); } }); return out; };
      const host = document.getElementById(arguments[0]);
      const inside = host === null ? [] : all(host, host.shadowRoot ? all(host.shadowRoot, []) : []);
      return inside.find(e => e.localName === 'input' && e.type === 'file') || null;""";
  /** The text of the element {@code arguments[0]}, empty while it is not there. */
  private static final String TEXT = """
      const e = document.getElementById(arguments[0]);
      return e === null ? '' : e.textContent;""";

  @RegisterExtension
  final HeadlessChromium browser = new HeadlessChromium(1400, 1000, 90);

  @Test
  void a_manager_imports_sees_balances_and_a_red_control_sends_the_demonstrativo_and_the_council_finds_it()
      throws Exception {
    // A closed year the demo has no fund data for: its demonstrativo can be finalised.
    int year = LocalDate.now().getYear() - 2;
    String ibge = DemoData.BELO_HORIZONTE.ibgeCode();

    signInAt("/fundo/saldos", "gestora@bh.demo");
    browser.choose("fund-balances-year", String.valueOf(year));
    browser.until(d -> browser.gridText("fund-balances").contains("PSB|Proteção Social Básica|0,00|0,00|0,00|0,00|"));
    openAndWait("/fundo/controles", "fund-controls");
    browser.choose("fund-controls-year", String.valueOf(year));
    browser.until(d -> String.valueOf(browser.script(TEXT, "fund-controls-summary")).startsWith("Nenhum controle irregular"));

    // the FNAS releases, then the execution export, through the page's upload
    openAndWait("/fundo/importacao", "fund-import-upload");
    browser.until(d -> d.findElement(By.xpath(
        "//vaadin-radio-button[.//label[normalize-space()='Repasses recebidos (FNAS, estado)']]"))).click();
    upload(file("repasses", """
        municipio;exercicio;mes;bloco;valor;fonte;documento
        %1$s;%2$d;3;PSB;100.000,00;FNAS;%2$dOB800001
        %1$s;%2$d;3;GSUAS;5.000,00;FNAS;%2$dOB800002
        """.formatted(ibge, year)));
    browser.until(d -> String.valueOf(browser.script(TEXT, "fund-import-result"))
        .equals("Arquivo importado: 2 linhas, 2 lançamentos novos, nenhum já estava no fundo."));

    String contractor = Cnpj.withCheckDigits("983106200099").digits();
    browser.driver().findElement(By.xpath(
        "//vaadin-radio-button[.//label[starts-with(normalize-space(), 'Execução da contabilidade')]]")).click();
    upload(file("execucao", """
        municipio;exercicio;empenho;fase;documento;data;valor;bloco;fonte;natureza;subfuncao;credor_documento;credor_nome;unidade;historico
        %1$s;%2$d;%2$dNE000101;Empenho;%2$dNE000101;05/04/%2$d;85.000,00;PSB;FNAS;3.3.90.39;244;11.222.333/0001-81;Papelaria Central Ltda;;Oficinas do SCFV
        %1$s;%2$d;%2$dNE000101;Liquidação;NL-101;20/04/%2$d;85.000,00;PSB;FNAS;3.3.90.39;244;11.222.333/0001-81;Papelaria Central Ltda;;
        %1$s;%2$d;%2$dNE000101;Pagamento;OP-101;30/04/%2$d;85.000,00;PSB;FNAS;3.3.90.39;244;11.222.333/0001-81;Papelaria Central Ltda;;
        %1$s;%2$d;%2$dNE000102;Empenho;%2$dNE000102;12/03/%2$d;4.800,00;GSUAS;FNAS;3.3.90.34;122;%3$s;Apoio Administrativo Terceirizado Ltda;;Mão de obra terceirizada na gestão
        %1$s;%2$d;%2$dNE000102;Liquidação;NL-102;22/03/%2$d;4.800,00;GSUAS;FNAS;3.3.90.34;122;%3$s;Apoio Administrativo Terceirizado Ltda;;
        %1$s;%2$d;%2$dNE000102;Pagamento;OP-102;02/04/%2$d;4.800,00;GSUAS;FNAS;3.3.90.34;122;%3$s;Apoio Administrativo Terceirizado Ltda;;
        """.formatted(ibge, year, contractor)));
    browser.until(d -> String.valueOf(browser.script(TEXT, "fund-import-result"))
        .equals("Arquivo importado: 6 linhas, 6 lançamentos novos, nenhum já estava no fundo."));
    browser.screenshot("fund-flow-imported");

    // the balances moved: reprogrammed, received, paid, restos a pagar paid, available, committed, liquidated
    openAndWait("/fundo/saldos", "fund-balances");
    browser.choose("fund-balances-year", String.valueOf(year));
    browser.until(d -> browser.gridText("fund-balances")
        .contains("PSB|Proteção Social Básica|0,00|100.000,00|85.000,00|0,00|15.000,00|85.000,00|85.000,00"));
    assertThat(browser.gridText("fund-balances"))
        .contains("GSUAS|Gestão do SUAS (IGD-SUAS)|0,00|5.000,00|4.800,00|0,00|200,00|4.800,00|4.800,00");
    browser.screenshot("fund-flow-balances");

    // the IGD-SUAS control is red because of the file, and it is the only one
    openAndWait("/fundo/controles", "fund-controls");
    browser.choose("fund-controls-year", String.valueOf(year));
    browser.until(d -> String.valueOf(browser.script(TEXT, "fund-controls-summary"))
        .startsWith("1 controle irregular"));
    assertThat(browser.gridText("fund-controls")).contains("GSUAS|IGD não paga pessoal|Irregular|"
        + "Empenhado em natureza de pessoal (3.3.90.34): R$ 4.800,00. Recursos do IGD não podem pagar pessoal.");
    assertThat(browser.driver().findElement(By.xpath("//vaadin-grid[@id='fund-controls']"
        + "//span[normalize-space()='Irregular']")).getDomAttribute("theme")).contains("error");
    browser.screenshot("fund-flow-controls");

    // the annual demonstrativo: notes, finalised, sent to the CMAS
    openAndWait("/fundo/relatorios", "fund-statement");
    browser.choose("fund-report-year", String.valueOf(year));
    browser.until(d -> String.valueOf(browser.script(TEXT, "fund-statement-title"))
        .equals("Demonstrativo anual – exercício de " + year));
    browser.until(d -> d.findElement(By.id("fund-statement-notes")).findElement(By.cssSelector("textarea")))
        .sendKeys("IGD-SUAS pagou mão de obra terceirizada por engano; o valor será devolvido ao bloco.");
    click("fund-statement-save");
    browser.until(d -> String.valueOf(browser.script(TEXT, "fund-statement-status")).startsWith("Em preparação"));
    click("fund-statement-finalise");
    browser.until(d -> String.valueOf(browser.script(TEXT, "fund-statement-status")).startsWith("Finalizado em"));
    assertThat(browser.gridText("fund-statement-figures")).contains("Proteção Social Básica|0,00|100.000,00|85.000,00|");
    click("fund-statement-send");
    browser.until(d -> String.valueOf(browser.script(TEXT, "fund-statement-status")).contains("enviado ao CMAS"));
    browser.screenshot("fund-flow-sent");
    browser.driver().manage().deleteAllCookies();

    // the council's secretary sees it among the matters waiting for the agenda
    signInAt("/conselho/propostas", "cmas@bh.demo");
    String title = "Demonstrativo anual de execução físico-financeira do FMAS – exercício de " + year;
    try {
      browser.until(d -> browser.gridText("proposal-grid").contains(title));
    } finally {
      browser.screenshot("fund-flow-council");
    }
    assertThat(browser.gridText("proposal-grid")).contains(title + "|Aguardando pauta");
  }

  private void signInAt(String path, String username) {
    browser.open(path);
    browser.signIn(username);
    // signed in only once the login's answer is back: opening the page before would go without the session
    browser.until(d -> !d.getCurrentUrl().contains("/login") && !d.findElements(By.tagName("main")).isEmpty());
    openAndWait(path, null);
  }

  /** Opens {@code path} and waits for it (and for the element {@code id}, when given): a page is read only once there. */
  private void openAndWait(String path, String id) {
    browser.open(path);
    browser.until(d -> d.getCurrentUrl().endsWith(path));
    browser.until(d -> d.findElement(By.tagName("main")));
    if (id != null) {
      browser.until(d -> d.findElement(By.id(id)));
    }
  }

  private void upload(Path file) {
    WebElement input = browser.until(d -> (WebElement) browser.script(FILE_INPUT, "fund-import-upload"));
    input.sendKeys(file.toAbsolutePath().toString());
  }

  /** Clicks the button {@code id} once it is enabled; the last action's notification may lie over it for a moment. */
  private void click(String id) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      WebElement button = browser.until(d -> {
        WebElement found = d.findElement(By.id(id));
        return found.isEnabled() && found.getDomAttribute("disabled") == null ? found : null;
      });
      browser.script("arguments[0].scrollIntoView({block: 'center'})", button);
      try {
        button.click();
        return;
      } catch (ElementClickInterceptedException covered) {
        if (attempt == 10) {
          throw covered;
        }
        Thread.sleep(1000);
      }
    }
  }

  private static Path file(String name, String content) throws java.io.IOException {
    Path file = Files.createTempFile("fund-" + name, ".csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
