package br.org.teia.fund.ledger;

import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.util.List;

/** The saldo reprogramado of one block in a year, as the manager states it from last year's closing. */
public class ReprogramEditor extends EditorForm<ReprogramForm> {

  final IntegerField year = new IntegerField();
  final Select<String> block = new Select<>();
  final BigDecimalField amount = new BigDecimalField();

  public ReprogramEditor(List<FinancingBlock> blocks) {
    super(ReprogramForm.class, "fund.reprogram.save", "ui.form.cancel");
    saveButton().setId("fund-reprogram-save");
    year.setLabel(getTranslation("fund.expense.year"));
    year.setId("fund-reprogram-year");
    block.setLabel(getTranslation("fund.expense.block"));
    block.setId("fund-reprogram-block");
    block.setItems(blocks.stream().map(FinancingBlock::code).toList());
    block.setItemLabelGenerator(code -> blocks.stream().filter(b -> b.code().equals(code)).findFirst()
        .map(FinancingBlock::name).orElse(code == null ? "" : code));
    amount.setLabel(getTranslation("fund.balance.reprogrammed"));
    amount.setId("fund-reprogram-amount");
    binder.forField(year).bind("year");
    binder.forField(block).bind("blockCode");
    binder.forField(amount).bind("amount");
    add(year, block, amount);
  }

  public static ReprogramForm of(int year, String blockCode, BigDecimal amount) {
    return new ReprogramForm(year, blockCode, amount);
  }
}
