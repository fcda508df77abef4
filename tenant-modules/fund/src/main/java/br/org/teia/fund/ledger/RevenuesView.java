package br.org.teia.fund.ledger;

import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.PhoneColumns;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The year's revenues per block and month, paged, each with where it came from (typed or imported);
 * the footer adds what the list finds, reversals subtracted. A wrong revenue is never edited or deleted:
 * the fund's manager clicks it and records its reversal (estorno), a new entry, and the blocks'
 * balances and reports follow.
 */
@PageHelp("fund.help.revenues")
@Route(RevenuesView.ROUTE)
@RolesAllowed(FundAccess.READ)
public class RevenuesView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "fundo/receitas";

  private final LedgerService ledger;
  private final CatalogueService catalogue;
  private final Clock clock;
  final Select<Integer> year = new Select<>();
  final Select<String> block = new Select<>();
  final Select<Integer> month = new Select<>();
  final Grid<RevenueEntry> grid = new Grid<>();
  private final FooterRow footer;
  private final Grid.Column<RevenueEntry> amount;

  public RevenuesView(LedgerService ledger, CatalogueService catalogue, CurrentUser currentUser, Clock clock) {
    this.ledger = ledger;
    this.catalogue = catalogue;
    this.clock = clock;
    boolean canWrite = currentUser.can(FundAccess.WRITE);
    setSizeFull();
    int current = LocalDate.now(clock).getYear();
    year.setId("fund-revenues-year");
    year.setLabel(getTranslation("fund.ledger.year"));
    year.setItems(IntStream.rangeClosed(current - 3, current).boxed().sorted((a, b) -> b - a).toList());
    year.setValue(current);
    year.addValueChangeListener(change -> {
      offerBlocks();
      refresh();
    });
    block.setId("fund-revenues-block");
    block.setLabel(getTranslation("fund.expense.block"));
    block.setEmptySelectionAllowed(true);
    block.setEmptySelectionCaption(getTranslation("fund.revenues.all-blocks"));
    offerBlocks();
    block.addValueChangeListener(change -> refresh());
    month.setId("fund-revenues-month");
    month.setLabel(getTranslation("fund.revenue.month"));
    month.setEmptySelectionAllowed(true);
    month.setEmptySelectionCaption(getTranslation("fund.revenues.all-months"));
    month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
    month.setItemLabelGenerator(m -> m == null ? getTranslation("fund.revenues.all-months") : getTranslation("fund.month." + m));
    month.addValueChangeListener(change -> refresh());
    Button add = new Button(getTranslation("fund.revenue.new"), click -> openNew());
    add.setId("fund-revenues-new");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setVisible(canWrite);
    HorizontalLayout toolbar = new HorizontalLayout(year, block, month, add);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("fund-revenues");
    grid.setAriaLabel(getTranslation("fund.revenues.title"));
    var monthColumn = grid.addColumn(r -> getTranslation("fund.month." + r.month())).setKey("month")
        .setHeader(getTranslation("fund.revenue.month")).setAutoWidth(true);
    grid.addColumn(RevenueEntry::blockCode).setHeader(getTranslation("fund.expense.block")).setAutoWidth(true);
    grid.addColumn(RevenueEntry::sourceCode).setHeader(getTranslation("fund.budget.source")).setAutoWidth(true);
    grid.addColumn(RevenueEntry::document).setHeader(getTranslation("fund.revenues.document")).setFlexGrow(2);
    grid.addColumn(r -> getTranslation(r.origin().labelKey())).setHeader(getTranslation("fund.revenues.origin"))
        .setAutoWidth(true);
    amount = MoneyColumn.add(grid, r -> r.amount(), getTranslation("fund.expense.amount"));
    grid.addColumn(this::state).setHeader(getTranslation("fund.revenues.state")).setFlexGrow(2);
    PhoneColumns.keep(grid, monthColumn, amount);
    footer = grid.appendFooterRow();
    footer.getCell(monthColumn).setText(getTranslation("fund.balance.total"));
    grid.setEmptyStateText(getTranslation("fund.revenues.empty"));
    grid.setItems(query -> ledger.revenues(year.getValue(), block.getValue(), month.getValue(),
        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("month", "blockCode", "createdAt"))).stream());
    if (canWrite) {
      grid.addItemClickListener(click -> openReversal(click.getItem()));
    }
    add(new H2(getTranslation("fund.revenues.title")), toolbar,
        new Paragraph(getTranslation(canWrite ? "fund.revenues.help.write" : "fund.revenues.help")), grid);
    expand(grid);
    refreshTotal();
  }

  private String state(RevenueEntry revenue) {
    if (revenue.reversal()) {
      return getTranslation("fund.revenues.state.reversal", revenue.reversedDocument(), revenue.reason());
    }
    return revenue.reversed() ? getTranslation("fund.revenues.state.reversed") : "";
  }

  private void offerBlocks() {
    var blocks = catalogue.blocks(year.getValue());
    String chosen = block.getValue();
    block.setItems(blocks.stream().map(FinancingBlock::code).toList());
    block.setItemLabelGenerator(code -> code == null ? getTranslation("fund.revenues.all-blocks")
        : blocks.stream().filter(b -> b.code().equals(code)).findFirst().map(FinancingBlock::name).orElse(code));
    if (chosen != null && blocks.stream().anyMatch(b -> b.code().equals(chosen))) {
      block.setValue(chosen);
    }
  }

  void refresh() {
    grid.getDataProvider().refreshAll();
    refreshTotal();
  }

  private void refreshTotal() {
    footer.getCell(amount).setText(Money.format(ledger.revenueTotal(year.getValue(), block.getValue(), month.getValue())));
  }

  /** The footer's total as shown: tests compare it with the blocks' balances. */
  String totalShown() {
    return footer.getCell(amount).getText();
  }

  private int defaultMonth(int chosen) {
    LocalDate today = LocalDate.now(clock);
    return chosen == today.getYear() ? today.getMonthValue() : 12;
  }

  private void openNew() {
    int chosen = year.getValue();
    new EditorDialog<>(getTranslation("fund.revenue.new"),
        new RevenueEditor(catalogue.blocks(chosen), catalogue.sources(chosen)),
        value -> {
          ledger.receive(value);
          return getTranslation("fund.revenue.saved");
        }, this::refresh)
        .open(RevenueEditor.blank(chosen, defaultMonth(chosen)));
  }

  /** A revenue typed or imported wrong is reversed by a new entry; a reversal, or one reversed already, is not. */
  private void openReversal(RevenueEntry revenue) {
    if (revenue.reversal() || revenue.reversed()) {
      return;
    }
    new EditorDialog<>(getTranslation("fund.revenue.reverse.title", revenue.document(), Money.format(revenue.amount())),
        new RevenueReversalEditor(),
        value -> {
          ledger.reverseRevenue(revenue.id(), value);
          return getTranslation("fund.revenue.reversed");
        }, this::refresh)
        .open(RevenueReversalEditor.blank(revenue, defaultMonth(revenue.year())));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("fund.revenues.title") + " | " + getTranslation("app.name");
  }
}
