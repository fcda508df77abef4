package br.org.teia.council.meeting;

import br.org.teia.kernel.ui.form.EditorForm;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;

/** The yearly calendar of ordinary meetings: which week and day of each month, time and place. */
public class CalendarEditor extends EditorForm<CalendarForm> {

  /** The year comes from the view; not shown. */
  private final IntegerField year = new IntegerField();
  final Select<Integer> week = new Select<>();
  final Select<DayOfWeek> day = new Select<>();
  final TimePicker time = new TimePicker();
  final TextField place = new TextField();

  public CalendarEditor() {
    super(CalendarForm.class, "council.ui.calendar-generate", "council.ui.cancel");
    saveButton().setId("calendar-save");
    week.setId("calendar-week");
    week.setLabel(getTranslation("council.ui.calendar-week"));
    week.setItems(1, 2, 3, 4, 5);
    week.setItemLabelGenerator(w -> getTranslation("council.ui.calendar-week." + w));
    day.setId("calendar-day");
    day.setLabel(getTranslation("council.ui.calendar-day"));
    day.setItems(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
    time.setLabel(getTranslation("council.ui.time"));
    place.setLabel(getTranslation("council.ui.place"));
    place.setId("calendar-place");
    bindInt(year, "year");
    bindInt(week, "weekOfMonth");
    binder.forField(day).bind("dayOfWeek");
    binder.forField(time).bind("startTime");
    binder.forField(place).bind("place");
    add(week, day, time, place);
  }

  /** The second Tuesday of each month of {@code year}, at 14:00. */
  public static CalendarForm blank(int year) {
    return new CalendarForm(year, 2, DayOfWeek.TUESDAY, LocalTime.of(14, 0), null);
  }
}
