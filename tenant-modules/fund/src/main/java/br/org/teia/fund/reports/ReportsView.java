package br.org.teia.fund.reports;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.ledger.Money;
import br.org.teia.fund.ledger.MoneyColumn;
import br.org.teia.fund.statement.StatementPanel;
import br.org.teia.fund.statement.StatementService;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.export.Spreadsheet;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.PhoneColumns;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The fund's execution reports per block: the quarterly synthetic one or the annual analytic one,
 * shown on screen and downloaded as PDF or XLSX (the same figures, from the ledger as it stands).
 */
@PageHelp("fund.help.reports")
@Route(ReportsView.ROUTE)
@RolesAllowed(FundAccess.READ)
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "fundo/relatorios";
  /** The period select's value for the annual report (1..4 are the quarters). */
  static final int ANNUAL = 0;

  private final ReportService reports;
  private final ReportFiles files;
  final Select<Integer> year = new Select<>();
  final Select<Integer> period = new Select<>();
  final Grid<ReportLine> grid = new Grid<>();
  private final FooterRow footer;
  private final List<Grid.Column<ReportLine>> amounts = new ArrayList<>();
  private final List<Function<ReportLine, BigDecimal>> values = new ArrayList<>();
  private ExecutionReport report;
  /** The year's restos a pagar per block (shown with the annual report). */
  final Grid<CarriedOver> carried = new Grid<>();
  final com.vaadin.flow.component.html.H3 carriedTitle = new com.vaadin.flow.component.html.H3();
  /** Earlier years' restos a pagar paid in the year (shown with the annual report). */
  final Grid<CarriedPayment> earlier = new Grid<>();
  final com.vaadin.flow.component.html.H3 earlierTitle = new com.vaadin.flow.component.html.H3();
  private final List<Grid.Column<CarriedPayment>> earlierCarried = new ArrayList<>();
  /** The year's annual demonstrativo, its deadlines and the council's opinion. */
  final StatementPanel statement;

  public ReportsView(ReportService reports, ReportFiles files, StatementService statements, CurrentUser currentUser,
      Clock clock) {
    this.reports = reports;
    this.files = files;
    this.statement = new StatementPanel(statements, currentUser);
    setSizeFull();
    LocalDate today = LocalDate.now(clock);
    year.setId("fund-report-year");
    year.setLabel(getTranslation("fund.ledger.year"));
    year.setItems(IntStream.rangeClosed(today.getYear() - 3, today.getYear()).boxed().sorted((a, b) -> b - a).toList());
    year.setValue(today.getYear());
    period.setId("fund-report-period");
    period.setLabel(getTranslation("fund.report.period"));
    period.setItems(1, 2, 3, 4, ANNUAL);
    period.setItemLabelGenerator(p -> p == null ? "" : p == ANNUAL ? getTranslation("fund.report.period.annual")
        : getTranslation("fund.report.period.quarter", p));
    period.setValue((today.getMonthValue() + 2) / 3);
    year.addValueChangeListener(change -> refresh());
    period.addValueChangeListener(change -> refresh());

    Locale locale = getLocale();
    Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        files.pdf(report, locale), ReportFiles.fileName(report, "pdf"), "application/pdf")),
        getTranslation("fund.report.pdf"));
    pdf.setId("fund-report-pdf");
    Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        files.xlsx(report, locale), ReportFiles.fileName(report, "xlsx"), Spreadsheet.XLSX_TYPE)),
        getTranslation("fund.report.xlsx"));
    xlsx.setId("fund-report-xlsx");
    HorizontalLayout toolbar = new HorizontalLayout(year, period, pdf, xlsx);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("fund-report");
    grid.addColumn(l -> l.blockLine() ? l.blockCode() : "").setHeader(getTranslation("fund.expense.block"))
        .setAutoWidth(true).setKey("block");
    var label = grid.addColumn(ReportLine::label).setHeader(getTranslation("fund.report.block-or-nature")).setFlexGrow(2);
    amount(ReportLine::opening, "fund.report.opening");
    amount(ReportLine::received, "fund.balance.received");
    amount(ReportLine::committed, "fund.ledger.committed");
    amount(ReportLine::liquidated, "fund.ledger.liquidated");
    amount(ReportLine::paid, "fund.ledger.paid");
    amount(ReportLine::carriedPaid, "fund.report.carried-paid");
    amount(ReportLine::balance, "fund.report.closing");
    grid.setPartNameGenerator(l -> l.blockLine() ? "block" : null);
    PhoneColumns.keep(grid, label, amounts.getLast());
    footer = grid.appendFooterRow();
    grid.setMinHeight("16rem");
    carriedTitle.setId("fund-carried-title");
    carried.setId("fund-carried");
    carried.addColumn(CarriedOver::blockName).setHeader(getTranslation("fund.expense.block")).setFlexGrow(2);
    MoneyColumn.add(carried, CarriedOver::processed, getTranslation("fund.report.carried.processed"));
    MoneyColumn.add(carried, CarriedOver::unprocessed, getTranslation("fund.report.carried.unprocessed"));
    MoneyColumn.add(carried, CarriedOver::total, getTranslation("fund.balance.total"));
    carried.setAllRowsVisible(true);
    carried.setEmptyStateText(getTranslation("fund.report.carried.none"));
    earlierTitle.setId("fund-earlier-title");
    earlier.setId("fund-earlier");
    earlier.addColumn(CarriedPayment::blockName).setHeader(getTranslation("fund.expense.block")).setFlexGrow(2);
    earlierCarried.add(MoneyColumn.add(earlier, CarriedPayment::carried, ""));
    MoneyColumn.add(earlier, CarriedPayment::paid, getTranslation("fund.report.earlier.paid"));
    MoneyColumn.add(earlier, CarriedPayment::cancelled, getTranslation("fund.report.earlier.cancelled"));
    MoneyColumn.add(earlier, CarriedPayment::left, getTranslation("fund.report.earlier.left"));
    earlier.setAllRowsVisible(true);
    earlier.setEmptyStateText(getTranslation("fund.report.earlier.none"));
    add(new H2(getTranslation("fund.report.title")), toolbar, grid, carriedTitle, carried, earlierTitle, earlier, statement);
    expand(grid);
    refresh();
  }

  private void amount(Function<ReportLine, BigDecimal> amount, String key) {
    values.add(amount);
    amounts.add(MoneyColumn.add(grid, amount::apply, getTranslation(key)));
  }

  private void refresh() {
    report = period.getValue() == ANNUAL ? reports.annual(year.getValue())
        : reports.quarterly(year.getValue(), period.getValue());
    grid.setItems(report.lines());
    statement.show(year.getValue());
    boolean annual = period.getValue() == ANNUAL;
    carriedTitle.setVisible(annual);
    carried.setVisible(annual);
    if (annual) {
      carriedTitle.setText(getTranslation("fund.report.carried.title", year.getValue()));
      carried.setItems(reports.carriedOver(year.getValue()));
      earlierTitle.setText(getTranslation("fund.report.earlier.title", year.getValue()));
      earlierCarried.getFirst().setHeader(getTranslation("fund.report.earlier.carried", year.getValue() - 1));
      earlier.setItems(reports.carriedPaid(year.getValue()));
    }
    earlierTitle.setVisible(annual);
    earlier.setVisible(annual);
    footer.getCell(grid.getColumnByKey("block")).setText(getTranslation("fund.balance.total"));
    for (int i = 0; i < amounts.size(); i++) {
      footer.getCell(amounts.get(i)).setText(Money.format(values.get(i).apply(report.total())));
    }
  }

  /** The footer's totals as shown (opening, received, committed, liquidated, paid, restos a pagar paid, closing). */
  List<String> totalsShown() {
    return amounts.stream().map(c -> footer.getCell(c).getText()).toList();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("fund.report.title") + " | " + getTranslation("app.name");
  }
}
