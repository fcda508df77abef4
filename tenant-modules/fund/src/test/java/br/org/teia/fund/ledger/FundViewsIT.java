package br.org.teia.fund.ledger;

import static br.org.teia.testsupport.ActingAs.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.fund.budget.AllocationForm;
import br.org.teia.fund.budget.BudgetChangeForm;
import br.org.teia.fund.budget.BudgetChangeKind;
import br.org.teia.fund.budget.BudgetService;
import br.org.teia.fund.budget.BudgetView;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FundViewsIT extends UiTestBase {

  @Autowired LedgerService ledger;
  @Autowired BudgetService budget;

  static BigDecimal r(String amount) {
    return new BigDecimal(amount);
  }

  /** A town with a budget, two expenses through some stages, a transfer and a carried balance this year. */
  private TenantId townWithAYear(String code) {
    TenantId town = onboarded(code);
    int year = LocalDate.now().getYear();
    as(town, Role.MUNICIPAL_MANAGER, () -> {
      var psb = budget.allocate(new AllocationForm(year, "PSB", "2.045", "Manutenção do CRAS", "FNAS", "244",
          "3.3.90.30", r("10000.00")));
      budget.change(psb.id(), new BudgetChangeForm(BudgetChangeKind.SUPPLEMENT, "Decreto 12/" + year,
          LocalDate.of(year, 1, 10), r("2500.50")));
      budget.allocate(new AllocationForm(year, "PSE", "2.050", "Manutenção do CREAS", "FNAS", "244", "3.3.90.39",
          r("5000.00")));
      ExpenseSummary paper = ledger.commit(new ExpenseForm(year, "NE-1", "PSB", "3.3.90.30", "Papelaria Central",
          null, null, LocalDate.of(year, 1, 2), r("1200.00")));
      ledger.record(paper.id(), new EntryForm(EntryKind.LIQUIDATION, LocalDate.of(year, 1, 5), r("1000.00"), "NL-1"));
      ledger.record(paper.id(), new EntryForm(EntryKind.PAYMENT, LocalDate.of(year, 1, 6), r("999.99"), "OP-1"));
      ledger.commit(new ExpenseForm(year, "NE-2", "PSE", "3.3.90.39", "Oficinas Ltda", null, null,
          LocalDate.of(year, 1, 3), r("300.00")));
      ledger.receive(new RevenueForm(year, 1, "PSB", "FNAS", r("4000.00"), "FNAS 01"));
      ledger.reprogram(new ReprogramForm(year, "PSB", r("100.01")));
      return null;
    });
    return town;
  }

  @SuppressWarnings("unchecked")
  private static <T> Grid<T> grid(String id) {
    return _get(Grid.class, spec -> spec.withId(id));
  }

  @Test
  void a_council_member_reads_the_ledger_with_totals_equal_to_the_ledger_s_sums_searches_it_and_reads_an_expense_s_history() {
    TenantId town = townWithAYear("3162500"); // São João del-Rei
    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(LedgerView.class);

    LedgerView view = _get(LedgerView.class);
    Grid<ExpenseSummary> expenses = grid("fund-ledger");
    assertThat(GridKt._size(expenses)).isEqualTo(2);
    ExpenseBalance sums = as(town, Role.COUNCIL_MEMBER, () -> ledger.totals(LocalDate.now().getYear(), ""));
    assertThat(sums).isEqualTo(new ExpenseBalance(r("1500.00"), r("1000.00"), r("999.99")));
    assertThat(view.totalsShown()).containsExactly("1.500,00", "1.000,00", "999,99");
    assertThat(_find(Button.class, spec -> spec.withId("fund-expense-new"))).isEmpty();

    _setValue(_get(TextField.class, spec -> spec.withId("fund-ledger-search")), "papel");
    assertThat(GridKt._size(expenses)).isEqualTo(1);
    assertThat(view.totalsShown()).containsExactly("1.200,00", "1.000,00", "999,99");

    GridKt._clickItem(expenses, 0);
    assertThat(GridKt._size(grid("fund-entries"))).isEqualTo(3);
    assertThat(_find(Button.class, spec -> spec.withId("fund-entry-add"))).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_new_commitment_dialog_opens_with_no_unit_chosen_and_offers_the_fund_s_own_management_first() {
    TenantId town = townWithAYear("3101607"); // Alfenas
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(LedgerView.class);

    _click(_get(Button.class, spec -> spec.withId("fund-expense-new"))); // it failed with a NullPointerException
    Select<UUID> unit = _get(Select.class, spec -> spec.withId("fund-expense-unit"));
    assertThat(unit.getValue()).isNull();
    assertThat(unit.isEmptySelectionAllowed()).isTrue();
    assertThat(unit.getEmptySelectionCaption()).isEqualTo("Nenhuma (gestão do fundo)");
  }

  @Test
  void the_manager_records_a_payment_by_hand_and_the_totals_follow_and_a_payment_too_large_is_refused_under_its_field() {
    TenantId town = townWithAYear("3171204"); // Vespasiano
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(LedgerView.class);
    LedgerView view = _get(LedgerView.class);

    _setValue(_get(TextField.class, spec -> spec.withId("fund-ledger-search")), "NE-1");
    GridKt._clickItem(grid("fund-ledger"), 0);
    @SuppressWarnings("unchecked")
    Select<EntryKind> kind = _get(Select.class, spec -> spec.withId("fund-entry-kind"));
    _setValue(kind, EntryKind.PAYMENT);
    _setValue(_get(BigDecimalField.class, spec -> spec.withId("fund-entry-amount")), r("0.02"));
    _setValue(_get(TextField.class, spec -> spec.withId("fund-entry-document")), "OP-2");
    _click(_get(Button.class, spec -> spec.withId("fund-entry-add")));
    BigDecimalField amount = _get(BigDecimalField.class, spec -> spec.withId("fund-entry-amount"));
    assertThat(amount.isInvalid()).isTrue();
    assertThat(amount.getErrorMessage()).isEqualTo("O pagamento passa do valor liquidado e ainda não pago (R$ 0,01).");

    _setValue(amount, r("0.01"));
    _click(_get(Button.class, spec -> spec.withId("fund-entry-add")));
    assertThat(GridKt._size(grid("fund-entries"))).isEqualTo(4);
    assertThat(view.totalsShown()).containsExactly("1.200,00", "1.000,00", "1.000,00");
  }

  @Test
  void block_balances_and_the_budget_show_totals_equal_to_the_sums_of_their_rows_for_staff_and_nothing_for_the_association() {
    TenantId town = townWithAYear("3124104"); // Esmeraldas
    loginAs(Role.MUNICIPAL_STAFF, town);
    UI.getCurrent().navigate(BlockBalancesView.class);
    BlockBalancesView balances = _get(BlockBalancesView.class);
    List<BlockBalance> rows = as(town, Role.MUNICIPAL_STAFF, () -> ledger.blockBalances(LocalDate.now().getYear()));
    BlockBalance psb = rows.stream().filter(b -> b.blockCode().equals("PSB")).findFirst().orElseThrow();
    assertThat(psb.available()).isEqualTo(r("3100.02")); // 100,01 carried + 4.000,00 received − 999,99 paid
    // carried, received, paid, restos a pagar paid, available, committed, liquidated
    assertThat(balances.totalsShown())
        .containsExactly("100,01", "4.000,00", "999,99", "0,00", "3.100,02", "1.500,00", "1.000,00");

    UI.getCurrent().navigate(BudgetView.class);
    BudgetView budgetView = _get(BudgetView.class);
    assertThat(GridKt._size(grid("fund-budget"))).isEqualTo(2);
    assertThat(GridKt._size(grid("fund-budget-blocks"))).isEqualTo(2);
    assertThat(budgetView.totalsShown()).containsExactly("15.000,00", "2.500,50", "17.500,50");

    loginAs(Role.ASSOCIATION_STAFF);
    for (Class<? extends com.vaadin.flow.component.Component> view : List.of(LedgerView.class, BlockBalancesView.class,
        BudgetView.class)) {
      UI.getCurrent().navigate(view);
      assertThat(_find(Grid.class)).as(view.getSimpleName()).isEmpty();
    }
  }

  @Test
  void the_manager_types_an_allocation_an_act_a_revenue_and_a_carried_balance_and_the_totals_follow_while_a_council_member_only_reads() {
    TenantId town = townWithAYear("3131901"); // Itabirito
    loginAs(Role.MUNICIPAL_MANAGER, town);
    UI.getCurrent().navigate(BudgetView.class);
    BudgetView budgetView = _get(BudgetView.class);

    _click(_get(Button.class, spec -> spec.withId("fund-allocation-new")));
    _setValue(select("fund-allocation-block"), "GSUAS");
    _setValue(select("fund-allocation-source"), "FNAS");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-allocation-action-code")), "2.060");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-allocation-action-name")), "Gestão do SUAS");
    _setValue(select("fund-allocation-subfunction"), "244");
    _setValue(_get(TextField.class, spec -> spec.withId("fund-allocation-nature")), "3.3.90.39");
    BigDecimalField initial = _get(BigDecimalField.class, spec -> spec.withId("fund-allocation-amount"));
    _setValue(initial, r("800.001"));
    _click(_get(Button.class, spec -> spec.withId("fund-allocation-save")));
    assertThat(initial.isInvalid()).isTrue();
    assertThat(initial.getErrorMessage()).isEqualTo("Informe o valor com no máximo dois centavos (duas casas decimais).");
    _setValue(initial, r("800.00"));
    _click(_get(Button.class, spec -> spec.withId("fund-allocation-save")));
    assertThat(GridKt._size(grid("fund-budget"))).isEqualTo(3);
    assertThat(budgetView.totalsShown()).containsExactly("15.800,00", "2.500,50", "18.300,50");

    Grid<Object> allocations = grid("fund-budget");
    int gsuas = rowOf(allocations, "GSUAS");
    GridKt._clickItem(allocations, gsuas);
    @SuppressWarnings("unchecked")
    Select<BudgetChangeKind> kind = _get(Select.class, spec -> spec.withId("fund-budget-change-kind"));
    _setValue(kind, BudgetChangeKind.REDUCTION);
    _setValue(_get(TextField.class, spec -> spec.withId("fund-budget-change-act")), "Decreto nº 40/2026");
    BigDecimalField change = _get(BigDecimalField.class, spec -> spec.withId("fund-budget-change-amount"));
    _setValue(change, r("800.01"));
    _click(_get(Button.class, spec -> spec.withId("fund-budget-change-save")));
    assertThat(change.getErrorMessage()).isEqualTo("A redução passa do saldo atual da dotação (R$ 800,00).");
    _setValue(change, r("800.00"));
    _click(_get(Button.class, spec -> spec.withId("fund-budget-change-save")));
    assertThat(budgetView.totalsShown()).containsExactly("15.800,00", "1.700,50", "17.500,50");

    UI.getCurrent().navigate(BlockBalancesView.class);
    BlockBalancesView balances = _get(BlockBalancesView.class);
    _click(_get(Button.class, spec -> spec.withId("fund-revenue-new")));
    _setValue(select("fund-revenue-block"), "PSE");
    _setValue(select("fund-revenue-source"), "RENDIMENTOS");
    _setValue(_get(BigDecimalField.class, spec -> spec.withId("fund-revenue-amount")), r("12.34"));
    TextField document = _get(TextField.class, spec -> spec.withId("fund-revenue-document"));
    _click(_get(Button.class, spec -> spec.withId("fund-revenue-save")));
    assertThat(document.getErrorMessage())
        .isEqualTo("Informe o documento da receita (ordem bancária, aviso de crédito).");
    _setValue(document, "Rend. janeiro");
    _click(_get(Button.class, spec -> spec.withId("fund-revenue-save")));
    // carried, received, paid, restos a pagar paid, available, committed, liquidated
    assertThat(balances.totalsShown())
        .containsExactly("100,01", "4.012,34", "999,99", "0,00", "3.112,36", "1.500,00", "1.000,00");

    Grid<Object> blocks = grid("fund-balances");
    GridKt._clickItem(blocks, rowOf(blocks, "PSE"));
    _setValue(_get(BigDecimalField.class, spec -> spec.withId("fund-reprogram-amount")), r("250.00"));
    _click(_get(Button.class, spec -> spec.withId("fund-reprogram-save")));
    assertThat(balances.totalsShown())
        .containsExactly("350,01", "4.012,34", "999,99", "0,00", "3.362,36", "1.500,00", "1.000,00");

    loginAs(Role.COUNCIL_MEMBER, town);
    UI.getCurrent().navigate(BudgetView.class);
    assertThat(_get(BudgetView.class).totalsShown()).containsExactly("15.800,00", "1.700,50", "17.500,50");
    assertThat(_find(Button.class, spec -> spec.withId("fund-allocation-new"))).isEmpty();
    GridKt._clickItem(grid("fund-budget"), 0);
    assertThat(_find(Button.class, spec -> spec.withId("fund-budget-change-save"))).isEmpty();
    UI.getCurrent().navigate(BlockBalancesView.class);
    assertThat(_find(Button.class, spec -> spec.withId("fund-revenue-new"))).isEmpty();
    GridKt._clickItem(grid("fund-balances"), 0);
    assertThat(_find(Button.class, spec -> spec.withId("fund-reprogram-save"))).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Select<String> select(String id) {
    return _get(Select.class, spec -> spec.withId(id));
  }

  /** The row of {@code grid} whose first column shows {@code code}. */
  private static int rowOf(Grid<Object> grid, String code) {
    for (int row = 0; row < GridKt._size(grid); row++) {
      if (GridKt._getFormattedRow(grid, row).getFirst().equals(code)) {
        return row;
      }
    }
    throw new AssertionError(code + " not in " + grid.getId());
  }
}
