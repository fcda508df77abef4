package br.org.teia.council.meeting;

import br.org.teia.kernel.ui.PhoneColumns;
import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.council.CouncilAccess;
import br.org.teia.council.PublicAct;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/** A council's meetings in a year; the secretary generates the ordinary calendar and schedules meetings. */
@PageHelp("council.help.meetings")
@Route(MeetingsView.ROUTE)
@RolesAllowed(CouncilAccess.READ)
public class MeetingsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "conselho/reunioes";
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** Session attribute: the year the list shows. */
  private static final String YEAR = MeetingsView.class.getName() + ".year";

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
    year.setValue(rememberedYear());
    council.addValueChangeListener(e -> refresh());
    year.addValueChangeListener(e -> {
      VaadinSession.getCurrent().setAttribute(YEAR, e.getValue());
      refresh();
    });

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
    var dateColumn = grid.addColumn(m -> m.date().format(DATE) + " " + m.startTime()).setHeader(getTranslation("council.ui.date")).setAutoWidth(true);
    grid.addColumn(m -> getTranslation(m.kind().labelKey())).setHeader(getTranslation("council.ui.kind")).setAutoWidth(true);
    grid.addColumn(MeetingSummary::place).setHeader(getTranslation("council.ui.place"));
    var statusColumn = grid.addColumn(m -> getTranslation(m.status().labelKey())).setHeader(getTranslation("council.ui.status")).setAutoWidth(true);
    grid.addColumn(m -> m.agendaPublishedOn() == null ? getTranslation("council.ui.agenda-unpublished")
        : getTranslation("council.ui.agenda-published-on", m.agendaPublishedOn().format(DATE), m.items()))
        .setHeader(getTranslation("council.ui.agenda")).setAutoWidth(true);
    grid.addColumn(m -> m.minutes() == null ? "—" : getTranslation(m.minutes().labelKey()))
        .setHeader(getTranslation("council.ui.minutes")).setAutoWidth(true);
    PhoneColumns.keep(grid, dateColumn, statusColumn);
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

  /**
   * A new meeting. One dated before today is legitimate (recording a meeting already held) but
   * easily a slip: the date field says so and a dialog asks before it is saved. Once saved, the
   * list is set to the meeting's year so it is there when the secretary comes back.
   */
  private void openSchedule() {
    if (council.getValue() == null) {
      return;
    }
    AtomicReference<MeetingSummary> saved = new AtomicReference<>();
    AtomicBoolean pastConfirmed = new AtomicBoolean();
    AtomicReference<EditorDialog<MeetingForm>> dialog = new AtomicReference<>();
    dialog.set(new EditorDialog<>(getTranslation("council.ui.meeting-new"), new MeetingEditor(),
        value -> {
          if (value.date() != null && value.date().isBefore(LocalDate.now()) && !pastConfirmed.get()) {
            String date = value.date().format(DATE);
            PublicAct.confirm(this, "meeting-past-confirm", "council.ui.meeting-past.act", "council.ui.meeting-past.confirm",
                () -> {
                  pastConfirmed.set(true);
                  dialog.get().form().saveButton().click();
                  return null;
                }, () -> { }, date);
            throw new DomainRefusal("date", "council.ui.meeting-past", date); // kept open until confirmed
          }
          saved.set(meetings.schedule(council.getValue().id(), value));
          year.setValue(saved.get().date().getYear());
          return getTranslation("council.ui.meeting-saved");
        },
        () -> UI.getCurrent().navigate(MeetingView.class, saved.get().id().toString())));
    dialog.get().open(MeetingEditor.blank());
  }

  /** The year last chosen in this session (the year of a meeting just saved), this year otherwise. */
  private static int rememberedYear() {
    Object remembered = VaadinSession.getCurrent().getAttribute(YEAR);
    return remembered instanceof Integer y ? y : LocalDate.now().getYear();
  }

  private void openCalendar() {
    if (council.getValue() == null) {
      return;
    }
    new EditorDialog<>(getTranslation("council.ui.calendar-generate"), new CalendarEditor(),
        value -> getTranslation("council.ui.calendar-created",
            meetings.generateCalendar(council.getValue().id(), value).size()),
        this::refresh)
        .open(CalendarEditor.blank(year.getValue()));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("council.ui.meetings") + " | " + getTranslation("app.name");
  }
}
