package br.org.teia.fund.registry;

import br.org.teia.fund.catalogue.FinancingBlock;
import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** A new bank account of the fund: the block it holds (from the year's catalogue), bank, branch, number. */
public class BankAccountEditor extends EditorForm<BankAccountForm> {

  final Select<String> block = new Select<>();
  final TextField programme = new TextField();
  final TextField bank = new TextField();
  final TextField branch = new TextField();
  final TextField number = new TextField();

  public BankAccountEditor(List<FinancingBlock> blocks) {
    super(BankAccountForm.class, "fund.account.add", "ui.form.cancel");
    saveButton().setId("fund-account-add");
    block.setLabel(getTranslation("fund.account.block"));
    block.setId("fund-account-block");
    block.setItems(blocks.stream().map(FinancingBlock::code).toList());
    block.setItemLabelGenerator(code -> blocks.stream().filter(b -> b.code().equals(code)).findFirst()
        .map(FinancingBlock::name).orElse(code == null ? "" : code));
    block.setRequiredIndicatorVisible(true);
    text(programme, "fund.account.programme", "fund-account-programme", false);
    text(bank, "fund.account.bank", "fund-account-bank", true);
    bank.setPlaceholder("001");
    bank.setHelperText(getTranslation("fund.account.bank.help"));
    text(branch, "fund.account.branch", "fund-account-branch", true);
    text(number, "fund.account.number", "fund-account-number", true);

    binder.forField(block).bind("blockCode");
    binder.forField(programme).bind("programme");
    binder.forField(bank).bind("bankCode");
    binder.forField(branch).bind("branch");
    binder.forField(number).bind("accountNumber");
    add(block, programme, bank, branch, number);
    setColspan(block, 2);
  }

  private void text(TextField field, String key, String id, boolean required) {
    field.setLabel(getTranslation(key));
    field.setId(id);
    field.setRequiredIndicatorVisible(required);
  }
}
