package br.org.teia.council.meeting;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.FormErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;

/** A council's meetings in a year; the secretary generates the ordinary calendar and schedules meetings. */
@Route(MeetingsView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "conselho/reunioes";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final MeetingService meetings;
  private final Select<CouncilSummary> council = new Select<>();
  private final IntegerField year = new IntegerField();
  private final Grid<MeetingSummary> grid = new Grid<>(MeetingSummary.class, false);

  public MeetingsView(MeetingService meetings, CompositionService composition, CurrentUser currentUser) {
    this.meetings = meetings;
    boolean canWrite = currentUser.can(CouncilAccess.WRITE);
    setSizeFull();
    council.setId("meetings-council");
    council.setLabel(getTranslation("council.ui.council"));
    council.setItemLabelGenerator(c -> c.acronym() + " — " + c.name());
    List<CouncilSummary> councils = composition.councils();
    council.setItems(councils);
    year.setId("meetings-year");
    year.setLabel(getTranslation("council.ui.year"));
    year.setStepButtonsVisible(true);
    year.setValue(LocalDate.now().getYear());
    council.addValueChangeListener(e -> refresh());
    year.addValueChangeListener(e -> refresh());

    Button calendar = new Button(getTranslation("council.ui.calendar-generate"), VaadinIcon.CALENDAR.create(),
        click -> openCalendar());
    calendar.setId("meetings-calendar");
    calendar.setVisible(canWrite);
    Button schedule = new Button(getTranslation("council.ui.meeting-new"), VaadinIcon.PLUS.create(), click -> openSchedule());
    schedule.setId("meeting-new");
    schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    schedule.setVisible(canWrite);
    HorizontalLayout toolbar = new HorizontalLayout(council, year, calendar, schedule);
    toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

    grid.setId("meeting-grid");
    grid.addColumn(m -> m.date().format(DATE) + " " + m.startTime()).setHeader(getTranslation("council.ui.date")).setAutoWidth(true);
    grid.addColumn(m -> getTranslation(m.kind().labelKey())).setHeader(getTranslation("council.ui.kind")).setAutoWidth(true);
    grid.addColumn(MeetingSummary::place).setHeader(getTranslation("council.ui.place"));
    grid.addColumn(m -> getTranslation(m.status().labelKey())).setHeader(getTranslation("council.ui.status")).setAutoWidth(true);
    grid.addColumn(m -> m.agendaPublishedOn() == null ? getTranslation("council.ui.agenda-unpublished")
        : getTranslation("council.ui.agenda-published-on", m.agendaPublishedOn().format(DATE), m.items()))
        .setHeader(getTranslation("council.ui.agenda")).setAutoWidth(true);
    grid.addColumn(m -> m.minutes() == null ? "—" : getTranslation(m.minutes().labelKey()))
        .setHeader(getTranslation("council.ui.minutes")).setAutoWidth(true);
    grid.setEmptyStateText(getTranslation("council.ui.meetings-empty"));
    grid.addItemClickListener(click -> UI.getCurrent().navigate(MeetingView.class, click.getItem().id().toString()));
    add(new H2(getTranslation("council.ui.meetings")), toolbar, grid);
    expand(grid);
    if (!councils.isEmpty()) {
      council.setValue(councils.getFirst());
    }
  }

  private void refresh() {
    if (council.getValue() != null && year.getValue() != null) {
      grid.setItems(meetings.meetings(council.getValue().id(), year.getValue()));
    }
  }

  private void openSchedule() {
    if (council.getValue() == null) {
      return;
    }
    Dialog dialog = new Dialog(getTranslation("council.ui.meeting-new"));
    Select<MeetingKind> kind = new Select<>();
    kind.setId("meeting-kind");
    kind.setLabel(getTranslation("council.ui.kind"));
    kind.setItems(MeetingKind.values());
    kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
    kind.setValue(MeetingKind.ORDINARY);
    DatePicker date = new DatePicker(getTranslation("council.ui.date"));
    date.setId("meeting-date");
    TimePicker time = new TimePicker(getTranslation("council.ui.time"));
    time.setId("meeting-time");
    time.setValue(LocalTime.of(14, 0));
    TextField place = new TextField(getTranslation("council.ui.place"));
    place.setId("meeting-place");
    FormErrors errors = new FormErrors(Map.of("kind", kind, "date", date, "startTime", time, "place", place));
    Button save = new Button(getTranslation("council.ui.save"), click -> {
      try {
        MeetingSummary saved = meetings.schedule(council.getValue().id(),
            new MeetingForm(kind.getValue(), date.getValue(), time.getValue(), place.getValue()));
        dialog.close();
        UI.getCurrent().navigate(MeetingView.class, saved.id().toString());
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), null);
      }
    });
    save.setId("meeting-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(kind, date, time, place));
    dialog.getFooter().add(new Button(getTranslation("council.ui.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  private void openCalendar() {
    if (council.getValue() == null) {
      return;
    }
    Dialog dialog = new Dialog(getTranslation("council.ui.calendar-generate"));
    Select<Integer> week = new Select<>();
    week.setId("calendar-week");
    week.setLabel(getTranslation("council.ui.calendar-week"));
    week.setItems(1, 2, 3, 4, 5);
    week.setItemLabelGenerator(w -> getTranslation("council.ui.calendar-week." + w));
    week.setValue(2);
    Select<DayOfWeek> day = new Select<>();
    day.setId("calendar-day");
    day.setLabel(getTranslation("council.ui.calendar-day"));
    day.setItems(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
    day.setValue(DayOfWeek.TUESDAY);
    TimePicker time = new TimePicker(getTranslation("council.ui.time"));
    time.setValue(LocalTime.of(14, 0));
    TextField place = new TextField(getTranslation("council.ui.place"));
    place.setId("calendar-place");
    FormErrors errors = new FormErrors(Map.of("startTime", time, "place", place));
    Button save = new Button(getTranslation("council.ui.calendar-generate"), click -> {
      try {
        List<MeetingSummary> created = meetings.generateCalendar(council.getValue().id(), new CalendarForm(
            year.getValue(), week.getValue(), day.getValue(), time.getValue(), place.getValue()));
        Notification.show(getTranslation("council.ui.calendar-created", created.size()));
        dialog.close();
        refresh();
      } catch (ConstraintViolationException e) {
        errors.show(e);
      } catch (TeiaException e) {
        errors.show(FormErrors.messageOf(this, e), null);
      }
    });
    save.setId("calendar-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    dialog.add(new FormLayout(week, day, time, place));
    dialog.getFooter().add(new Button(getTranslation("council.ui.cancel"), click -> dialog.close()), save);
    dialog.open();
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.meetings") + " | " + getTranslation("app.name");
  }
}
