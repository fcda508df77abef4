package br.org.teia.exchange.event;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.kernel.export.Downloads;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.form.EditorDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The events calendar: the upcoming events as a list (registration link, .ics of each), or a month
 * as a table of weeks (previous and next month), chosen with a radio group; the whole calendar as
 * .ics; staff add events.
 */
@PageHelp("exchange.help.events")
@Route(EventsView.ROUTE)
@RolesAllowed(ExchangeAccess.READ)
public class EventsView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "eventos";
  static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(EventService.ZONE);
  static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm").withZone(EventService.ZONE);

  private final EventService events;
  private final Grid<EventSummary> list = new Grid<>();
  private final VerticalLayout monthView = new VerticalLayout();
  private YearMonth month;

  public EventsView(EventService events, CalendarFeed calendarFeed, CurrentUser currentUser, Clock clock,
      org.springframework.core.env.Environment environment) {
    this.events = events;
    this.month = YearMonth.now(clock.withZone(EventService.ZONE));
    setMaxWidth("80rem");
    Anchor feed = new Anchor(DownloadHandler.fromInputStream(event -> Downloads.download(
        events.icalendar().getBytes(StandardCharsets.UTF_8), "eventos-cogemas.ics", ICalendar.TYPE)),
        getTranslation("exchange.event.export"));
    feed.setId("events-ics");
    HorizontalLayout actions = new HorizontalLayout(feed);
    actions.setAlignItems(FlexComponent.Alignment.BASELINE);
    if (currentUser.can(ExchangeAccess.PUBLISH)) {
      Button add = new Button(getTranslation("exchange.event.new"), click -> openEditor(clock));
      add.setId("event-new");
      add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.addComponentAsFirst(add);
    }

    list.setId("events");
    list.addColumn(e -> WHEN.format(e.startsAt())).setHeader(getTranslation("exchange.event.starts")).setAutoWidth(true);
    list.addColumn(e -> getTranslation(e.kind().labelKey())).setHeader(getTranslation("exchange.event.kind")).setAutoWidth(true);
    list.addColumn(EventSummary::title).setHeader(getTranslation("exchange.event.title")).setFlexGrow(3);
    list.addColumn(EventSummary::place).setHeader(getTranslation("exchange.event.place")).setFlexGrow(2);
    list.addComponentColumn(this::links).setHeader(getTranslation("exchange.event.links")).setAutoWidth(true);
    list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    list.setEmptyStateText(getTranslation("exchange.event.none"));
    list.setAllRowsVisible(true);

    monthView.setId("events-month");
    monthView.setPadding(false);
    monthView.setVisible(false);
    // A radio group, not a TabSheet: Vaadin's tabs fail axe's aria-required-children (issue 14).
    RadioButtonGroup<Mode> mode = new RadioButtonGroup<>(getTranslation("exchange.event.show"));
    mode.setId("events-mode");
    mode.setItems(Mode.values());
    mode.setItemLabelGenerator(m -> getTranslation(m.labelKey));
    mode.setValue(Mode.LIST);
    mode.addValueChangeListener(change -> {
      list.setVisible(change.getValue() == Mode.LIST);
      monthView.setVisible(change.getValue() == Mode.MONTH);
    });
    add(new H2(getTranslation("exchange.event.page")), actions, mode, list, monthView,
        subscription(calendarFeed, environment.getProperty("teia.public-url", "")));
    refresh();
  }

  /**
   * The person's secret address for a calendar app (CalendarFeed, ADR 0023): made here and shown
   * once, in a read-only field to copy; made again or revoked, the old one stops working.
   */
  private Section subscription(CalendarFeed feed, String publicUrl) {
    Section section = new Section();
    section.setId("events-feed");
    section.setWidthFull();
    Paragraph state = new Paragraph();
    state.setId("feed-state");
    TextField url = new TextField(getTranslation("exchange.event.feed.url"));
    url.setId("feed-url");
    url.setReadOnly(true);
    url.setWidthFull();
    url.setHelperText(getTranslation("exchange.event.feed.url.help"));
    url.setVisible(false);
    Button revoke = new Button(getTranslation("exchange.event.feed.revoke"));
    revoke.setId("feed-revoke");
    Button issue = new Button();
    issue.setId("feed-issue");
    Runnable show = () -> {
      var issued = feed.issuedAt();
      state.setText(issued.map(at -> getTranslation("exchange.event.feed.issued", WHEN.format(at)))
          .orElse(getTranslation("exchange.event.feed.none")));
      issue.setText(getTranslation(issued.isPresent() ? "exchange.event.feed.reissue" : "exchange.event.feed.issue"));
      revoke.setVisible(issued.isPresent());
    };
    issue.addClickListener(click -> {
      url.setValue(base(publicUrl) + feed.issue());
      url.setVisible(true);
      show.run();
      com.vaadin.flow.component.notification.Notification.show(getTranslation("exchange.event.feed.made"));
    });
    revoke.addClickListener(click -> {
      feed.revoke();
      url.clear();
      url.setVisible(false);
      show.run();
      com.vaadin.flow.component.notification.Notification.show(getTranslation("exchange.event.feed.revoked"));
    });
    show.run();
    HorizontalLayout buttons = new HorizontalLayout(issue, revoke);
    section.add(new H3(getTranslation("exchange.event.feed.title")), new Paragraph(getTranslation("exchange.event.feed.about")),
        state, buttons, url);
    return section;
  }

  /** The address people reach Teia at: teia.public-url, else the one this request came to. */
  private static String base(String publicUrl) {
    if (!publicUrl.isBlank()) {
      return publicUrl.strip().replaceAll("/+$", "");
    }
    var request = com.vaadin.flow.server.VaadinServletRequest.getCurrent();
    if (request == null) {
      return "";
    }
    var http = request.getHttpServletRequest();
    boolean defaultPort = http.getServerPort() == 80 && "http".equals(http.getScheme())
        || http.getServerPort() == 443 && "https".equals(http.getScheme());
    return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
        + http.getContextPath();
  }

  /** What the page shows: the upcoming events as a list, or a month. */
  enum Mode {
    LIST("exchange.event.list"), MONTH("exchange.event.month");

    final String labelKey;

    Mode(String labelKey) {
      this.labelKey = labelKey;
    }
  }

  private Component links(EventSummary event) {
    HorizontalLayout links = new HorizontalLayout();
    if (event.registrationUrl() != null) {
      Anchor register = new Anchor(event.registrationUrl(), getTranslation("exchange.event.register"), AnchorTarget.BLANK);
      register.getElement().setAttribute("rel", "noopener noreferrer");
      register.setId("register-" + event.id());
      links.add(register);
    }
    Anchor ics = new Anchor(DownloadHandler.fromInputStream(e -> Downloads.download(
        events.icalendar(event.id()).getBytes(StandardCharsets.UTF_8), "evento.ics", ICalendar.TYPE)), ".ics");
    ics.getElement().setAttribute("aria-label", getTranslation("exchange.event.ics", event.title()));
    links.add(ics);
    return links;
  }

  private void refresh() {
    list.setItems(events.upcoming());
    showMonth();
  }

  /** The month as a table (a week per row, Monday first), each day with its events' times and titles. */
  private void showMonth() {
    monthView.removeAll();
    Button previous = new Button(getTranslation("exchange.event.previous"), click -> {
      month = month.minusMonths(1);
      showMonth();
    });
    previous.setId("month-previous");
    Button next = new Button(getTranslation("exchange.event.next"), click -> {
      month = month.plusMonths(1);
      showMonth();
    });
    next.setId("month-next");
    Locale locale = getLocale() == null ? Locale.forLanguageTag("pt-BR") : getLocale();
    H3 title = new H3(month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale) + " " + month.getYear());
    title.setId("month-title");
    HorizontalLayout header = new HorizontalLayout(previous, title, next);
    header.setAlignItems(FlexComponent.Alignment.CENTER);

    List<EventSummary> inMonth = events.month(month);
    NativeTable table = new NativeTable();
    table.setId("month-table");
    table.setCaptionText(title.getText());
    table.getCaption().getStyle().set("position", "absolute").set("width", "1px").set("height", "1px")
        .set("overflow", "hidden").set("clip", "rect(0 0 0 0)"); // for screen readers: the H3 shows it
    table.getStyle().set("table-layout", "fixed").set("border-collapse", "collapse").set("width", "100%");
    NativeTableRow days = table.getHead().addRow();
    for (DayOfWeek day : DayOfWeek.values()) {
      NativeTableHeaderCell name = days.addHeaderCell();
      name.setText(day.getDisplayName(TextStyle.SHORT, locale));
      name.getElement().setAttribute("abbr", day.getDisplayName(TextStyle.FULL, locale));
    }
    NativeTableBody body = table.getBody();
    LocalDate first = month.atDay(1);
    NativeTableRow week = body.addRow();
    for (int blank = 1; blank < first.getDayOfWeek().getValue(); blank++) {
      week.addDataCell();
    }
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate date = month.atDay(d);
      if (date.getDayOfWeek() == DayOfWeek.MONDAY && d > 1) {
        week = body.addRow();
      }
      NativeTableCell cell = week.addDataCell();
      cell.add(new Span(String.valueOf(d)));
      cell.setId("day-" + date);
      cell.getStyle().set("height", "4rem").set("vertical-align", "top")
          .set("border", "1px solid var(--lumo-contrast-10pct)").set("padding", "2px");
      inMonth.stream().filter(e -> !date.isBefore(e.startsAt().atZone(EventService.ZONE).toLocalDate())
              && !date.isAfter(e.endsAt().atZone(EventService.ZONE).toLocalDate()))
          .forEach(e -> {
            Div item = new Div(HOUR.format(e.startsAt()) + " " + e.title());
            item.getStyle().set("font-size", "var(--lumo-font-size-s)");
            cell.add(item);
          });
    }
    monthView.add(header, table);
  }

  private void openEditor(Clock clock) {
    EditorDialog<EventForm> dialog = new EditorDialog<>(getTranslation("exchange.event.new"), new EventEditor(), value -> {
      events.add(value);
      return getTranslation("exchange.event.saved", value.title());
    }, this::refresh);
    dialog.setId("event-dialog");
    dialog.setWidth("min(50rem, 95vw)");
    dialog.open(EventEditor.blank(java.time.LocalDateTime.now(clock.withZone(EventService.ZONE))));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("exchange.event.page") + " | " + getTranslation("app.name");
  }
}
