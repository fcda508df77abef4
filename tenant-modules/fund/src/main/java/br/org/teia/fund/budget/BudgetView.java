package br.org.teia.fund.budget;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.fund.ledger.Money;
import br.org.teia.fund.ledger.MoneyColumn;
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
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The fund's budget of a year by financing block: each allocation (dotação) with the LOA's amount,
 * what the acts added or took (current − initial) and the current amount; totals per block come
 * first in the list's order and the year's totals in the footer. The fund's manager adds allocations
 * and, clicking one, records an act's supplement or reduction of it.
 */
@PageHelp("fund.help.budget")
@Route(BudgetView.ROUTE)
@RolesAllowed(FundAccess.READ)
public class BudgetView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "fundo/orcamento";

  private final BudgetService budget;
  private final CatalogueService catalogue;
  private final Clock clock;
  private final boolean canWrite;
  final Select<Integer> year = new Select<>();
  final Grid<AllocationSummary> grid = new Grid<>();
  final Grid<BlockTotal> blocks = new Grid<>();
  private final FooterRow footer;
  private final Grid.Column<AllocationSummary> initial;
  private final Grid.Column<AllocationSummary> changes;
  private final Grid.Column<AllocationSummary> current;

  /** A block's allocations summed. */
  record BlockTotal(String blockCode, String name, BigDecimal initial, BigDecimal current) {
    BigDecimal changes() {
      return current.subtract(initial);
    }
  }

  public BudgetView(BudgetService budget, CatalogueService catalogue, CurrentUser currentUser, Clock clock) {
    this.budget = budget;
    this.catalogue = catalogue;
    this.clock = clock;
    this.canWrite = currentUser.can(FundAccess.WRITE);
    setSizeFull();
    int now = LocalDate.now(clock).getYear();
    year.setId("fund-budget-year");
    year.setLabel(getTranslation("fund.ledger.year"));
    year.setItems(IntStream.rangeClosed(now - 3, now + 1).boxed().sorted((a, b) -> b - a).toList());
    year.setValue(now);
    year.addValueChangeListener(change -> refresh());

    blocks.setId("fund-budget-blocks");
    var blockCode = blocks.addColumn(BlockTotal::blockCode).setHeader(getTranslation("fund.expense.block")).setAutoWidth(true);
    blocks.addColumn(BlockTotal::name).setHeader(getTranslation("fund.balance.name")).setFlexGrow(2);
    MoneyColumn.add(blocks, BlockTotal::initial, getTranslation("fund.budget.initial"));
    MoneyColumn.add(blocks, BlockTotal::changes, getTranslation("fund.budget.changes"));
    var blockCurrent = MoneyColumn.add(blocks, BlockTotal::current, getTranslation("fund.budget.current"));
    PhoneColumns.keep(blocks, blockCode, blockCurrent);
    blocks.setAllRowsVisible(true);

    grid.setId("fund-budget");
    var allocationBlock = grid.addColumn(AllocationSummary::blockCode).setHeader(getTranslation("fund.expense.block")).setAutoWidth(true)
        .setKey("block");
    grid.addColumn(a -> a.actionCode() + " " + a.actionName()).setHeader(getTranslation("fund.budget.action")).setFlexGrow(2);
    grid.addColumn(AllocationSummary::sourceCode).setHeader(getTranslation("fund.budget.source")).setAutoWidth(true);
    grid.addColumn(AllocationSummary::subfunction).setHeader(getTranslation("fund.budget.subfunction")).setAutoWidth(true);
    grid.addColumn(AllocationSummary::expenseNature).setHeader(getTranslation("fund.expense.nature")).setAutoWidth(true);
    initial = MoneyColumn.add(grid, AllocationSummary::initialAmount, getTranslation("fund.budget.initial"));
    changes = MoneyColumn.add(grid, a -> a.currentAmount().subtract(a.initialAmount()), getTranslation("fund.budget.changes"));
    current = MoneyColumn.add(grid, AllocationSummary::currentAmount, getTranslation("fund.budget.current"));
    PhoneColumns.keep(grid, allocationBlock, current);
    footer = grid.appendFooterRow();
    grid.setEmptyStateText(getTranslation("fund.budget.empty"));

    Button add = new Button(getTranslation("fund.budget.allocation.new"), click -> openNew());
    add.setId("fund-allocation-new");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setVisible(canWrite);
    if (canWrite) {
      grid.addItemClickListener(click -> openChange(click.getItem()));
    }
    HorizontalLayout toolbar = new HorizontalLayout(year, add);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    add(new H2(getTranslation("fund.budget.title")), toolbar, blocks, grid);
    expand(grid);
    refresh();
  }

  private void refresh() {
    List<AllocationSummary> allocations = budget.allocations(year.getValue());
    grid.setItems(allocations);
    Map<String, List<AllocationSummary>> byBlock = allocations.stream()
        .collect(Collectors.groupingBy(AllocationSummary::blockCode));
    blocks.setItems(catalogue.blocks(year.getValue()).stream().filter(b -> byBlock.containsKey(b.code()))
        .map(b -> total(b, byBlock.get(b.code()))).toList());
    BigDecimal initialSum = sum(allocations, AllocationSummary::initialAmount);
    BigDecimal currentSum = sum(allocations, AllocationSummary::currentAmount);
    footer.getCell(grid.getColumnByKey("block")).setText(getTranslation("fund.balance.total"));
    footer.getCell(initial).setText(Money.format(initialSum));
    footer.getCell(changes).setText(Money.format(currentSum.subtract(initialSum)));
    footer.getCell(current).setText(Money.format(currentSum));
  }

  private void openNew() {
    int chosen = year.getValue();
    new EditorDialog<>(getTranslation("fund.budget.allocation.new"),
        new AllocationEditor(catalogue.blocks(chosen), catalogue.sources(chosen)),
        value -> {
          budget.allocate(value);
          return getTranslation("fund.budget.allocation.saved");
        }, this::refresh)
        .open(AllocationEditor.blank(chosen));
  }

  private void openChange(AllocationSummary allocation) {
    new EditorDialog<>(getTranslation("fund.budget.change.title", allocation.actionCode(), allocation.expenseNature(),
        Money.format(allocation.currentAmount())), new BudgetChangeEditor(),
        value -> {
          budget.change(allocation.id(), value);
          return getTranslation("fund.budget.change.saved");
        }, this::refresh)
        .open(BudgetChangeEditor.blank(LocalDate.now(clock)));
  }

  /** The footer's initial, changes and current totals as shown. */
  public List<String> totalsShown() {
    return List.of(footer.getCell(initial).getText(), footer.getCell(changes).getText(), footer.getCell(current).getText());
  }

  private static BlockTotal total(FinancingBlock block, List<AllocationSummary> allocations) {
    return new BlockTotal(block.code(), block.name(), sum(allocations, AllocationSummary::initialAmount),
        sum(allocations, AllocationSummary::currentAmount));
  }

  private static BigDecimal sum(List<AllocationSummary> rows, java.util.function.Function<AllocationSummary, BigDecimal> amount) {
    return rows.stream().map(amount).reduce(Money.zero(), BigDecimal::add);
  }

  @Override
  public String getPageTitle() {
    return getTranslation("fund.budget.title") + " | " + getTranslation("app.name");
  }
}
