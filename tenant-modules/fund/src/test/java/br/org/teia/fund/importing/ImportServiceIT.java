package br.org.teia.fund.importing;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.LineRefusal;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.Progress;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
class ImportServiceIT {

  static final String HEADER = "municipio;exercicio;empenho;fase;documento;data;valor;bloco;fonte;natureza;subfuncao;"
      + "credor_documento;credor_nome;unidade;historico\n";
  static final String PAPELARIA = Cnpj.withCheckDigits("112223330001").formatted();
  static final String OFICINEIRA = Cpf.format(Cpf.withCheckDigits("123456789"));

  @Autowired ImportService imports;
  @Autowired LedgerService ledger;
  @Autowired TenantOnboarding onboarding;
  @Autowired JdbcClient jdbc;
  @Autowired br.org.teia.fund.partnership.PartnershipService partnerships;
  @Autowired org.springframework.context.ApplicationEventPublisher publisher;
  @Autowired org.springframework.transaction.support.TransactionTemplate transactions;

  private TenantId town(String code) {
    onboarding.onboard(List.of(code));
    return TenantId.of(code);
  }

  /** An execution file of {@code town}: header and lines (fields after the municipality). */
  static byte[] execution(TenantId town, String... lines) {
    StringBuilder file = new StringBuilder(HEADER);
    for (String line : lines) {
      file.append(town.ibgeCode()).append(';').append(line).append('\n');
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  private ImportResult importAs(TenantId town, byte[] file) {
    return as(town, Role.MUNICIPAL_MANAGER, () -> imports.importExecution("execucao.csv", file, p -> {}));
  }

  private long count(TenantId town, String table) {
    return jdbc.sql("SELECT count(*) FROM " + town.schemaName() + "." + table).query(Long.class).single();
  }

  private BlockBalance block(TenantId town, String code) {
    return as(town, Role.COUNCIL_MEMBER, () -> ledger.blockBalances(2026)).stream()
        .filter(b -> b.blockCode().equals(code)).findFirst().orElseThrow();
  }

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void a_good_file_is_imported_whole_classified_to_its_unit_and_the_block_balances_follow_the_ledger() {
    TenantId town = town("3167202"); // Sete Lagoas
    UUID cras = UUID.randomUUID();
    jdbc.sql("INSERT INTO " + town.schemaName() + ".unit (id, type, name, status) VALUES (?, 'CRAS', 'CRAS Centro', 'ACTIVE')")
        .param(cras).update();
    byte[] file = execution(town,
        "2026;2026NE000012;Empenho;2026NE000012;02/03/2026;1.500,00;PSB;FNAS;3.3.90.30;244;" + PAPELARIA
            + ";Papelaria Central Ltda;cras centro;Material de consumo do CRAS",
        "2026;2026NE000012;Liquidação;NL-88;10/03/2026;1.000,00;PSB;FNAS;3.3.90.30;244;" + PAPELARIA
            + ";Papelaria Central Ltda;;",
        "2026;2026NE000012;Pagamento;OP-301;20/03/2026;999,99;PSB;FNAS;3.3.90.30;244;" + PAPELARIA
            + ";Papelaria Central Ltda;;",
        "2026;2026NE000013;empenho;2026NE000013;05/03/2026;800;PSE;FNAS;339036;244;" + OFICINEIRA
            + ";Maria Oficineira;;Oficinas no CREAS",
        "2026;2026NE000013;ANULACAO DE EMPENHO;AN-1;06/03/2026;0,50;PSE;FNAS;3.3.90.36;244;" + OFICINEIRA
            + ";Maria Oficineira;;");
    List<Progress> heard = new ArrayList<>();

    ImportResult result = as(town, Role.MUNICIPAL_MANAGER,
        () -> imports.importExecution("execucao-marco.csv", file, heard::add));

    assertThat(result.refusals()).isEmpty();
    assertThat(result).extracting(ImportResult::lines, ImportResult::added, ImportResult::alreadyPresent,
        ImportResult::sameFile).containsExactly(5, 5, 0, false);
    assertThat(heard).last().satisfies(p -> assertThat(p.finished()).isTrue());
    BlockBalance psb = block(town, "PSB");
    assertThat(psb).isEqualTo(new BlockBalance("PSB", r("0.00"), r("0.00"), r("1500.00"), r("1000.00"), r("999.99")));
    assertThat(block(town, "PSE").committed()).isEqualTo(r("799.50")).hasToString("799.50");
    assertThat(jdbc.sql("SELECT unit_id FROM " + town.schemaName() + ".fund_expense WHERE commitment_number = '2026NE000012'")
        .query(UUID.class).single()).isEqualTo(cras);
    assertThat(jdbc.sql("SELECT creditor_document FROM " + town.schemaName()
        + ".fund_expense WHERE commitment_number = '2026NE000013'").query(String.class).single())
        .isEqualTo(Cpf.normalize(OFICINEIRA));
    assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'FUND_CHANGE' AND entity_type = 'fund-import'"
        + " AND tenant_code = ?").param(town.ibgeCode()).query(Long.class).single()).isEqualTo(1);
  }

