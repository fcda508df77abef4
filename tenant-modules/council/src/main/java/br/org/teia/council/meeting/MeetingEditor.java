package br.org.teia.council.meeting;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalTime;

/** A meeting to schedule: kind, date, time and place. */
public class MeetingEditor extends EditorForm<MeetingForm> {

  final Select<MeetingKind> kind = new Select<>();
  final DatePicker date = new DatePicker();
  final TimePicker time = new TimePicker();
  final TextField place = new TextField();

  public MeetingEditor() {
    super(MeetingForm.class, "council.ui.save", "council.ui.cancel");
    saveButton().setId("meeting-save");
    kind.setId("meeting-kind");
    kind.setLabel(getTranslation("council.ui.kind"));
    kind.setItems(MeetingKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
    date.setLabel(getTranslation("council.ui.date"));
    date.setId("meeting-date");
    time.setLabel(getTranslation("council.ui.time"));
    time.setId("meeting-time");
    place.setLabel(getTranslation("council.ui.place"));
    place.setId("meeting-place");
    binder.forField(kind).bind("kind");
    binder.forField(date).bind("date");
    binder.forField(time).bind("startTime");
    binder.forField(place).bind("place");
    add(kind, date, time, place);
  }

  /** An ordinary meeting at 14:00. */
  public static MeetingForm blank() {
    return new MeetingForm(MeetingKind.ORDINARY, null, LocalTime.of(14, 0), null);
  }
}
