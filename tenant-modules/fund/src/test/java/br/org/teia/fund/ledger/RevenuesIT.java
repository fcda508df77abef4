package br.org.teia.fund.ledger;

import static br.org.teia.testsupport.ActingAs.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.fund.importing.ImportService;
import br.org.teia.fund.reports.ExecutionReport;
import br.org.teia.fund.reports.ReportLine;
import br.org.teia.fund.reports.ReportService;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The year's revenues: the list with its origin, and a wrong revenue reversed by a new entry (estorno). */
class RevenuesIT extends UiTestBase {

  @Autowired LedgerService ledger;
  @Autowired ReportService reports;
  @Autowired ImportService imports;
  @Autowired Messages messages;
  @Autowired JdbcClient jdbc;

  final int year = LocalDate.now().getYear();

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  /** Three revenues typed by the manager, the one of May (PSB) typed twice over its real value. */
  private TenantId townWithRevenues(String code) {
    TenantId town = onboarded(code);
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      ledger.receive(new RevenueForm(year, 3, "PSB", "FNAS", r("3000.00"), "FNAS 03"));
      ledger.receive(new RevenueForm(year, 5, "PSB", "FNAS", r("2000.00"), "FNAS 05"));
      ledger.receive(new RevenueForm(year, 4, "PSE", "FNAS", r("1000.00"), "FNAS 04"));
      return null;
    });
    return town;
  }

  private RevenueEntry revenue(TenantId town, String document) {
    return as(town, Role.COUNCIL_MEMBER, () -> ledger.revenues(year, null, null, PageRequest.of(0, 50))).stream()
        .filter(r -> r.document().equals(document)).findFirst().orElseThrow();
  }

  private BlockBalance block(TenantId town, String code) {
    return as(town, Role.COUNCIL_MEMBER, () -> ledger.blockBalances(year)).stream()
        .filter(b -> b.blockCode().equals(code)).findFirst().orElseThrow();
  }

  private String refusal(Runnable action) {
    try {
      action.run();
    } catch (TeiaException e) {
      return messages.get(I18nConfiguration.PT_BR, e.messageKey(), e.arguments());
    }
    throw new AssertionError("not refused");
  }

  private long rows(TenantId town) {
    return jdbc.sql("SELECT count(*) FROM " + town.schemaName() + ".fund_revenue").query(Long.class).single();
  }

  @Test
  void a_wrong_revenue_is_reversed_by_a_new_entry_and_the_balances_and_the_annual_report_equal_the_ledger() {
    TenantId town = townWithRevenues("3115300"); // Cataguases
    UUID wrong = revenue(town, "FNAS 05").id();

    RevenueEntry reversal = as(town, Role.MUNICIPAL_MANAGER, () -> ledger.reverseRevenue(wrong,
        new RevenueReversalForm(6, "Estorno FNAS 05", "Valor lançado em duplicidade")));

    assertThat(reversal.amount()).isEqualTo(r("-2000.00"));
    assertThat(reversal.reversedDocument()).isEqualTo("FNAS 05");
    // A new row; the wrong one is still there as it was, marked reversed.
    assertThat(rows(town)).isEqualTo(4);
    assertThat(jdbc.sql("SELECT amount FROM " + town.schemaName() + ".fund_revenue WHERE id = ?").param(wrong)
        .query(BigDecimal.class).single()).isEqualTo(r("2000.00"));
    assertThat(revenue(town, "FNAS 05").reversed()).isTrue();
    assertThat(revenue(town, "Estorno FNAS 05")).satisfies(r -> {
      assertThat(r.month()).isEqualTo(6);
      assertThat(r.origin()).isEqualTo(RevenueOrigin.HAND);
      assertThat(r.reason()).isEqualTo("Valor lançado em duplicidade");
    });
    assertThat(jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'FUND_CHANGE' AND entity_id = ?")
        .param(wrong.toString()).query(Long.class).single()).isEqualTo(2); // received, then reversed

    // The ledger's rows, straight from the table: what the balances and reports must show.
    BigDecimal psbInLedger = jdbc.sql("SELECT sum(CASE WHEN reverses_id IS NULL THEN amount ELSE -amount END) FROM "
        + town.schemaName() + ".fund_revenue WHERE block_code = 'PSB' AND year = ?").param(year).query(BigDecimal.class).single();
    assertThat(psbInLedger).isEqualTo(r("3000.00"));
    assertThat(block(town, "PSB").received()).isEqualTo(psbInLedger);
    assertThat(block(town, "PSE").received()).isEqualTo(r("1000.00"));
    ExecutionReport annual = as(town, Role.COUNCIL_MEMBER, () -> reports.annual(year));
    assertThat(annual.lines()).filteredOn(l -> l.blockLine() && l.blockCode().equals("PSB")).singleElement()
        .extracting(ReportLine::received).isEqualTo(psbInLedger);
    assertThat(annual.total().received()).isEqualTo(r("4000.00"));
    assertThat(as(town, Role.COUNCIL_MEMBER, () -> ledger.revenueTotal(year, null, null))).isEqualTo(r("4000.00"));
    // The quarter of the wrong revenue (May) and its reversal (June) nets to nothing.
    assertThat(as(town, Role.COUNCIL_MEMBER, () -> reports.quarterly(year, 2)).lines())
        .filteredOn(l -> l.blockCode().equals("PSB")).singleElement().extracting(ReportLine::received)
        .isEqualTo(r("0.00"));
  }

  @Test
  void a_second_reversal_a_reversal_of_a_reversal_an_earlier_month_and_a_used_document_are_refused_and_nothing_is_written() {
    TenantId town = townWithRevenues("3116605"); // Conselheiro Lafaiete
    UUID wrong = revenue(town, "FNAS 05").id();
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.reverseRevenue(wrong,
        new RevenueReversalForm(4, "Estorno FNAS 05", "Duplicada")))))
        .isEqualTo("O estorno não pode ser de um mês anterior ao da receita.");
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.reverseRevenue(wrong,
        new RevenueReversalForm(5, "FNAS 03", "Duplicada")))))
        .isEqualTo("O documento FNAS 03 já foi registrado como receita deste bloco e fonte.");
    assertThat(rows(town)).isEqualTo(3);

    RevenueEntry reversal = as(town, Role.MUNICIPAL_MANAGER, () -> ledger.reverseRevenue(wrong,
        new RevenueReversalForm(5, "Estorno FNAS 05", "Duplicada")));
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.reverseRevenue(wrong,
        new RevenueReversalForm(7, "Estorno 2", "De novo")))))
        .isEqualTo("A receita FNAS 05 já foi estornada.");
    assertThat(refusal(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.reverseRevenue(reversal.id(),
        new RevenueReversalForm(7, "Estorno 3", "Desfazer")))))
        .isEqualTo("Um estorno não pode ser estornado; registre a receita correta como uma nova receita.");
    assertThat(rows(town)).isEqualTo(4);
    assertThat(block(town, "PSB").received()).isEqualTo(r("3000.00"));
  }

  @Test
  void council_people_only_read_the_association_reads_nothing_and_another_municipality_s_revenue_is_not_found() {
    TenantId town = townWithRevenues("3121605"); // Diamantina
    TenantId other = onboarded("3126109"); // Formiga
    UUID id = revenue(town, "FNAS 03").id();
    RevenueReversalForm form = new RevenueReversalForm(3, "Estorno FNAS 03", "Erro");

    assertThat(as(town, Role.COUNCIL_SECRETARY, () -> ledger.revenues(year, "PSB", null, PageRequest.of(0, 10)))
        .getTotalElements()).isEqualTo(2);
    assertThatThrownBy(() -> as(town, Role.COUNCIL_SECRETARY, () -> ledger.reverseRevenue(id, form)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(town, Role.COUNCIL_MEMBER, () -> ledger.reverseRevenue(id, form)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(town, Role.ASSOCIATION_STAFF, () -> ledger.revenues(year, null, null, PageRequest.of(0, 10))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(other, Role.MUNICIPAL_MANAGER, () -> ledger.reverseRevenue(id, form)))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(other, Role.MUNICIPAL_MANAGER, () -> ledger.revenues(year, null, null, PageRequest.of(0, 10))))
        .isEmpty();
    assertThat(rows(town)).isEqualTo(3);
  }

  @SuppressWarnings("unchecked")
  private static Grid<RevenueEntry> list() {
    return _get(Grid.class, spec -> spec.withId("fund-revenues"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_list_shows_each_revenue_s_origin_pages_by_block_and_month_and_the_manager_reverses_one_from_it() {
    TenantId town = townWithRevenues("3134202"); // Ituiutaba
    as(town, Role.MUNICIPAL_MANAGER, () -> imports.importRevenues("fnas.csv", ("municipio;exercicio;mes;bloco;valor\n"
        + town.ibgeCode() + ";" + year + ";1;PSB;45.600,00\n").getBytes(StandardCharsets.UTF_8)));

    // A council member reads it: every revenue, their origin, the total; no button to write.
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(RevenuesView.class);
    assertThat(GridKt._size(list())).isEqualTo(4);
    assertThat(GridKt._getFormattedRow(list(), 0)).startsWith("janeiro", "PSB").contains("Importada", "45.600,00");
    assertThat(GridKt._getFormattedRow(list(), 1)).startsWith("março", "PSB", "FNAS", "FNAS 03", "Digitada", "3.000,00");
    assertThat(_get(RevenuesView.class).totalShown()).isEqualTo("51.600,00");
    assertThat(_find(Button.class, spec -> spec.withId("fund-revenues-new"))).isEmpty();
    GridKt._clickItem(list(), 1);
    assertThat(_find(Button.class, spec -> spec.withId("fund-revenue-reverse-save"))).isEmpty();

    // The manager reverses the wrong one of May from the list.
    logout();
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(RevenuesView.class);
    RevenuesView view = _get(RevenuesView.class);
    _setValue(_get(Select.class, spec -> spec.withId("fund-revenues-block")), "PSB");
    _setValue(_get(Select.class, spec -> spec.withId("fund-revenues-month")), 5);
    assertThat(GridKt._size(list())).isEqualTo(1);
    assertThat(view.totalShown()).isEqualTo("2.000,00");
    GridKt._clickItem(list(), 0);
    TextField reason = _get(TextField.class, spec -> spec.withId("fund-revenue-reverse-reason"));
    _click(_get(Button.class, spec -> spec.withId("fund-revenue-reverse-save")));
    assertThat(reason.isInvalid()).isTrue();
    assertThat(reason.getErrorMessage()).isEqualTo("Informe o motivo do estorno.");
    _setValue(reason, "Valor lançado em duplicidade");
    _setValue(_get(Select.class, spec -> spec.withId("fund-revenue-reverse-month")), 5); // today's month unless chosen
    _click(_get(Button.class, spec -> spec.withId("fund-revenue-reverse-save")));

    // The reversal is a new line of May, the month chosen; the wrong revenue stays, marked reversed.
    assertThat(GridKt._size(list())).isEqualTo(2);
    assertThat(GridKt._getFormattedRow(list(), 0)).contains("FNAS 05", "2.000,00", "Estornada");
    assertThat(GridKt._getFormattedRow(list(), 1)).contains("Estorno FNAS 05", "-2.000,00",
        "Estorno de FNAS 05: Valor lançado em duplicidade");
    assertThat(view.totalShown()).isEqualTo("0,00");
    _setValue(_get(Select.class, spec -> spec.withId("fund-revenues-month")), null);
    assertThat(view.totalShown()).isEqualTo(Money.format(block(town, "PSB").received()));
    assertThat(view.totalShown()).isEqualTo("48.600,00");
  }
}
