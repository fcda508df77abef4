package br.org.teia.exchange.event;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;

/** A new event: kind, title, description, place, start and end (Brasília time), registration link. */
public class EventEditor extends EditorForm<EventForm> {

  final Select<EventKind> kind = new Select<>();
  final TextField title = new TextField();
  final TextArea description = new TextArea();
  final TextField place = new TextField();
  final DateTimePicker startsAt = new DateTimePicker();
  final DateTimePicker endsAt = new DateTimePicker();
  final TextField registrationUrl = new TextField();

  public EventEditor() {
    super(EventForm.class, "exchange.event.save", "exchange.cancel");
    saveButton().setId("event-save");
    kind.setLabel(getTranslation("exchange.event.kind"));
    kind.setId("event-kind");
    kind.setItems(EventKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
    title.setLabel(getTranslation("exchange.event.title"));
    title.setId("event-title");
    title.setMaxLength(200);
    description.setLabel(getTranslation("exchange.event.description"));
    description.setId("event-description");
    place.setLabel(getTranslation("exchange.event.place"));
    place.setId("event-place");
    startsAt.setLabel(getTranslation("exchange.event.starts"));
    startsAt.setId("event-starts");
    endsAt.setLabel(getTranslation("exchange.event.ends"));
    endsAt.setId("event-ends");
    registrationUrl.setLabel(getTranslation("exchange.event.registration"));
    registrationUrl.setId("event-registration");
    binder.forField(kind).bind("kind");
    binder.forField(title).bind("title");
    binder.forField(description).bind("description");
    binder.forField(place).bind("place");
    binder.forField(startsAt).bind("startsAt");
    binder.forField(endsAt).bind("endsAt");
    binder.forField(registrationUrl).bind("registrationUrl");
    refusalsShownOn("endsAfterStart", endsAt);
    add(kind, title, startsAt, endsAt, place, registrationUrl, description);
    setColspan(description, 2);
  }

  /** A meeting next week at nine, for two hours. */
  public static EventForm blank(LocalDateTime now) {
    LocalDateTime start = now.toLocalDate().plusDays(7).atTime(9, 0);
    return new EventForm(EventKind.ASSEMBLY, null, null, null, start, start.plusHours(2), null);
  }

  @Override
  public void focusFirst() {
    title.focus();
  }
}
