package br.org.teia.fund.ledger;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.fund.FundAccess;
import br.org.teia.fund.catalogue.CatalogueService;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import br.org.teia.kernel.ui.form.SearchText;
import br.org.teia.kernel.ui.PhoneColumns;
import br.org.teia.structure.api.UnitDirectory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The year's expenses (empenhos) with their stage totals, paged and searchable by number, creditor or
 * block, with the totals of what the search finds in the footer; a click opens the expense's entry
 * history. The fund's manager types commitments and their stages by hand here too.
 */
@PageHelp("fund.help.ledger")
@Route(LedgerView.ROUTE)
@RolesAllowed(FundAccess.READ)
public class LedgerView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "fundo/execucao";

  private final LedgerService ledger;
  private final CatalogueService catalogue;
  private final UnitDirectory units;
  private final Clock clock;
  private final boolean canWrite;
  final Select<Integer> year = new Select<>();
  final TextField search = SearchText.guard(new TextField());
  final Grid<ExpenseSummary> grid = new Grid<>();
  private final FooterRow footer;
  private final Grid.Column<ExpenseSummary> committed;
  private final Grid.Column<ExpenseSummary> liquidated;
  private final Grid.Column<ExpenseSummary> paid;

  public LedgerView(LedgerService ledger, CatalogueService catalogue, UnitDirectory units, CurrentUser currentUser,
      Clock clock) {
    this.ledger = ledger;
    this.catalogue = catalogue;
    this.units = units;
    this.clock = clock;
    this.canWrite = currentUser.can(FundAccess.WRITE);
    setSizeFull();

    int current = LocalDate.now(clock).getYear();
    year.setId("fund-ledger-year");
    year.setLabel(getTranslation("fund.ledger.year"));
    year.setItems(IntStream.rangeClosed(current - 3, current).boxed().sorted((a, b) -> b - a).toList());
    year.setValue(current);
    year.addValueChangeListener(change -> refresh());
    search.setId("fund-ledger-search");
    search.setLabel(getTranslation("fund.ledger.search"));
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.addValueChangeListener(change -> refresh());
    Button add = new Button(getTranslation("fund.expense.new"), click -> openNew());
    add.setId("fund-expense-new");
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setVisible(canWrite);
    HorizontalLayout toolbar = new HorizontalLayout(year, search, add);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("fund-ledger");
    var number = grid.addColumn(ExpenseSummary::commitmentNumber).setHeader(getTranslation("fund.expense.number")).setAutoWidth(true);
    grid.addColumn(ExpenseSummary::blockCode).setHeader(getTranslation("fund.expense.block")).setAutoWidth(true);
    grid.addColumn(x -> x.creditor() + (x.creditorDocument() == null ? "" : " (" + x.maskedCreditorDocument() + ")"))
        .setHeader(getTranslation("fund.expense.creditor")).setFlexGrow(2);
    grid.addColumn(ExpenseSummary::expenseNature).setHeader(getTranslation("fund.expense.nature")).setAutoWidth(true);
    committed = money(ExpenseBalance::committed, "fund.ledger.committed");
    liquidated = money(ExpenseBalance::liquidated, "fund.ledger.liquidated");
    paid = money(ExpenseBalance::paid, "fund.ledger.paid");
    PhoneColumns.keep(grid, number, committed);
    footer = grid.appendFooterRow();
    grid.setEmptyStateText(getTranslation("fund.ledger.empty"));
    grid.addItemClickListener(click -> openHistory(click.getItem()));
    grid.setItems(query -> ledger.expenses(year.getValue(), SearchText.of(search),
        PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("commitmentNumber"))).stream());

    add(new H2(getTranslation("fund.ledger.title")), toolbar, grid);
    expand(grid);
    refreshTotals();
  }

  private Grid.Column<ExpenseSummary> money(Function<ExpenseBalance, BigDecimal> amount, String key) {
    return MoneyColumn.add(grid, x -> amount.apply(x.balance()), getTranslation(key));
  }

  void refresh() {
    grid.getDataProvider().refreshAll();
    refreshTotals();
  }

  private void refreshTotals() {
    ExpenseBalance totals = ledger.totals(year.getValue(), SearchText.of(search));
    footer.getCell(committed).setText(Money.format(totals.committed()));
    footer.getCell(liquidated).setText(Money.format(totals.liquidated()));
    footer.getCell(paid).setText(Money.format(totals.paid()));
  }

  /** The footer's totals as shown (committed, liquidated, paid): tests compare them with the ledger. */
  List<String> totalsShown() {
    return List.of(footer.getCell(committed).getText(), footer.getCell(liquidated).getText(),
        footer.getCell(paid).getText());
  }

  private void openNew() {
    int chosen = year.getValue();
    new EditorDialog<>(getTranslation("fund.expense.new"),
        new ExpenseEditor(catalogue.blocks(chosen), units.units()),
        value -> getTranslation("fund.expense.saved", ledger.commit(value).commitmentNumber()), this::refresh)
        .open(ExpenseEditor.blank(chosen, LocalDate.now(clock)));
  }

  private void openHistory(ExpenseSummary expense) {
    Dialog dialog = new Dialog(getTranslation("fund.entry.history", expense.commitmentNumber(), expense.creditor()));
    dialog.setId("fund-entry-history");
    dialog.setWidth("50rem");
    Grid<EntryLine> entries = new Grid<>();
    entries.setId("fund-entries");
    entries.addColumn(e -> getTranslation(e.kind().labelKey())).setHeader(getTranslation("fund.entry.kind"));
    entries.addColumn(EntryLine::date).setHeader(getTranslation("fund.expense.date")).setAutoWidth(true);
    entries.addColumn(EntryLine::document).setHeader(getTranslation("fund.entry.document")).setAutoWidth(true);
    MoneyColumn.add(entries, EntryLine::amount, getTranslation("fund.expense.amount"));
    entries.setAllRowsVisible(true);
    entries.setItems(ledger.entries(expense.id()));
    dialog.add(entries);
    if (canWrite) {
      EntryEditor form = new EntryEditor();
      form.addSaveListener(event -> {
        if (form.submit(event.value(), value -> {
          ledger.record(expense.id(), value);
          return getTranslation("fund.entry.saved");
        })) {
          entries.setItems(ledger.entries(expense.id()));
          form.edit(EntryEditor.blank(LocalDate.now(clock)));
          refresh();
        }
      });
      form.edit(EntryEditor.blank(LocalDate.now(clock)));
      dialog.add(form);
      dialog.getFooter().add(form.saveButton());
    }
    dialog.getFooter().addComponentAsFirst(new Button(getTranslation("fund.ledger.close"), click -> dialog.close()));
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("fund.ledger.title") + " | " + getTranslation("app.name");
  }
}
