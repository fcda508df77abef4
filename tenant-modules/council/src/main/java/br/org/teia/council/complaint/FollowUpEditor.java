package br.org.teia.council.complaint;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;

/** A follow-up of a complaint: its date, kind and note. */
public class FollowUpEditor extends EditorForm<FollowUpForm> {

  final DatePicker day = new DatePicker();
  final Select<FollowUpKind> kind = new Select<>();
  final TextArea note = new TextArea();

  public FollowUpEditor() {
    super(FollowUpForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("follow-up-save");
    day.setLabel(getTranslation("council.ui.date"));
    day.setId("follow-up-date");
    kind.setId("follow-up-kind");
    kind.setLabel(getTranslation("council.complaint.ui.kind"));
    kind.setItems(FollowUpKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
    note.setLabel(getTranslation("council.complaint.ui.note"));
    note.setId("follow-up-note");
    binder.forField(day).bind("occurredOn");
    binder.forField(kind).bind("kind");
    binder.forField(note).bind("note");
    add(day, kind, note);
  }

  /** A note, today. */
  public static FollowUpForm blank(LocalDate today) {
    return new FollowUpForm(today, FollowUpKind.NOTE, null);
  }
}
