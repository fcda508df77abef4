package br.org.teia.exchange.event;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolationException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Events by month and upcoming, exported as iCalendar that a calendar reader parses back. */
@SpringBootTest(classes = TeiaTestApplication.class)
class EventServiceIT {

  static final TenantId ABAETE = TenantId.of("3100203");

  @Autowired EventService events;

  @Test
  void an_event_is_listed_in_its_month_and_exported_as_icalendar() throws Exception {
    String title = "Reunião regional do Alto São Francisco " + UUID.randomUUID().toString().substring(0, 6);
    LocalDateTime start = LocalDateTime.now(EventService.ZONE).plusDays(40).withHour(9).withMinute(0).withSecond(0).withNano(0);
    UUID id = as(Role.ASSOCIATION_STAFF, () -> events.add(new EventForm(EventKind.REGIONAL_MEETING, title, "Pauta: vigilância",
        "Câmara Municipal de Abaeté", start, start.plusHours(3), "https://inscricoes.cogemas.org.br/regional")));

    assertThat(as(ABAETE, Role.MUNICIPAL_STAFF, () -> events.month(YearMonth.from(start))))
        .extracting(EventSummary::id).contains(id);
    assertThat(as(ABAETE, Role.MUNICIPAL_STAFF, () -> events.month(YearMonth.from(start).plusMonths(1))))
        .extracting(EventSummary::id).doesNotContain(id);
    assertThat(as(ABAETE, Role.MUNICIPAL_STAFF, () -> events.upcoming())).extracting(EventSummary::id).contains(id);

    String ics = as(ABAETE, Role.MUNICIPAL_STAFF, () -> events.icalendar(id));
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    assertThat(event.getSummary().getValue()).isEqualTo(title);
    assertThat(event.getUid().orElseThrow().getValue()).isEqualTo(id + "@teia");
    assertThat(event.getLocation().getValue()).isEqualTo("Câmara Municipal de Abaeté");
    assertThat(ics).contains("DTSTART:" + start.atZone(EventService.ZONE).withZoneSameInstant(java.time.ZoneOffset.UTC)
        .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")));
    assertThat(as(ABAETE, Role.MUNICIPAL_STAFF, () -> events.icalendar())).contains(title.substring(0, 20));
  }

  @Test
  void an_event_cannot_end_before_it_starts_and_links_are_web_addresses() {
    LocalDateTime start = LocalDateTime.now(EventService.ZONE).plusDays(3);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> events.add(new EventForm(EventKind.TRAINING, "Curso", null,
        null, start, start.minusHours(1), null)))).isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> events.add(new EventForm(EventKind.TRAINING, "Curso", null,
        null, start, start.plusHours(1), "javascript:alert(1)")))).isInstanceOf(ConstraintViolationException.class);
  }
}
