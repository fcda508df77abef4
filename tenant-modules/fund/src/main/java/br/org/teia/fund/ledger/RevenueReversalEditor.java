package br.org.teia.fund.ledger;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;

/** The reversal (estorno) of a wrong revenue: the month it is recorded in, its document and the reason. */
public class RevenueReversalEditor extends EditorForm<RevenueReversalForm> {

  final Select<Integer> month = new Select<>();
  final TextField document = new TextField();
  final TextField reason = new TextField();

  public RevenueReversalEditor() {
    super(RevenueReversalForm.class, "fund.revenue.reverse.save", "ui.form.cancel");
    saveButton().setId("fund-revenue-reverse-save");
    month.setLabel(getTranslation("fund.revenue.month"));
    month.setId("fund-revenue-reverse-month");
    month.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
    month.setItemLabelGenerator(m -> m == null ? "" : getTranslation("fund.month." + m));
    document.setLabel(getTranslation("fund.revenue.reverse.document"));
    document.setId("fund-revenue-reverse-document");
    reason.setLabel(getTranslation("fund.revenue.reverse.reason"));
    reason.setId("fund-revenue-reverse-reason");
    binder.forField(month).bind("month");
    binder.forField(document).withNullRepresentation("").bind("document");
    binder.forField(reason).withNullRepresentation("").bind("reason");
    add(month, document, reason);
  }

  /** A reversal of {@code revenue} in {@code month}, its document suggested from the revenue's. */
  public static RevenueReversalForm blank(RevenueEntry revenue, int month) {
    String document = "Estorno " + revenue.document();
    return new RevenueReversalForm(Math.max(month, revenue.month()),
        document.length() > 40 ? document.substring(0, 40) : document, null);
  }
}
