package br.org.teia.fund.publicpage;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.api.CouncilAppreciationConcluded;
import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.fund.partnership.Instalment;
import br.org.teia.fund.partnership.PartnershipForm;
import br.org.teia.fund.partnership.PartnershipKind;
import br.org.teia.fund.partnership.PartnershipService;
import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.EntryForm;
import br.org.teia.fund.ledger.EntryKind;
import br.org.teia.fund.ledger.ExpenseForm;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.ReprogramForm;
import br.org.teia.fund.ledger.RevenueForm;
import br.org.teia.fund.registry.FundForm;
import br.org.teia.fund.registry.FundService;
import br.org.teia.fund.statement.StatementService;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.PublicPageClient;
import br.org.teia.testsupport.SessionCounter;
import br.org.teia.testsupport.TeiaTestApplication;
import br.org.teia.testsupport.TestPeople;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fund's public transparency page over real HTTP, nobody signed in, on two towns of the test's own
 * (Bom Despacho, Caeté): the sentence a citizen reads, the CSV adding up to the ledger, the council's
 * opinion, no session, a proxy's cache.
 */
@SpringBootTest(classes = TeiaTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SessionCounter.class)
class PublicFundPageIT {

  static final String BOM_DESPACHO = "3107406";
  static final String CAETE = "3110004";

