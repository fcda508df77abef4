package br.org.teia.fund.ledger;

import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.kernel.ui.form.EditorForm;
import br.org.teia.structure.api.UnitDirectory.UnitRef;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A commitment (empenho) typed by the fund's manager: number, block, nature, creditor, unit, date, amount. */
public class ExpenseEditor extends EditorForm<ExpenseForm> {

  final IntegerField year = new IntegerField();
  final TextField number = new TextField();
  final Select<String> block = new Select<>();
  final TextField nature = new TextField();
  final TextField creditor = new TextField();
  final TextField description = new TextField();
  final Select<UUID> unit = new Select<>();
  final DatePicker date = new DatePicker();
  final BigDecimalField amount = new BigDecimalField();

  public ExpenseEditor(List<FinancingBlock> blocks, List<UnitRef> units) {
    super(ExpenseForm.class, "fund.expense.save", "ui.form.cancel");
    saveButton().setId("fund-expense-save");
    field(year, "fund.expense.year", "fund-expense-year");
    field(number, "fund.expense.number", "fund-expense-number");
    block.setLabel(getTranslation("fund.expense.block"));
    block.setId("fund-expense-block");
    block.setItems(blocks.stream().map(FinancingBlock::code).toList());
    block.setItemLabelGenerator(code -> blocks.stream().filter(b -> b.code().equals(code)).findFirst()
        .map(FinancingBlock::name).orElse(code == null ? "" : code));
    field(nature, "fund.expense.nature", "fund-expense-nature");
    nature.setPlaceholder("3.3.90.39");
    field(creditor, "fund.expense.creditor", "fund-expense-creditor");
    field(description, "fund.expense.description", "fund-expense-description");
    unit.setLabel(getTranslation("fund.expense.unit"));
    unit.setId("fund-expense-unit");
    // No unit is the select's empty choice: a null item in setItems makes Select fail (NullPointerException).
    unit.setEmptySelectionAllowed(true);
    unit.setEmptySelectionCaption(getTranslation("fund.expense.unit.none"));
    unit.setItems(units.stream().map(UnitRef::id).toList());
    unit.setItemLabelGenerator(id -> id == null ? getTranslation("fund.expense.unit.none")
        : units.stream().filter(u -> u.id().equals(id)).findFirst().map(UnitRef::name).orElse(""));
    field(date, "fund.expense.date", "fund-expense-date");
    field(amount, "fund.expense.amount", "fund-expense-amount");

    binder.forField(year).bind("year");
    binder.forField(number).bind("commitmentNumber");
    binder.forField(block).bind("blockCode");
    binder.forField(nature).bind("expenseNature");
    binder.forField(creditor).bind("creditor");
    binder.forField(description).bind("description");
    binder.forField(unit).bind("unitId");
    binder.forField(date).bind("date");
    binder.forField(amount).bind("amount");
    add(year, number, block, nature, creditor, unit, date, amount, description);
    setColspan(description, 2);
  }

  /** A blank commitment of {@code year}, dated {@code today}. */
  public static ExpenseForm blank(int year, LocalDate today) {
    return new ExpenseForm(year, null, null, null, null, null, null, today, null);
  }

  private void field(com.vaadin.flow.component.HasLabel field, String key, String id) {
    field.setLabel(getTranslation(key));
    ((com.vaadin.flow.component.Component) field).setId(id);
  }
}
