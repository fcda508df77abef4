package br.org.teia.fund.ledger;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.PhoneColumns;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Each financing block's position in a year: carried from last year + received − paid − restos a pagar
 * paid = available in the bank, with what is committed and liquidated beside; totals in the footer. Money never moves
 * between blocks, so this is the page the council reads first. The fund's manager types a revenue
 * received (transfer, yield, own resources) and, clicking a block, its saldo reprogramado.
 */
@PageHelp("fund.help.balances")
@Route(BlockBalancesView.ROUTE)
@RolesAllowed(FundAccess.READ)
public class BlockBalancesView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "fundo/saldos";

  private final LedgerService ledger;
  private final CatalogueService catalogue;
  private final Clock clock;
  final Select<Integer> year = new Select<>();
  final Grid<BlockBalance> grid = new Grid<>();
  private final FooterRow footer;
  private final List<Column> amounts = new ArrayList<>();

  private record Column(Grid.Column<BlockBalance> column, Function<BlockBalance, BigDecimal> amount) {}

  public BlockBalancesView(LedgerService ledger, CatalogueService catalogue, CurrentUser currentUser, Clock clock) {
    this.ledger = ledger;
    this.catalogue = catalogue;
    this.clock = clock;
    boolean canWrite = currentUser.can(FundAccess.WRITE);
    setSizeFull();
    int current = LocalDate.now(clock).getYear();
    year.setId("fund-balances-year");
    year.setLabel(getTranslation("fund.ledger.year"));
    year.setItems(IntStream.rangeClosed(current - 3, current).boxed().sorted((a, b) -> b - a).toList());
    year.setValue(current);
    year.addValueChangeListener(change -> refresh());

    grid.setId("fund-balances");
    var code = grid.addColumn(BlockBalance::blockCode).setHeader(getTranslation("fund.expense.block")).setAutoWidth(true)
        .setKey("code");
    grid.addColumn(b -> blockNames().getOrDefault(b.blockCode(), "")).setHeader(getTranslation("fund.balance.name"))
        .setFlexGrow(2);
    amount(BlockBalance::reprogrammed, "fund.balance.reprogrammed");
    amount(BlockBalance::received, "fund.balance.received");
    amount(BlockBalance::paid, "fund.ledger.paid");
    amount(BlockBalance::carriedPaid, "fund.report.carried-paid");
    var available = amount(BlockBalance::available, "fund.balance.available");
    amount(BlockBalance::committed, "fund.ledger.committed");
    amount(BlockBalance::liquidated, "fund.ledger.liquidated");
    PhoneColumns.keep(grid, code, available);
    footer = grid.appendFooterRow();
    grid.setAllRowsVisible(true);
    Button revenue = new Button(getTranslation("fund.revenue.new"), click -> openRevenue());
    revenue.setId("fund-revenue-new");
    revenue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    revenue.setVisible(canWrite);
    if (canWrite) {
      grid.addItemClickListener(click -> openReprogram(click.getItem()));
    }
    HorizontalLayout toolbar = new HorizontalLayout(year, revenue);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    add(new H2(getTranslation("fund.balance.title")), toolbar, new Paragraph(getTranslation("fund.balance.help")), grid);
    refresh();
  }

  private Grid.Column<BlockBalance> amount(Function<BlockBalance, BigDecimal> amount, String key) {
    Grid.Column<BlockBalance> column = MoneyColumn.add(grid, amount::apply, getTranslation(key));
    amounts.add(new Column(column, amount));
    return column;
  }

  private Map<String, String> blockNames() {
    return catalogue.blocks(year.getValue()).stream().collect(Collectors.toMap(FinancingBlock::code, FinancingBlock::name));
  }

  private void openRevenue() {
    int chosen = year.getValue();
    LocalDate today = LocalDate.now(clock);
    new EditorDialog<>(getTranslation("fund.revenue.new"),
        new RevenueEditor(catalogue.blocks(chosen), catalogue.sources(chosen)),
        value -> {
          ledger.receive(value);
          return getTranslation("fund.revenue.saved");
        }, this::refresh)
        .open(RevenueEditor.blank(chosen, chosen == today.getYear() ? today.getMonthValue() : 12));
  }

  private void openReprogram(BlockBalance balance) {
    int chosen = year.getValue();
    new EditorDialog<>(getTranslation("fund.reprogram.title", balance.blockCode(), chosen),
        new ReprogramEditor(catalogue.blocks(chosen)),
        value -> {
          ledger.reprogram(value);
          return getTranslation("fund.reprogram.saved");
        }, this::refresh)
        .open(ReprogramEditor.of(chosen, balance.blockCode(), balance.reprogrammed()));
  }

  private void refresh() {
    List<BlockBalance> balances = ledger.blockBalances(year.getValue());
    grid.setItems(balances);
    footer.getCell(grid.getColumnByKey("code")).setText(getTranslation("fund.balance.total"));
    for (Column c : amounts) {
      footer.getCell(c.column()).setText(Money.format(
          balances.stream().map(c.amount()).reduce(Money.zero(), BigDecimal::add)));
    }
  }

  /** The footer's amounts as shown, in column order: tests compare them with the ledger. */
  List<String> totalsShown() {
    return amounts.stream().map(c -> footer.getCell(c.column()).getText()).toList();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("fund.balance.title") + " | " + getTranslation("app.name");
  }
}
