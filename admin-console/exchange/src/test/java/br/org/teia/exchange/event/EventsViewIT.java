package br.org.teia.exchange.event;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The events page shows the upcoming events as a list or a month, chosen with a radio group (not tabs,
 * which axe refused): both show the event, and the month moves back and forth.
 */
class EventsViewIT extends UiTestBase {

  @Test
  @SuppressWarnings("unchecked")
  void the_list_and_the_month_both_show_an_upcoming_event() {
    String title = "Encontro regional " + UUID.randomUUID().toString().substring(0, 6);
    LocalDateTime start = LocalDateTime.now(EventService.ZONE).plusDays(1).withHour(9).withMinute(30).withSecond(0).withNano(0);
    loginAs(Role.ASSOCIATION_STAFF);
    context.getBean(EventService.class).add(new EventForm(EventKind.REGIONAL_MEETING, title, null, "Câmara de Abaeté",
        start, start.plusHours(2), null));

    UI.getCurrent().navigate(EventsView.class);
    Grid<EventSummary> list = _get(Grid.class, spec -> spec.withId("events"));
    RadioButtonGroup<EventsView.Mode> mode = _get(RadioButtonGroup.class, spec -> spec.withId("events-mode"));
    assertThat(mode.getLabel()).isEqualTo("Mostrar");
    assertThat(mode.getListDataView().getItems().map(m -> mode.getItemLabelGenerator().apply(m)))
        .containsExactly("Próximos eventos", "Mês");
    assertThat(_find(VerticalLayout.class, spec -> spec.withId("events-month"))).isEmpty(); // hidden
    assertThat(GridKt._findAll(list)).extracting(EventSummary::title).contains(title);

    mode.setValue(EventsView.Mode.MONTH);
    assertThat(_find(Grid.class, spec -> spec.withId("events"))).isEmpty();
    assertThat(_get(VerticalLayout.class, spec -> spec.withId("events-month")).isVisible()).isTrue();
    YearMonth shown = YearMonth.from(start);
    if (!YearMonth.now(EventService.ZONE).equals(shown)) { // tomorrow is next month: go there
      _click(_get(Button.class, spec -> spec.withId("month-next")));
    }
    Locale pt = Locale.forLanguageTag("pt-BR");
    assertThat(_get(H3.class, spec -> spec.withId("month-title")).getText())
        .isEqualTo(shown.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, pt) + " " + shown.getYear());
    NativeTable table = _get(NativeTable.class, spec -> spec.withId("month-table"));
    assertThat(table.getHead().getRows().getFirst().getHeaderCells()).hasSize(7);
    NativeTableCell day = _get(NativeTableCell.class, spec -> spec.withId("day-" + start.toLocalDate()));
    assertThat(day.getElement().getTextRecursively()).contains("09:30 " + title);

    _click(_get(Button.class, spec -> spec.withId("month-next")));
    assertThat(_get(H3.class, spec -> spec.withId("month-title")).getText())
        .isEqualTo(shown.plusMonths(1).getMonth().getDisplayName(TextStyle.FULL_STANDALONE, pt) + " " + shown.plusMonths(1).getYear());

    mode.setValue(EventsView.Mode.LIST);
    assertThat(_get(Grid.class, spec -> spec.withId("events")).isVisible()).isTrue();
    assertThat(_find(VerticalLayout.class, spec -> spec.withId("events-month"))).isEmpty();
  }

  @Test
  void a_member_makes_a_feed_address_sees_it_once_and_revokes_it() {
    loginAs(Role.COUNCIL_MEMBER, onboarded("3101904"));
    UI.getCurrent().navigate(EventsView.class);
    assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("feed-state")).getText())
        .isEqualTo("Você ainda não tem um endereço de assinatura.");
    assertThat(_find(Button.class, spec -> spec.withId("feed-revoke"))).isEmpty(); // nothing to revoke yet

    _click(_get(Button.class, spec -> spec.withId("feed-issue")));
    com.vaadin.flow.component.textfield.TextField url =
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("feed-url"));
    assertThat(url.getValue()).matches("https?://.+/publico/agenda/[A-Za-z0-9_-]{43}\\.ics");
    assertThat(url.getLabel()).isEqualTo("Endereço da agenda");
    assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("feed-state")).getText())
        .startsWith("Você tem um endereço de assinatura criado em ");
    String token = url.getValue().replaceAll(".*/agenda/(.*)\\.ics", "$1");
    assertThat(context.getBean(CalendarFeed.class).calendar(token)).isPresent();

    UI.getCurrent().navigate(br.org.teia.exchange.news.NewsFeedView.class);
    UI.getCurrent().navigate(EventsView.class); // shown once: coming back, the address is not shown again
    assertThat(_find(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("feed-url"))).isEmpty();
    _click(_get(Button.class, spec -> spec.withId("feed-revoke")));
    assertThat(context.getBean(CalendarFeed.class).calendar(token)).isEmpty();
    assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("feed-state")).getText())
        .isEqualTo("Você ainda não tem um endereço de assinatura.");
  }
}
