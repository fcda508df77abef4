package br.org.teia.fund.controls;

import static br.org.teia.testsupport.ActingAs.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.fund.budget.AllocationForm;
import br.org.teia.fund.budget.BudgetService;
import br.org.teia.fund.ledger.EntryForm;
import br.org.teia.fund.ledger.EntryKind;
import br.org.teia.fund.ledger.ExpenseForm;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.ReprogramForm;
import br.org.teia.fund.ledger.RevenueForm;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.RenderersKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ControlsViewIT extends UiTestBase {

  @Autowired LedgerService ledger;
  @Autowired BudgetService budget;

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void a_council_member_sees_the_igd_paying_a_salary_turn_red_and_then_a_block_paying_beyond_what_it_had() {
    TenantId town = onboarded("3146107"); // Ouro Preto
    int year = LocalDate.now().getYear();
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      budget.allocate(new AllocationForm(year, "GSUAS", "2.060", "Gestão do SUAS", "FNAS", "244", "3.3.90.39", r("5000.00")));
      ledger.receive(new RevenueForm(year, 1, "GSUAS", "FNAS", r("5000.00"), "FNAS 01"));
      var training = ledger.commit(new ExpenseForm(year, "NE-10", "GSUAS", "3.3.90.39", "Escola de Governo",
          null, null, LocalDate.of(year, 1, 5), r("1000.00")));
      ledger.record(training.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 1, 6), r("1000.00"), "NL-10"));
      ledger.record(training.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 1, 7), r("1000.00"), "OP-10"));
      return null;
    });
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(ControlsView.class);
    assertThat(_get(Paragraph.class, spec -> spec.withId("fund-controls-summary")).getText())
        .isEqualTo("Nenhum controle irregular; 1 em atenção.");
    assertThat(rows()).noneMatch(row -> row.contains("Irregular"));

    as(town, Role.MUNICIPAL_MANAGER, () -> {
      var salary = ledger.commit(new ExpenseForm(year, "NE-11", "GSUAS", "3.1.90.11", "Folha de pagamento",
          null, null, LocalDate.of(year, 2, 5), r("300.00")));
      ledger.record(salary.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 2, 6), r("300.00"), "NL-11"));
      ledger.record(salary.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 2, 7), r("300.00"), "OP-11"));
      ledger.reprogram(new ReprogramForm(year, "PSB", r("100.00")));
      var psb = ledger.commit(new ExpenseForm(year, "NE-12", "PSB", "3.3.90.30", "Papelaria Central",
          null, null, LocalDate.of(year, 2, 5), r("100.01")));
      ledger.record(psb.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 2, 6), r("100.01"), "NL-12"));
      ledger.record(psb.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 2, 7), r("100.01"), "OP-12"));
      return null;
    });
    UI.getCurrent().navigate(ControlsView.class);
    assertThat(_get(Paragraph.class, spec -> spec.withId("fund-controls-summary")).getText())
        .isEqualTo("3 controles irregulares; 1 em atenção.");
    List<String> rows = rows();
    assertThat(rows.subList(0, 3)).containsExactlyInAnyOrder(
        "GSUAS | IGD não paga pessoal | Irregular | Empenhado em natureza de pessoal (3.1.90.11): R$ 300,00. Recursos do IGD não podem pagar pessoal.",
        "PSB | Saldo só dentro do bloco | Irregular | O bloco pagou R$ 0,01 a mais do que tinha (saldo reprogramado + recebido = R$ 100,00): esse dinheiro saiu de outro bloco.",
        "PSB | Saldo reprogramado com dotação | Irregular | Empenhado com o saldo reprogramado: R$ 100,01, mas as dotações do bloco somam R$ 0,00: falta um crédito adicional de R$ 100,01.");

    // The status is a badge the browser writes from a Lit template, not a component a row: each
    // component would stay in the UI's state tree (two nodes a row) while the grid shows it (issue 15).
    @SuppressWarnings("unchecked")
    Grid<ControlResult> grid = _get(Grid.class, spec -> spec.withId("fund-controls"));
    assertThat(grid.getColumnByKey("status").getRenderer()).isInstanceOf(LitRenderer.class);
    @SuppressWarnings("unchecked")
    LitRenderer<ControlResult> status = (LitRenderer<ControlResult>) grid.getColumnByKey("status").getRenderer();
    assertThat(RenderersKt.renderLitTemplate(ControlsView.STATUS_BADGE, status.getValueProviders(), GridKt._get(grid, 0)))
        .isEqualTo("<span theme=\"badge error primary\">Irregular</span>");
  }

  /** Each row of the controls grid as "block | rule | status | detail". */
  private static List<String> rows() {
    @SuppressWarnings("unchecked")
    Grid<ControlResult> grid = _get(Grid.class, spec -> spec.withId("fund-controls"));
    List<String> rows = new ArrayList<>();
    for (int row = 0; row < GridKt._size(grid); row++) {
      rows.add(String.join(" | ", GridKt._getFormattedRow(grid, row)));
    }
    return rows;
  }
}
