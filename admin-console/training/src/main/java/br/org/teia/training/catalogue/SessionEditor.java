package br.org.teia.training.catalogue;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Locale;

/** One session of a class: day, start, end, what it covers. */
public class SessionEditor extends EditorForm<SessionForm> {

  final DatePicker heldOn = new DatePicker();
  final TimePicker startsAt = new TimePicker();
  final TimePicker endsAt = new TimePicker();
  final TextField topic = new TextField();

  public SessionEditor(Locale locale) {
    super(SessionForm.class, "training.save", "training.close");
    saveButton().setId("session-save");
    cancelButton().setId("session-close");
    heldOn.setLabel(getTranslation("training.session.date"));
    heldOn.setId("session-date");
    heldOn.setLocale(locale);
    startsAt.setLabel(getTranslation("training.session.starts"));
    startsAt.setId("session-starts");
    startsAt.setLocale(locale);
    endsAt.setLabel(getTranslation("training.session.ends"));
    endsAt.setId("session-ends");
    endsAt.setLocale(locale);
    topic.setLabel(getTranslation("training.session.topic"));
    topic.setId("session-topic");
    binder.forField(heldOn).bind("heldOn");
    binder.forField(startsAt).bind("startsAt");
    binder.forField(endsAt).bind("endsAt");
    binder.forField(topic).bind("topic");
    refusalsShownOn("timeInOrder", endsAt);
    add(heldOn, startsAt, endsAt, topic);
  }

  @Override
  public void focusFirst() {
    heldOn.focus();
  }
}
