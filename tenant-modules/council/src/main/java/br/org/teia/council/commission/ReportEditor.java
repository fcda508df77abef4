package br.org.teia.council.commission;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;

/** A commission's report to the plenary, added under the list of its reports: date, title, text. */
public class ReportEditor extends EditorForm<ReportForm> {

  final DatePicker date = new DatePicker();
  final TextField title = new TextField();
  final TextArea text = new TextArea();

  public ReportEditor() {
    super(ReportForm.class, "council.ui.commission-report-add", "council.ui.cancel");
    saveButton().setId("commission-report-add");
    saveButton().removeThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
    date.setLabel(getTranslation("council.ui.report-date"));
    date.setId("commission-report-date");
    title.setLabel(getTranslation("council.ui.report-title"));
    title.setId("commission-report-title");
    text.setLabel(getTranslation("council.ui.report-text"));
    text.setId("commission-report-text");
    binder.forField(date).bind("date");
    binder.forField(title).bind("title");
    binder.forField(text).bind("text");
    add(date, title, text, saveButton());
    setColspan(text, 2);
  }

  /** Today's report, not yet written. */
  public static ReportForm blank(LocalDate today) {
    return new ReportForm(today, null, null);
  }
}
