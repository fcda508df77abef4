package br.org.teia.fund.budget;

import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.fund.catalogue.FundingSource;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * A new allocation (dotação) of the LOA typed by the fund's manager: the year, block and source of
 * that year's catalogue, the programme/action, subfunction, expense nature and the LOA's amount.
 */
public class AllocationEditor extends EditorForm<AllocationForm> {

  final IntegerField year = new IntegerField();
  final Select<String> block = new Select<>();
  final Select<String> source = new Select<>();
  final TextField actionCode = new TextField();
  final TextField actionName = new TextField();
  final Select<String> subfunction = new Select<>();
  final TextField nature = new TextField();
  final BigDecimalField amount = new BigDecimalField();

  public AllocationEditor(List<FinancingBlock> blocks, List<FundingSource> sources) {
    super(AllocationForm.class, "fund.budget.allocation.save", "ui.form.cancel");
    saveButton().setId("fund-allocation-save");
    label(year, "fund.expense.year", "fund-allocation-year");
    label(block, "fund.expense.block", "fund-allocation-block");
    block.setItems(blocks.stream().map(FinancingBlock::code).toList());
    block.setItemLabelGenerator(code -> blocks.stream().filter(b -> b.code().equals(code)).findFirst()
        .map(FinancingBlock::name).orElse(code == null ? "" : code));
    label(source, "fund.budget.source", "fund-allocation-source");
    source.setItems(sources.stream().map(FundingSource::code).toList());
    source.setItemLabelGenerator(code -> sources.stream().filter(s -> s.code().equals(code)).findFirst()
        .map(FundingSource::name).orElse(code == null ? "" : code));
    label(actionCode, "fund.budget.action-code", "fund-allocation-action-code");
    actionCode.setPlaceholder("2.045");
    label(actionName, "fund.budget.action-name", "fund-allocation-action-name");
    label(subfunction, "fund.budget.subfunction", "fund-allocation-subfunction");
    subfunction.setItems("241", "242", "243", "244");
    subfunction.setItemLabelGenerator(code -> code == null ? "" : getTranslation("fund.budget.subfunction." + code));
    label(nature, "fund.expense.nature", "fund-allocation-nature");
    nature.setPlaceholder("3.3.90.39");
    label(amount, "fund.budget.initial", "fund-allocation-amount");

    binder.forField(year).bind("year");
    binder.forField(block).bind("blockCode");
    binder.forField(source).bind("sourceCode");
    binder.forField(actionCode).bind("actionCode");
    binder.forField(actionName).bind("actionName");
    binder.forField(subfunction).bind("subfunction");
    binder.forField(nature).bind("expenseNature");
    binder.forField(amount).bind("initialAmount");
    add(year, block, source, actionCode, actionName, subfunction, nature, amount);
    setColspan(actionName, 2);
  }

  /** A blank allocation of {@code year}. */
  public static AllocationForm blank(int year) {
    return new AllocationForm(year, null, null, null, null, null, null, null);
  }

  private void label(HasLabel field, String key, String id) {
    field.setLabel(getTranslation(key));
    ((Component) field).setId(id);
  }
}
