package br.org.teia.fund.reports;

import static br.org.teia.testsupport.ActingAs.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.fund.ledger.BlockBalance;
import br.org.teia.fund.ledger.EntryForm;
import br.org.teia.fund.ledger.EntryKind;
import br.org.teia.fund.ledger.ExpenseForm;
import br.org.teia.fund.ledger.LedgerService;
import br.org.teia.fund.ledger.Money;
import br.org.teia.fund.ledger.ReprogramForm;
import br.org.teia.fund.ledger.RevenueForm;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;

class ReportsIT extends UiTestBase {

  static final Locale PT = Locale.of("pt", "BR");

  @Autowired LedgerService ledger;
  @Autowired ReportService reports;
  @Autowired ReportFiles files;

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  /** A year with entries in the first, second and third quarters, a reversal among them, and a carried balance. */
  private TenantId townWithQuarters(String code, int year) {
    TenantId town = onboarded(code);
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      ledger.reprogram(new ReprogramForm(year, "PSB", r("1000.00")));
      ledger.receive(new RevenueForm(year, 1, "PSB", "FNAS", r("3000.00"), "FNAS 01"));
      ledger.receive(new RevenueForm(year, 4, "PSB", "FNAS", r("3000.00"), "FNAS 04"));
      ledger.receive(new RevenueForm(year, 7, "PSE", "FNAS", r("2000.00"), "FNAS 07"));
      var cras = ledger.commit(new ExpenseForm(year, "NE-1", "PSB", "3.3.90.30", "Papelaria Central", null, null,
          LocalDate.of(year, 2, 1), r("2500.00")));
      ledger.record(cras.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 3, 1), r("2000.00"), "NL-1"));
      ledger.record(cras.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 3, 10), r("2000.00"), "OP-1"));
      ledger.record(cras.id(), new EntryForm(EntryKind.PAYMENT_REVERSAL, LocalDate.of(year, 4, 2), r("150.25"), "EP-1"));
      ledger.record(cras.id(), new EntryForm(EntryKind.COMMITMENT_REVERSAL, LocalDate.of(year, 5, 2), r("500.00"), "AN-1"));
      var creas = ledger.commit(new ExpenseForm(year, "NE-2", "PSE", "3.3.90.39", "Oficinas Ltda", null, null,
          LocalDate.of(year, 7, 3), r("1800.10")));
      ledger.record(creas.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 8, 1), r("1800.10"), "NL-2"));
      ledger.record(creas.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 9, 1), r("1000.05"), "OP-2"));
      var other = ledger.commit(new ExpenseForm(year, "NE-3", "PSB", "3.3.90.39", "Transportes Serra Azul", null, null,
          LocalDate.of(year, 8, 3), r("99.99")));
      ledger.record(other.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 8, 4), r("99.99"), "NL-3"));
      return null;
    });
    return town;
  }

  @Test
  void the_quarters_add_up_to_the_year_and_the_year_equals_the_ledger_block_by_block_in_the_screen_the_pdf_and_the_xlsx()
      throws Exception {
    int year = LocalDate.now().getYear() - 1; // a closed year: every quarter has passed
    TenantId town = townWithQuarters("3157807", year); // Santa Luzia
    List<ExecutionReport> made = as(town, Role.COUNCIL_MEMBER, () -> {
      List<BlockBalance> ledgerBlocks = ledger.blockBalances(year);
      ExecutionReport annual = reports.annual(year);
      List<ExecutionReport> quarters = IntStream.rangeClosed(1, 4).mapToObj(q -> reports.quarterly(year, q)).toList();
      for (BlockBalance block : ledgerBlocks) {
        ReportLine line = annual.lines().stream().filter(l -> l.blockLine() && block.blockCode().equals(l.blockCode()))
            .findFirst().orElseThrow();
        assertThat(List.of(line.opening(), line.received(), line.committed(), line.liquidated(), line.paid(), line.balance()))
            .as(block.blockCode()).containsExactly(block.reprogrammed(), block.received(), block.committed(),
                block.liquidated(), block.paid(), block.available());
        assertThat(sumOfQuarters(quarters, block.blockCode(), ReportLine::paid)).isEqualTo(block.paid());
        assertThat(sumOfQuarters(quarters, block.blockCode(), ReportLine::committed)).isEqualTo(block.committed());
        assertThat(sumOfQuarters(quarters, block.blockCode(), ReportLine::received)).isEqualTo(block.received());
        assertThat(lineOf(quarters.get(3), block.blockCode()).balance()).isEqualTo(block.available());
      }
      for (int q = 1; q < 4; q++) {
        for (ReportLine line : quarters.get(q).lines()) {
          assertThat(line.opening()).isEqualTo(lineOf(quarters.get(q - 1), line.blockCode()).balance());
        }
      }
      ReportLine psb = lineOf(quarters.get(1), "PSB"); // April–June: 3.000 received, the payment reversed, the annulment
      assertThat(List.of(psb.opening(), psb.received(), psb.committed(), psb.paid(), psb.balance()))
          .containsExactly(r("2000.00"), r("3000.00"), r("-500.00"), r("-150.25"), r("5150.25"));
      assertThat(annual.total().paid()).isEqualTo(r("2849.80")); // 2.000,00 − 150,25 + 1.000,05
      assertThat(annual.lines()).filteredOn(l -> !l.blockLine()).extracting(ReportLine::blockCode, ReportLine::label,
          ReportLine::committed).containsExactly(org.assertj.core.groups.Tuple.tuple("PSB", "3.3.90.30", r("2000.00")),
          org.assertj.core.groups.Tuple.tuple("PSB", "3.3.90.39", r("99.99")),
          org.assertj.core.groups.Tuple.tuple("PSE", "3.3.90.39", r("1800.10")));
      return List.of(annual, quarters.get(1));
    });

    ExecutionReport annual = made.get(0);
    ExecutionReport second = made.get(1);
    byte[] xlsx = files.xlsx(annual, PT);
      try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
        List<Row> rows = workbook.getFirstSheet().read();
        Row total = rows.getLast();
        assertThat(total.getCellText(0)).isEqualTo("Total");
        assertThat(total.getCellAsNumber(6)).hasValue(annual.total().paid());
        assertThat(total.getCellAsNumber(7)).hasValue(annual.total().carriedPaid());
        assertThat(total.getCellAsNumber(8)).hasValue(annual.total().balance());
        assertThat(rows).hasSize(1 + annual.lines().size() + 1);
      }
      String pdf = new PdfTextExtractor(new PdfReader(files.pdf(second, PT))).getTextFromPage(1);
      assertThat(pdf).contains("Relatório sintético de execução por bloco – 2º trimestre de " + year)
          .contains("Total").contains(Money.format(second.total().balance()));

    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(ReportsView.class);
    ReportsView view = _get(ReportsView.class);
    @SuppressWarnings("unchecked")
    Select<Integer> years = _get(Select.class, spec -> spec.withId("fund-report-year"));
    _setValue(years, year);
    @SuppressWarnings("unchecked")
    Select<Integer> period = _get(Select.class, spec -> spec.withId("fund-report-period"));
    _setValue(period, ReportsView.ANNUAL);
    @SuppressWarnings("unchecked")
    Grid<ReportLine> grid = _get(Grid.class, spec -> spec.withId("fund-report"));
    assertThat(GridKt._size(grid)).isEqualTo(as(town, Role.COUNCIL_MEMBER, () -> ledger.blockBalances(year)).size() + 3);
    // opening, received, committed, liquidated, paid, restos a pagar paid, closing
    assertThat(view.totalsShown()).containsExactly("1.000,00", "8.000,00", "3.900,09", "3.900,09", "2.849,80", "0,00",
        "6.150,20");
  }

  private static ReportLine lineOf(ExecutionReport report, String block) {
    return report.lines().stream().filter(l -> l.blockLine() && block.equals(l.blockCode())).findFirst().orElseThrow();
  }

  private static BigDecimal sumOfQuarters(List<ExecutionReport> quarters, String block, Function<ReportLine, BigDecimal> amount) {
    return quarters.stream().map(q -> amount.apply(lineOf(q, block))).reduce(Money.zero(), BigDecimal::add);
  }
}
