package br.org.teia.fund.budget;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** A crédito adicional or a reduction of one allocation, by its act: kind, act, date, amount. */
public class BudgetChangeEditor extends EditorForm<BudgetChangeForm> {

  final Select<BudgetChangeKind> kind = new Select<>();
  final TextField act = new TextField();
  final DatePicker actDate = new DatePicker();
  final BigDecimalField amount = new BigDecimalField();

  public BudgetChangeEditor() {
    super(BudgetChangeForm.class, "fund.budget.change.save", "ui.form.cancel");
    saveButton().setId("fund-budget-change-save");
    kind.setLabel(getTranslation("fund.budget.change.kind"));
    kind.setId("fund-budget-change-kind");
    kind.setItems(BudgetChangeKind.values());
    kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.labelKey()));
    act.setLabel(getTranslation("fund.budget.change.act"));
    act.setId("fund-budget-change-act");
    act.setPlaceholder(getTranslation("fund.budget.change.act.placeholder"));
    actDate.setLabel(getTranslation("fund.budget.change.act-date"));
    actDate.setId("fund-budget-change-date");
    amount.setLabel(getTranslation("fund.expense.amount"));
    amount.setId("fund-budget-change-amount");
    binder.forField(kind).bind("kind");
    binder.forField(act).bind("act");
    binder.forField(actDate).bind("actDate");
    binder.forField(amount).bind("amount");
    add(kind, act, actDate, amount);
  }

  public static BudgetChangeForm blank(LocalDate today) {
    return new BudgetChangeForm(BudgetChangeKind.SUPPLEMENT, null, today, null);
  }
}