  /** The import writes its rows with SQL of its own (arrays unnested, not entity persists): each column as the line says. */
  @Test
  void every_field_of_a_line_lands_in_its_column_as_written_and_only_in_the_importing_town() {
    TenantId town = town("3171303"); // Viçosa
    TenantId other = town("3152105"); // Ponte Nova
    byte[] file = execution(town,
        "2026;2026NE-77;Empenho;2026NE-77;09/01/2026;1.234.567,89;PSE;FNAS;3.3.90.39;244;" + PAPELARIA
            + ";\"Papelaria \"\"Sol\"\"; Filial\";;\"Cópias, \\ encadernação\nsegunda linha\"",
        "2026;2026NE-77;Liquidação;NL \"7\"\\a;31/01/2026;0,01;PSE;FNAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;");

    ImportResult result = importAs(town, file);

    assertThat(result.refusals()).isEmpty();
    assertThat(jdbc.sql("SELECT year, commitment_number, block_code, expense_nature, creditor, creditor_document, source_code,"
            + " subfunction, description, unit_id, created_at IS NOT NULL FROM " + town.schemaName() + ".fund_expense")
        .query((rs, n) -> List.of(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), String.valueOf(rs.getObject(10)),
            rs.getBoolean(11))).list())
        .containsExactly(List.of(2026, "2026NE-77", "PSE", "3.3.90.39", "Papelaria \"Sol\"; Filial", Cnpj.strip(PAPELARIA),
            "FNAS", "244", "Cópias, \\ encadernação\nsegunda linha", "null", true));
    assertThat(jdbc.sql("SELECT e.kind, e.entry_date, e.amount, e.document, e.created_at IS NOT NULL FROM " + town.schemaName()
            + ".fund_ledger_entry e JOIN " + town.schemaName() + ".fund_expense x ON x.id = e.expense_id ORDER BY e.entry_date")
        .query((rs, n) -> List.of(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), rs.getString(4),
            rs.getBoolean(5))).list())
        .containsExactly(
            List.of("COMMITMENT", java.time.LocalDate.of(2026, 1, 9), r("1234567.89"), "2026NE-77", true),
            List.of("LIQUIDATION", java.time.LocalDate.of(2026, 1, 31), r("0.01"), "NL \"7\"\\a", true));
    assertThat(count(other, "fund_expense")).isZero();
    assertThat(count(other, "fund_ledger_entry")).isZero();
  }

  @Test
  void the_same_file_twice_changes_nothing_and_a_later_export_adds_only_its_new_lines() {
    TenantId town = town("3122306"); // Divinópolis
    String commit = "2026;E-1;empenho;E-1;02/03/2026;100,00;GSUAS;FNAS;3.3.90.39;122;" + PAPELARIA + ";Papelaria;;";
    String liquidate = "2026;E-1;liquidação;NL-1;03/03/2026;100,00;GSUAS;FNAS;3.3.90.39;122;" + PAPELARIA + ";Papelaria;;";
    String pay = "2026;E-1;pagamento;OP-1;04/03/2026;100,00;GSUAS;FNAS;3.3.90.39;122;" + PAPELARIA + ";Papelaria;;";
    byte[] march = execution(town, commit, liquidate);
    assertThat(importAs(town, march).added()).isEqualTo(2);

    ImportResult again = importAs(town, march);
    assertThat(again.sameFile()).isTrue();
    assertThat(again.refusals()).isEmpty();
    ImportResult april = importAs(town, execution(town, commit, liquidate, pay)); // the export of the year so far
    assertThat(april).extracting(ImportResult::added, ImportResult::alreadyPresent, ImportResult::sameFile)
        .containsExactly(1, 2, false);

    assertThat(count(town, "fund_ledger_entry")).isEqualTo(3);
    assertThat(block(town, "GSUAS").paid()).isEqualTo(r("100.00"));
    assertThat(count(town, "fund_import")).isEqualTo(2);
  }

  @Test
  void every_wrong_line_is_reported_with_its_line_and_column_and_nothing_is_written() {
    TenantId town = town("3127701"); // Governador Valadares
    byte[] file = execution(town,
        "2026;E-1;empenho;E-1;02/03/2026;100,00;PSB;FNAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;", // fine
        "2026;E-2;empenho;E-2;31/02/2026;1.000.5;PSB;FNAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;",
        "2026;E-3;estorno;E-3;02/03/2026;10,001;PSB;FNAS;3.3.90.39;244;11.111.111/1111-11;Papelaria;;",
        "2026;E-4;empenho;E-4;02/03/2026;10,00;XYZ;FNAS;9.9.99.99;244;" + PAPELARIA + ";;CRAS Lua;",
        "2026;E-1;empenho;E-1;02/03/2026;100,00;PSB;FNAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;");

    ImportResult result = importAs(town, file);

    assertThat(result.accepted()).isFalse();
    assertThat(result.refusals()).extracting(LineRefusal::line, LineRefusal::column, LineRefusal::messageKey)
        .contains(
            tuple(3, "data", "fund.import.date.format"),
            tuple(3, "valor", "fund.import.amount.format"),
            tuple(4, "fase", "fund.import.stage.unknown"),
            tuple(4, "valor", "fund.import.amount.decimals"),
            tuple(4, "credor_documento", "fund.import.creditor.document.invalid"),
            tuple(5, "natureza", "fund.import.nature.invalid"),
            tuple(5, "credor_nome", "fund.import.field.required"),
            tuple(5, "unidade", "fund.import.unit.unknown"));
    assertThat(count(town, "fund_expense")).isZero();

    // the fields fixed, the block and the repeated line are refused by the ledger's checks, still all or nothing
    ImportResult second = importAs(town, execution(town,
        "2026;E-1;empenho;E-1;02/03/2026;100,00;PSB;FNAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;",
        "2026;E-4;empenho;E-4;02/03/2026;10,00;XYZ;FNAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;",
        "2026;E-1;empenho;E-1;02/03/2026;100,00;PSB;FNAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;"));
    assertThat(second.refusals()).extracting(LineRefusal::line, LineRefusal::column, LineRefusal::messageKey)
        .containsExactly(tuple(3, "bloco", "fund.budget.block.unknown"), tuple(4, "documento", "fund.import.line.repeated"));
    assertThat(count(town, "fund_expense")).isZero();
    assertThat(count(town, "fund_import")).isZero();
  }

  @Test
  void a_stage_rule_broken_mid_file_refuses_the_whole_file() {
    TenantId town = town("3151800"); // Poços de Caldas
    byte[] file = execution(town,
        "2026;E-7;empenho;E-7;02/03/2026;300,00;PMF;FEAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;",
        "2026;E-7;liquidação;NL-7;03/03/2026;300,00;PMF;FEAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;",
        "2026;E-7;pagamento;OP-7;04/03/2026;300,01;PMF;FEAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;",
        "2026;E-8;liquidação;NL-8;04/03/2026;1,00;PMF;FEAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;",
        "2026;E-7;pagamento;OP-8;04/03/2026;10,00;PSB;FEAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;",
        "2026;E-9;empenho;E-9;02/03/2026;50,00;PMF;FEAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;");

    ImportResult result = importAs(town, file);

    assertThat(result.refusals()).extracting(LineRefusal::line, LineRefusal::column, LineRefusal::messageKey)
        .containsExactly(
            tuple(4, "valor", "fund.ledger.payment.above"),
            tuple(5, "fase", "fund.import.no-commitment"),
            tuple(6, "bloco", "fund.import.block-changed"));
    assertThat(result.refusals().getFirst().arguments()).containsExactly("300,00");
    assertThat(count(town, "fund_expense")).isZero();
    assertThat(count(town, "fund_ledger_entry")).isZero();
  }

  @Test
  void another_municipality_s_file_is_refused_whole_and_council_people_may_not_import() {
    TenantId town = town("3148004"); // Patos de Minas
    TenantId other = town("3152501"); // Pouso Alegre
    byte[] theirs = execution(other,
        "2026;E-1;empenho;E-1;02/03/2026;100,00;PSB;FNAS;3.3.90.39;244;" + PAPELARIA + ";Papelaria;;");

    ImportResult result = importAs(town, theirs);

    assertThat(result.refusals()).extracting(LineRefusal::line, LineRefusal::column, LineRefusal::messageKey)
        .containsExactly(tuple(2, "municipio", "fund.import.other-municipality"));
    assertThat(count(town, "fund_expense")).isZero();
    assertThat(count(other, "fund_expense")).isZero();
    assertThatThrownBy(() -> as(other, Role.COUNCIL_MEMBER, () -> imports.importExecution("x.csv", theirs, p -> {})))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_windows_file_with_columns_in_another_order_and_a_missing_column_is_reported_on_the_header() {
    TenantId town = town("3170701"); // Varginha
    String text = "Exercício;Município;Empenho;Fase;Documento;Data;Valor;Bloco;Fonte;Natureza;Subfunção;"
        + "Credor Documento;Credor Nome;Histórico\r\n"
        + "2026;" + town.ibgeCode() + ";E-1;Empenho;E-1;02/03/2026;12,34;PSB;FNAS;3.3.90.39;244;" + PAPELARIA
        + ";Papelaria São José;Atenção\r\n";
    assertThat(importAs(town, text.getBytes(Charset.forName("windows-1252"))).added()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT creditor FROM " + town.schemaName() + ".fund_expense").query(String.class).single())
        .isEqualTo("Papelaria São José");

    ImportResult noAmount = importAs(town, "municipio;exercicio\n3170701;2026\n".getBytes(StandardCharsets.UTF_8));
    assertThat(noAmount.refusals()).extracting(LineRefusal::line, LineRefusal::column)
        .contains(tuple(1, "valor"), tuple(1, "empenho"));
  }

  @Test
  void a_commitment_to_an_entity_without_a_partnership_in_force_is_a_refused_line_and_nothing_is_imported() {
    TenantId town = town("3150703"); // Pirapora
    String lar = "11222333000181";
    String paper = "2026;P-1;empenho;P-1;02/03/2026;100,00;PSB;FNAS;3.3.90.30;244;" + PAPELARIA + ";Papelaria;;";
    String subsidy = "2026;S-1;empenho;S-1;02/03/2026;5.000,00;PSE;FNAS;3.3.50.43;244;" + lar
        + ";Lar Recanto da Esperança;;Subvenção ao acolhimento";
    ImportResult none = importAs(town, execution(town, paper, subsidy));
    assertThat(none.accepted()).isFalse();
    assertThat(none.refusals()).extracting(LineRefusal::line, LineRefusal::column, LineRefusal::messageKey)
        .containsExactly(tuple(3, "credor_nome", "fund.expense.no-partnership"));
    assertThat(none.refusals().getFirst().arguments()).containsExactly("Lar Recanto da Esperança");
    assertThat(count(town, "fund_expense")).isZero(); // not even the good line
    assertThat(count(town, "fund_ledger_entry")).isZero();

    // The CMAS inscribes the entity and the fund signs a term from February to October.
    as(town, Role.COUNCIL_SECRETARY, () -> transactions.execute(s -> {
      publisher.publishEvent(new br.org.teia.council.api.EntityInscriptionChanged(lar, "CMAS",
          br.org.teia.council.api.InscriptionStatus.INSCRIBED, java.time.LocalDate.of(2026, 1, 5), null));
      return null;
    }));
    as(town, Role.MUNICIPAL_MANAGER, () -> partnerships.sign(new br.org.teia.fund.partnership.PartnershipForm("TC 4/2026",
        br.org.teia.fund.partnership.PartnershipKind.COLLABORATION, lar, "Lar Recanto da Esperança",
        "Acolhimento institucional de 20 pessoas idosas", "Metas: 20 vagas; ações: cuidado diário, convivência.",
        java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 10, 31), r("5000.00"),
        List.of(new br.org.teia.fund.partnership.Instalment(java.time.LocalDate.of(2026, 3, 1), r("5000.00"))))));

    // Outside the term (November) still refused, the whole file with it.
    String late = "2026;S-2;empenho;S-2;03/11/2026;10,00;PSE;FNAS;3.3.50.43;244;" + lar + ";Lar Recanto da Esperança;;";
    ImportResult outside = importAs(town, execution(town, paper, subsidy, late));
    assertThat(outside.refusals()).extracting(LineRefusal::line, LineRefusal::messageKey)
        .containsExactly(tuple(4, "fund.expense.no-partnership"));
    assertThat(count(town, "fund_expense")).isZero();

    // Within the term it goes through, the entity known by its CNPJ even when the export spells its name otherwise.
    String spelled = subsidy.replace(";Lar Recanto da Esperança;", ";LAR RECANTO ESPERANCA;");
    ImportResult within = importAs(town, execution(town, paper, spelled));
    assertThat(within.refusals()).isEmpty();
    assertThat(within.added()).isEqualTo(2);
    assertThat(block(town, "PSE").committed()).isEqualTo(r("5000.00"));
    // A reinforcement after the term ends is a commitment too: refused.
    ImportResult reinforcement = importAs(town, execution(town,
        "2026;S-1;empenho;S-1-R;05/11/2026;500,00;PSE;FNAS;3.3.50.43;244;" + lar + ";LAR RECANTO ESPERANCA;;"));
    assertThat(reinforcement.refusals()).extracting(LineRefusal::line, LineRefusal::column, LineRefusal::messageKey)
        .containsExactly(tuple(2, "credor_nome", "fund.expense.no-partnership"));
    assertThat(block(town, "PSE").committed()).isEqualTo(r("5000.00"));
  }

  @Test
  void fnas_releases_are_imported_once_per_block_and_month_and_the_block_receives_them() {
    TenantId town = town("3168606"); // Teófilo Otoni
    String file = "municipio;exercicio;mes;bloco;valor\n"
        + town.ibgeCode() + ";2026;1;PSB;45.600,00\n"
        + town.ibgeCode() + ";2026;2;PSB;45.600,00\n"
        + town.ibgeCode() + ";2026;1;PSE;12.000,50\n";
    byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

    ImportResult first = as(town, Role.MUNICIPAL_MANAGER, () -> imports.importRevenues("fnas.csv", bytes));
    ImportResult again = as(town, Role.MUNICIPAL_MANAGER, () -> imports.importRevenues("fnas (1).csv",
        (file + "\n").getBytes(StandardCharsets.UTF_8))); // another file, the same releases

    assertThat(first.added()).isEqualTo(3);
    assertThat(again).extracting(ImportResult::added, ImportResult::alreadyPresent).containsExactly(0, 3);
    assertThat(block(town, "PSB").received()).isEqualTo(r("91200.00"));
    assertThat(block(town, "PSE").available()).isEqualTo(r("12000.50"));

    ImportResult wrong = as(town, Role.MUNICIPAL_MANAGER, () -> imports.importRevenues("fnas.csv",
        ("municipio;exercicio;mes;bloco;valor\n" + town.ibgeCode() + ";2026;13;PSB;1,00\n").getBytes(StandardCharsets.UTF_8)));
    assertThat(wrong.refusals()).extracting(LineRefusal::line, LineRefusal::column, LineRefusal::messageKey)
        .containsExactly(tuple(2, "mes", "fund.import.field.range"));
    assertThat(block(town, "PSB").received()).isEqualTo(r("91200.00"));
  }
}