  @LocalServerPort int port;
  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;
  @Autowired SessionCounter sessions;
  @Autowired LedgerService ledger;
  @Autowired FundService funds;
  @Autowired StatementService statements;
  @Autowired PartnershipService partnerships;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  PublicPageClient browser;
  final int year = LocalDate.now().getYear() - 1;
  final String page = "/publico/" + BOM_DESPACHO + "/fundo?ano=" + year;

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  @BeforeEach
  void twoTownsWithAYearOfTheirFund() {
    TestPeople people = new TestPeople(onboarding, accounts);
    TenantId bomDespacho = people.onboarded(BOM_DESPACHO);
    TenantId caete = people.onboarded(CAETE);
    browser = new PublicPageClient(port);
    if (as(bomDespacho, Role.MUNICIPAL_MANAGER, () -> funds.find()).isPresent()) {
      return; // the same context: made once
    }
    as(bomDespacho, Role.MUNICIPAL_MANAGER, () -> {
      funds.save(null, new FundForm("Fundo Municipal de Assistência Social de Bom Despacho", "11222333000181",
          "Secretaria de Desenvolvimento Social", "Ana Souza", "Secretária", "1.234/1996", LocalDate.of(1996, 5, 2)));
      ledger.reprogram(new ReprogramForm(year, "PSB", r("1000.00")));
      ledger.receive(new RevenueForm(year, 2, "PSB", "FNAS", r("3000.00"), "FNAS 02"));
      ledger.receive(new RevenueForm(year, 6, "PSE", "FNAS", r("2000.50"), "FNAS 06"));
      var papelaria = ledger.commit(new ExpenseForm(year, "NE-1", "PSB", "3.3.90.30", "Papelaria Central", null, null,
          LocalDate.of(year, 3, 1), r("1200.00")));
      ledger.record(papelaria.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 3, 5), r("1200.00"), "NL-1"));
      ledger.record(papelaria.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 3, 9), r("1200.00"), "OP-1"));
      transactions.execute(status -> { // the CMAS inscribed the entity (council.api)
        publisher.publishEvent(new EntityInscriptionChanged("11444777000161", "CMAS", InscriptionStatus.INSCRIBED,
            LocalDate.of(year, 1, 10), null));
        return null;
      });
      partnerships.sign(new PartnershipForm("TC 4/" + year, PartnershipKind.COLLABORATION, "11444777000161",
          "Associação Casa do Caminho", "Serviço de convivência para 60 crianças", "Metas e ações do plano",
          LocalDate.of(year, 6, 1), LocalDate.of(year, 12, 31), r("1500.00"),
          List.of(new Instalment(LocalDate.of(year, 7, 1), r("1500.00")))));
      var subvencao = ledger.commit(new ExpenseForm(year, "NE-2", "PSE", "3.3.50.43", "Associação Casa do Caminho",
          null, null, LocalDate.of(year, 7, 1), r("1500.00")));
      ledger.record(subvencao.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 7, 5), r("1500.00"), "NL-2"));
      ledger.record(subvencao.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 7, 9), r("999.99"), "OP-2"));
      statements.prepare(year, null);
      statements.finalise(year);
      statements.send(year);
      return null;
    });
    as(bomDespacho, Role.COUNCIL_SECRETARY, () -> transactions.execute(status -> {
      publisher.publishEvent(new CouncilAppreciationConcluded("CMAS", "fund", "demonstrativo-" + year, true, 10, 0, 2,
          LocalDate.now().minusDays(3), "4/" + LocalDate.now().getYear(), "Parecer sobre as contas do FMAS",
          "O CMAS aprova o demonstrativo.", LocalDate.now()));
      return null;
    }));
    as(caete, Role.MUNICIPAL_MANAGER, () -> {
      ledger.receive(new RevenueForm(year, 2, "PSB", "FNAS", r("700.00"), "FNAS 02"));
      return null;
    });
  }

  @Test
  void anyone_reads_the_funds_money_per_block_its_transfers_to_entities_and_the_councils_opinion() {
    var answer = browser.get(page);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("text/html");
    assertThat(answer.page().selectFirst("html").attr("lang")).isEqualTo("pt-BR");
    assertThat(answer.text("public-fund")).isEqualTo("Fundo Municipal de Assistência Social — Bom Despacho (MG)");
    assertThat(answer.text("public-fund-registry")).isEqualTo("Fundo Municipal de Assistência Social de Bom Despacho · "
        + "CNPJ 11.222.333/0001-81 · criado pela Lei nº 1.234/1996, de 02/05/1996");
    // The sentence a citizen reads, every figure from the ledger.
    assertThat(answer.text("public-fund-summary")).isEqualTo("Em " + year + " o fundo tinha R$ 1.000,00 de saldo "
        + "reprogramado do ano anterior, recebeu R$ 5.000,50, empenhou R$ 2.700,00 e pagou R$ 2.199,99; saldo de R$ 3.800,51.");
    assertThat(answer.page().select("#public-fund-blocks tbody tr").stream().map(tr -> tr.text()).toList())
        .anySatisfy(row -> assertThat(row).startsWith("Proteção Social Básica").contains("1.000,00 3.000,00 1.200,00"));
    assertThat(answer.page().select("#public-fund-blocks tfoot td").stream().map(td -> td.text()).toList())
        .containsExactly("1.000,00", "5.000,50", "2.700,00", "2.700,00", "2.199,99", "3.800,51");
    assertThat(answer.page().select("#public-fund-transfers tbody tr")).singleElement()
        .satisfies(row -> assertThat(row.text()).isEqualTo("Associação Casa do Caminho — 1.500,00 999,99"));
    assertThat(answer.page().select("#public-fund-partnerships tbody tr")).singleElement()
        .satisfies(row -> assertThat(row.text()).isEqualTo("TC 4/" + year + " Termo de colaboração Associação Casa do "
            + "Caminho (11.444.777/0001-61) Serviço de convivência para 60 crianças 01/06/" + year + " a 31/12/" + year
            + " 1.500,00 " + (LocalDate.now().isAfter(LocalDate.of(year + 1, 3, 31)) ? "Atrasada" : "Em dia")));
    assertThat(answer.text("public-fund-opinions")).isEqualTo("Demonstrativo de " + year + ": aprovado pelo CMAS — "
        + "Resolução nº 4/" + LocalDate.now().getYear() + ", publicada em "
        + LocalDate.now().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
        + ". O CMAS aprova o demonstrativo.");
    assertThat(answer.page().select("main h1")).hasSize(1);
    assertThat(answer.page().select("header, main, footer")).hasSize(3);
    assertThat(answer.page().select("select#public-fund-year option[selected]").text()).isEqualTo(String.valueOf(year));
  }

  @Test
  void the_csv_adds_up_to_the_ledger_block_by_block() {
    browser.get(answerCsvLink());
    var answer = browser.get(answerCsvLink()); // the second visit is answered from memory: the same headers
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("text/csv");
    assertThat(answer.header("Content-Disposition")).contains("fmas-" + BOM_DESPACHO + "-" + year + ".csv");
    List<String[]> lines = answer.response().body().replace("\uFEFF", "").lines().map(l -> l.split(";", -1)).toList();
    assertThat(lines.getFirst()).containsExactly("Exercício", "Bloco", "Nome do bloco", "Saldo reprogramado", "Recebido",
        "Empenhado", "Liquidado", "Pago", "Saldo final");
    List<BlockBalance> book = as(TenantId.of(BOM_DESPACHO), Role.COUNCIL_MEMBER, () -> ledger.blockBalances(year));
    List<String[]> blocks = lines.subList(1, lines.size() - 1);
    assertThat(blocks).hasSize(book.size());
    for (int i = 0; i < book.size(); i++) {
      BlockBalance b = book.get(i);
      assertThat(Arrays.asList(blocks.get(i)).subList(0, 2)).containsExactly(String.valueOf(year), b.blockCode());
      assertThat(Arrays.stream(blocks.get(i)).skip(3).map(PublicFundPageIT::amount).toList()).as(b.blockCode())
          .containsExactly(b.reprogrammed(), b.received(), b.committed(), b.liquidated(), b.paid(), b.available());
    }
    String[] total = lines.getLast();
    assertThat(total[1]).isEqualTo("Total");
    for (int column = 3; column < 9; column++) {
      int c = column;
      assertThat(amount(total[c])).isEqualByComparingTo(blocks.stream().map(l -> amount(l[c]))
          .reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    assertThat(amount(total[6])).isEqualByComparingTo("2700.00");
    assertThat(amount(total[7])).isEqualByComparingTo("2199.99");
  }

  private String answerCsvLink() {
    return browser.get(page).page().getElementById("public-fund-csv").attr("href");
  }

  private static BigDecimal amount(String csv) {
    return new BigDecimal(csv.replace("\"", "").replace(",", ".")).setScale(2);
  }

  @Test
  void each_town_shows_its_own_fund_and_unknown_addresses_say_not_found() {
    var there = browser.get("/publico/" + CAETE + "/fundo?ano=" + year);
    assertThat(there.text("public-fund")).isEqualTo("Fundo Municipal de Assistência Social — Caeté (MG)");
    assertThat(there.text("public-fund-registry")).isEqualTo("O cadastro do fundo ainda não foi registrado.");
    assertThat(there.text("public-fund-summary")).contains("recebeu R$ 700,00");
    assertThat(there.text("public-fund-no-transfers")).isEqualTo("Nenhuma transferência a entidades registrada em " + year + ".");
    assertThat(there.text("public-fund-no-partnerships")).isEqualTo("Nenhuma parceria registrada.");
    assertThat(there.text("public-fund-no-opinions")).isEqualTo("Nenhum parecer do conselho publicado ainda.");

    for (String unknown : new String[] {"/publico/9999999/fundo", "/publico/abc/fundo", "/publico/9999999/fundo/execucao.csv"}) {
      var answer = browser.get(unknown);
      assertThat(answer.status()).as(unknown).isEqualTo(404);
      assertThat(answer.text("public-not-found")).as(unknown)
          .isEqualTo("Página não encontrada: confira o código IBGE do município.");
    }
    // A year that makes no sense shows the current one, never an error.
    var odd = browser.get("/publico/" + CAETE + "/fundo?ano=abc");
    assertThat(odd.status()).isEqualTo(200);
    assertThat(odd.text("public-fund-summary")).startsWith("Em " + LocalDate.now().getYear() + " ");
  }

  @Test
  void readers_create_no_session_and_a_proxy_may_cache_the_page_until_the_fund_changes() {
    int before = sessions.created();
    var answers = IntStream.range(0, 30).mapToObj(i -> browser.get(i % 2 == 0 ? page : answerCsvLink())).toList();
    assertThat(answers).allSatisfy(a -> {
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.response().headers().allValues("Set-Cookie")).isEmpty();
      assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
    });
    assertThat(sessions.created() - before).isZero();

    TenantId cipotanea = new TestPeople(onboarding, accounts).onboarded("3116308");
    String elsewhere = "/publico/3116308/fundo?ano=" + year;
    var first = browser.get(elsewhere);
    String etag = first.header("ETag");
    assertThat(etag).startsWith("W/\"");
    assertThat(first.header("Cache-Control")).contains("public").contains("max-age=");
    assertThat(browser.get(elsewhere, Map.of("If-None-Match", etag)).status()).isEqualTo(304);

    as(cipotanea, Role.MUNICIPAL_MANAGER, () -> {
      ledger.receive(new RevenueForm(year, 9, "PSB", "FNAS", r("50.00"), "FNAS 09"));
      return null;
    });
    var after = browser.get(elsewhere, Map.of("If-None-Match", etag));
    assertThat(after.status()).isEqualTo(200);
    assertThat(after.header("ETag")).isNotEqualTo(etag);
  }
}
