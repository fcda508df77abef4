package br.org.teia.council.conference;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/** What was done about a deliberation: when, where that leaves it, and a note. */
public class DeliberationFollowUpEditor extends EditorForm<DeliberationFollowUpForm> {

  final DatePicker day = new DatePicker();
  final Select<DeliberationStatus> status = new Select<>();
  final TextArea note = new TextArea();

  public DeliberationFollowUpEditor() {
    super(DeliberationFollowUpForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("deliberation-follow-up-save");
    day.setLabel(getTranslation("council.ui.date"));
    day.setId("deliberation-follow-up-date");
    status.setId("deliberation-follow-up-status");
    status.setLabel(getTranslation("council.ui.status"));
    status.setItems(DeliberationStatus.values());
    status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
    note.setLabel(getTranslation("council.conference.ui.note"));
    note.setId("deliberation-follow-up-note");
    binder.forField(day).bind("occurredOn");
    binder.forField(status).bind("status");
    binder.forField(note).bind("note");
    add(day, status, note);
  }

  /** Today, the deliberation's status as it stands, no note yet. */
  public static DeliberationFollowUpForm blank(LocalDate today, DeliberationStatus current) {
    return new DeliberationFollowUpForm(today, current, null);
  }

  @Override
  public void focusFirst() {
    note.focus();
  }
}
