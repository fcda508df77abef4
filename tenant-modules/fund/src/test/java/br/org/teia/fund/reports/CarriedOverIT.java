package br.org.teia.fund.reports;

import static br.org.teia.testsupport.ActingAs.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.fund.ledger.EntryForm;
import br.org.teia.fund.ledger.EntryKind;
import br.org.teia.fund.ledger.ExpenseForm;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CarriedOverIT extends UiTestBase {

  @Autowired LedgerService ledger;
  @Autowired ReportService reports;

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void restos_a_pagar_are_what_was_liquidated_and_not_paid_and_what_was_committed_and_not_liquidated() {
    TenantId town = onboarded("3107604"); // Bom Jesus da Penha
    int year = LocalDate.now().getYear() - 1;
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      var a = ledger.commit(new ExpenseForm(year, "NE-1", "PSB", "3.3.90.30", "Papelaria", null, null,
          LocalDate.of(year, 3, 1), r("1000.00")));
      ledger.record(a.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 3, 2), r("800.00"), "NL-1"));
      ledger.record(a.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 3, 3), r("500.00"), "OP-1"));
      ledger.record(a.id(), new EntryForm(EntryKind.COMMITMENT_REVERSAL, LocalDate.of(year, 12, 20), r("100.00"), "AN-1"));
      var b = ledger.commit(new ExpenseForm(year, "NE-2", "PSE", "3.3.90.39", "Oficinas", null, null,
          LocalDate.of(year, 5, 1), r("300.00")));
      ledger.record(b.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 5, 2), r("300.00"), "NL-2"));
      ledger.record(b.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 5, 3), r("300.00"), "OP-2"));
      return null;
    });

    // PSB: 900 committed (after the cancellation), 800 liquidated, 500 paid; PSE paid in full (left out).
    assertThat(as(town, Role.COUNCIL_MEMBER, () -> reports.carriedOver(year))).singleElement().satisfies(c -> {
      assertThat(c.blockCode()).isEqualTo("PSB");
      assertThat(c.processed()).isEqualByComparingTo("300.00");
      assertThat(c.unprocessed()).isEqualByComparingTo("100.00");
    });

    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(ReportsView.class);
    _setValue(_get(Select.class, spec -> spec.withId("fund-report-year")), year);
    _setValue(_get(Select.class, spec -> spec.withId("fund-report-period")), ReportsView.ANNUAL);
    assertThat(_get(H3.class, spec -> spec.withId("fund-carried-title")).getText())
        .isEqualTo("Restos a pagar de " + year + " (inscritos em 31/12)");
    @SuppressWarnings("unchecked")
    Grid<CarriedOver> grid = _get(Grid.class, spec -> spec.withId("fund-carried"));
    assertThat(GridKt._getFormattedRow(grid, 0)).containsExactly("Proteção Social Básica", "300,00", "100,00", "400,00");
  }
}
