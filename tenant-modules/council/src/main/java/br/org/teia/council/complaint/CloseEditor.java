package br.org.teia.council.complaint;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/** Closing a complaint: the date, the outcome and its reasoning. */
public class CloseEditor extends EditorForm<CloseForm> {

  final DatePicker day = new DatePicker();
  final Select<ComplaintOutcome> outcome = new Select<>();
  final TextArea reasoning = new TextArea();

  public CloseEditor() {
    super(CloseForm.class, "council.complaint.ui.close", "council.ui.cancel");
    saveButton().setId("close-save");
    day.setLabel(getTranslation("council.ui.date"));
    day.setId("close-date");
    outcome.setId("close-outcome");
    outcome.setLabel(getTranslation("council.complaint.ui.outcome"));
    outcome.setItems(ComplaintOutcome.values());
    outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
    reasoning.setLabel(getTranslation("council.complaint.ui.reasoning"));
    reasoning.setId("close-reasoning");
    binder.forField(day).bind("closedOn");
    binder.forField(outcome).bind("outcome");
    binder.forField(reasoning).bind("reasoning");
    add(day, outcome, reasoning);
  }

  /** Closed today, nothing else filled. */
  public static CloseForm blank(LocalDate today) {
    return new CloseForm(today, null, null);
  }
}
