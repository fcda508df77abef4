package br.org.teia.fund.ledger;

import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.fund.catalogue.FundingSource;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A resource received typed by the fund's manager: a transfer (FNAS, FEAS), a yield or the
 * municipality's own resources, for a block and month, with its document.
 */
public class RevenueEditor extends EditorForm<RevenueForm> {

  final IntegerField year = new IntegerField();
  final Select<Integer> month = new Select<>();
  final Select<String> block = new Select<>();
  final Select<String> source = new Select<>();
  final BigDecimalField amount = new BigDecimalField();
  final TextField document = new TextField();

  public RevenueEditor(List<FinancingBlock> blocks, List<FundingSource> sources) {
    super(RevenueForm.class, "fund.revenue.save", "ui.form.cancel");
    saveButton().setId("fund-revenue-save");
    year.setLabel(getTranslation("fund.expense.year"));
    year.setId("fund-revenue-year");
    month.setLabel(getTranslation("fund.revenue.month"));
    month.setId("fund-revenue-month");
    month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
    month.setItemLabelGenerator(m -> m == null ? "" : getTranslation("fund.month." + m));
    block.setLabel(getTranslation("fund.expense.block"));
    block.setId("fund-revenue-block");
    block.setItems(blocks.stream().map(FinancingBlock::code).toList());
    block.setItemLabelGenerator(code -> blocks.stream().filter(b -> b.code().equals(code)).findFirst()
        .map(FinancingBlock::name).orElse(code == null ? "" : code));
    source.setLabel(getTranslation("fund.budget.source"));
    source.setId("fund-revenue-source");
    source.setItems(sources.stream().map(FundingSource::code).toList());
    source.setItemLabelGenerator(code -> sources.stream().filter(s -> s.code().equals(code)).findFirst()
        .map(FundingSource::name).orElse(code == null ? "" : code));
    amount.setLabel(getTranslation("fund.expense.amount"));
    amount.setId("fund-revenue-amount");
    document.setLabel(getTranslation("fund.revenue.document"));
    document.setId("fund-revenue-document");
    binder.forField(year).bind("year");
    binder.forField(month).bind("month");
    binder.forField(block).bind("blockCode");
    binder.forField(source).bind("sourceCode");
    binder.forField(amount).bind("amount");
    binder.forField(document).bind("document");
    add(year, month, block, source, amount, document);
  }

  public static RevenueForm blank(int year, int month) {
    return new RevenueForm(year, month, null, null, null, null);
  }
}
