package br.org.teia.fund.ledger;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** A stage or reversal of an expense typed by the fund's manager: kind, date, amount, document. */
public class EntryEditor extends EditorForm<EntryForm> {

  final Select<EntryKind> kind = new Select<>();
  final DatePicker date = new DatePicker();
  final BigDecimalField amount = new BigDecimalField();
  final TextField document = new TextField();

  public EntryEditor() {
    super(EntryForm.class, "fund.entry.add", "ui.form.cancel");
    saveButton().setId("fund-entry-add");
    kind.setLabel(getTranslation("fund.entry.kind"));
    kind.setId("fund-entry-kind");
    kind.setItems(EntryKind.values());
    kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.labelKey()));
    date.setLabel(getTranslation("fund.expense.date"));
    date.setId("fund-entry-date");
    amount.setLabel(getTranslation("fund.expense.amount"));
    amount.setId("fund-entry-amount");
    document.setLabel(getTranslation("fund.entry.document"));
    document.setId("fund-entry-document");
    binder.forField(kind).bind("kind");
    binder.forField(date).bind("date");
    binder.forField(amount).bind("amount");
    binder.forField(document).bind("document");
    add(kind, date, amount, document);
  }

  public static EntryForm blank(LocalDate today) {
    return new EntryForm(EntryKind.LIQUIDATION, today, null, null);
  }
}
