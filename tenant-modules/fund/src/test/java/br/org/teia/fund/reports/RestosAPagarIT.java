package br.org.teia.fund.reports;

import static br.org.teia.testsupport.ActingAs.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.fund.importing.ImportResult;
import br.org.teia.fund.importing.ImportService;
import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.EntryForm;
import br.org.teia.fund.ledger.EntryKind;
import br.org.teia.fund.ledger.ExpenseForm;
import br.org.teia.fund.ledger.ExpenseSummary;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.Money;
import br.org.teia.fund.ledger.ReprogramForm;
import br.org.teia.fund.ledger.RevenueForm;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Restos a pagar paid the next year (Lei 4.320/1964, art. 36): a commitment of year N not paid by 31/12 is
 * carried over; in N+1 it is liquidated, paid or cancelled against what was carried (no allocation of N+1
 * needed, nothing above it, no reinforcement), N's figures stay as they closed, and N+1's reports show the
 * restos a pagar paid, leaving the block's account like its own payments.
 */
class RestosAPagarIT extends UiTestBase {

  @Autowired LedgerService ledger;
  @Autowired ReportService reports;
  @Autowired ImportService imports;

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  @Test
  void a_commitment_unpaid_at_year_end_is_paid_next_year_within_what_was_carried_and_reported_in_that_year() {
    TenantId town = onboarded("3104007"); // Araxá
    int year = LocalDate.now().getYear() - 2;
    int next = year + 1;
    ExpenseSummary expense = as(town, Role.MUNICIPAL_MANAGER, () -> {
      ledger.receive(new RevenueForm(year, 1, "PSB", "FNAS", r("3000.00"), "FNAS 01"));
      var e = ledger.commit(new ExpenseForm(year, "NE-1", "PSB", "3.3.90.30", "Papelaria Central", null, null,
          LocalDate.of(year, 3, 1), r("1000.00")));
      ledger.record(e.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 3, 2), r("800.00"), "NL-1"));
      ledger.record(e.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 3, 3), r("500.00"), "OP-1"));
      // the cash left at the end of the year is next year's saldo reprogramado
      ledger.reprogram(new ReprogramForm(next, "PSB", r("2500.00")));
      return e;
    });
    List<BlockBalance> closed = as(town, Role.COUNCIL_MEMBER, () -> ledger.blockBalances(year));

    // next year, without any allocation: the processados paid, the não processados liquidated and paid or cancelled
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      ledger.record(expense.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(next, 2, 10), r("300.00"), "OP-2"));
      ledger.record(expense.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(next, 2, 15), r("150.00"), "NL-2"));
      ledger.record(expense.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(next, 5, 20), r("150.00"), "OP-3"));
      ledger.record(expense.id(), new EntryForm(EntryKind.COMMITMENT_REVERSAL, LocalDate.of(next, 6, 1), r("50.00"), "CANC-1"));
      return null;
    });
    // nothing above what was carried: not a centavo more, and no reinforcement after the year
    assertThatThrownBy(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.record(expense.id(),
        new EntryForm(EntryKind.PAYMENT, LocalDate.of(next, 7, 1), r("0.01"), "OP-4"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("fund.ledger.payment.above"));
    assertThatThrownBy(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.record(expense.id(),
        new EntryForm(EntryKind.COMMITMENT, LocalDate.of(next, 7, 1), r("100.00"), "NE-1-R"))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("fund.entry.commitment.other-year"));
    assertThatThrownBy(() -> as(town, Role.MUNICIPAL_MANAGER, () -> ledger.commit(new ExpenseForm(year, "NE-9", "PSB",
        "3.3.90.30", "Papelaria Central", null, null, LocalDate.of(next, 1, 5), r("10.00")))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("fund.expense.date.other-year"));

    as(town, Role.COUNCIL_MEMBER, () -> {
      // the closed year stays as it closed: 300 processados and 200 não processados carried over
      assertThat(ledger.blockBalances(year)).isEqualTo(closed);
      assertThat(reports.carriedOver(year)).singleElement().satisfies(c -> {
        assertThat(c.processed()).isEqualTo(r("300.00"));
        assertThat(c.unprocessed()).isEqualTo(r("200.00"));
      });
      // the next year paid 450 of the 500 carried, cancelled 50; its own execution is none
      BlockBalance psb = block(ledger.blockBalances(next), "PSB");
      assertThat(List.of(psb.reprogrammed(), psb.committed(), psb.paid(), psb.carriedPaid(), psb.available()))
          .containsExactly(r("2500.00"), r("0.00"), r("0.00"), r("450.00"), r("2050.00"));
      assertThat(reports.carriedPaid(next)).singleElement().satisfies(c -> {
        assertThat(List.of(c.carried(), c.paid(), c.cancelled(), c.left()))
            .containsExactly(r("500.00"), r("450.00"), r("50.00"), r("0.00"));
      });
      // the annual report and its quarters equal the ledger, restos a pagar paid included
      ExecutionReport annual = reports.annual(next);
      for (BlockBalance block : ledger.blockBalances(next)) {
        ReportLine line = annual.lines().stream().filter(l -> l.blockLine() && block.blockCode().equals(l.blockCode()))
            .findFirst().orElseThrow();
        assertThat(List.of(line.paid(), line.carriedPaid(), line.balance())).as(block.blockCode())
            .containsExactly(block.paid(), block.carriedPaid(), block.available());
      }
      assertThat(annual.total().carriedPaid()).isEqualTo(r("450.00"));
      assertThat(annual.total().balance()).isEqualTo(sum(ledger.blockBalances(next), BlockBalance::available));
      List<ExecutionReport> quarters = IntStream.rangeClosed(1, 4).mapToObj(q -> reports.quarterly(next, q)).toList();
      assertThat(quarters.stream().map(q -> line(q, "PSB").carriedPaid()).toList())
          .containsExactly(r("300.00"), r("150.00"), r("0.00"), r("0.00"));
      assertThat(line(quarters.get(3), "PSB").balance()).isEqualTo(psb.available());
      return null;
    });

    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(ReportsView.class);
    ReportsView view = _get(ReportsView.class);
    _setValue(_get(Select.class, spec -> spec.withId("fund-report-year")), next);
    _setValue(_get(Select.class, spec -> spec.withId("fund-report-period")), ReportsView.ANNUAL);
    // opening, received, committed, liquidated, paid, restos a pagar paid, closing
    assertThat(view.totalsShown()).containsExactly("2.500,00", "0,00", "0,00", "0,00", "0,00", "450,00", "2.050,00");
    assertThat(_get(H3.class, spec -> spec.withId("fund-earlier-title")).getText())
        .isEqualTo("Restos a pagar de anos anteriores em " + next);
    @SuppressWarnings("unchecked")
    Grid<CarriedPayment> earlier = _get(Grid.class, spec -> spec.withId("fund-earlier"));
    assertThat(GridKt._getFormattedRow(earlier, 0))
        .containsExactly("Proteção Social Básica", "500,00", "450,00", "50,00", "0,00");
  }

  @Test
  void an_imported_payment_of_last_years_commitment_counts_next_year_and_a_late_reinforcement_is_refused() {
    TenantId town = onboarded("3105608"); // Barbacena
    int year = LocalDate.now().getYear() - 2;
    int next = year + 1;
    String head = "municipio;exercicio;empenho;fase;documento;data;valor;bloco;fonte;natureza;subfuncao;"
        + "credor_documento;credor_nome\n";
    String tail = ";PSE;FNAS;3.3.90.39;244;11.222.333/0001-81;Oficinas Ltda\n";
    String first = head
        + "3105608;" + year + ";" + year + "NE1;Empenho;" + year + "NE1;10/11/" + year + ";1.000,00" + tail
        + "3105608;" + year + ";" + year + "NE1;Liquidação;NL1;20/12/" + year + ";1.000,00" + tail;
    String paidNextYear = head
        + "3105608;" + year + ";" + year + "NE1;Pagamento;OP1;15/01/" + next + ";1.000,00" + tail;
    String reinforced = head
        + "3105608;" + year + ";" + year + "NE1;Empenho;R1;16/01/" + next + ";10,00" + tail;
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      assertThat(imports.importExecution("a.csv", first.getBytes(StandardCharsets.UTF_8), p -> {}).accepted()).isTrue();
      assertThat(imports.importExecution("b.csv", paidNextYear.getBytes(StandardCharsets.UTF_8), p -> {}).accepted())
          .isTrue();
      ImportResult refused = imports.importExecution("c.csv", reinforced.getBytes(StandardCharsets.UTF_8), p -> {});
      assertThat(refused.accepted()).isFalse();
      assertThat(refused.refusals()).singleElement().satisfies(l -> {
        assertThat(l.line()).isEqualTo(2);
        assertThat(l.messageKey()).isEqualTo("fund.import.commitment.after-year");
      });
      return null;
    });
    as(town, Role.COUNCIL_MEMBER, () -> {
      BlockBalance closed = block(ledger.blockBalances(year), "PSE");
      assertThat(List.of(closed.committed(), closed.liquidated(), closed.paid(), closed.carriedPaid()))
          .containsExactly(r("1000.00"), r("1000.00"), r("0.00"), r("0.00"));
      assertThat(block(ledger.blockBalances(next), "PSE").carriedPaid()).isEqualTo(r("1000.00"));
      assertThat(line(reports.annual(next), "PSE").carriedPaid()).isEqualTo(r("1000.00"));
      return null;
    });
  }

  private static BlockBalance block(List<BlockBalance> balances, String code) {
    return balances.stream().filter(b -> b.blockCode().equals(code)).findFirst().orElseThrow();
  }

  private static ReportLine line(ExecutionReport report, String code) {
    return report.lines().stream().filter(l -> l.blockLine() && code.equals(l.blockCode())).findFirst().orElseThrow();
  }

  private static BigDecimal sum(List<BlockBalance> balances, Function<BlockBalance, BigDecimal> amount) {
    return balances.stream().map(amount).reduce(Money.zero(), BigDecimal::add);
  }
}
