package br.org.teia.exchange.event;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.SessionCounter;
import br.org.teia.testsupport.TeiaTestApplication;
import br.org.teia.testsupport.TestPeople;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The subscribable feed as a calendar app meets it: plain HTTP, no cookie, no session; an iCalendar
 * with the events and the same UID for an event on every poll; 404 once revoked or replaced, or
 * when the person's municipality is suspended.
 */
@SpringBootTest(classes = TeiaTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SessionCounter.class)
class CalendarFeedIT {

  static final TenantId ANDRELANDIA = TenantId.of("3102803");

  @LocalServerPort int port;
  @Autowired CalendarFeed feed;
  @Autowired EventService events;
  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;
  @Autowired SessionCounter sessions;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void a_calendar_app_polls_the_secret_address_without_a_session_until_it_is_revoked() throws Exception {
    TestPeople people = new TestPeople(onboarding, accounts);
    people.onboarded(ANDRELANDIA.ibgeCode());
    UUID person = people.account(TestPeople.unique("gestora") + "@teste.teia", Role.MUNICIPAL_MANAGER, ANDRELANDIA);
    String title = "Reunião regional " + UUID.randomUUID().toString().substring(0, 6);
    LocalDateTime start = LocalDateTime.now(EventService.ZONE).plusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
    UUID event = as(Role.ASSOCIATION_STAFF, () -> events.add(new EventForm(EventKind.REGIONAL_MEETING, title, "Pauta",
        "Andrelândia", start, start.plusHours(2), null)));
    String path = mine(person, () -> feed.issue());
    assertThat(path).matches("/publico/agenda/[A-Za-z0-9_-]{43}\\.ics");
    int sessionsBefore = sessions.created();

    HttpResponse<String> first = get(path);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
    assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("private");
    Calendar calendar = new CalendarBuilder().build(new StringReader(first.body()));
    VEvent found = calendar.<VEvent>getComponents("VEVENT").stream()
        .filter(e -> e.getSummary() != null && title.equals(e.getSummary().getValue())).findFirst().orElseThrow();
    assertThat(found.getUid().orElseThrow().getValue()).isEqualTo(event + "@teia");
    HttpResponse<String> again = get(path);
    assertThat(uids(again.body())).contains(event + "@teia"); // the same UID on every poll: apps update, not duplicate
    assertThat(sessions.created() - sessionsBefore).isZero();

    String replaced = mine(person, () -> feed.issue());
    assertThat(get(path).statusCode()).isEqualTo(404);
    assertThat(get(path).body()).contains("Endereço de agenda desconhecido ou revogado");
    assertThat(get(replaced).statusCode()).isEqualTo(200);

    onboarding.suspend(ANDRELANDIA);
    try {
      assertThat(get(replaced).statusCode()).isEqualTo(404);
    } finally {
      onboarding.reactivate(ANDRELANDIA);
    }
    assertThat(get(replaced).statusCode()).isEqualTo(200);

    mine(person, () -> {
      feed.revoke();
      return null;
    });
    assertThat(get(replaced).statusCode()).isEqualTo(404);
    assertThat(get("/publico/agenda/nao-e-um-token.ics").statusCode()).isEqualTo(404);
    assertThat(get("/publico/agenda/" + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404); // well-formed, unknown
  }

  private <T> T mine(UUID person, java.util.function.Supplier<T> action) {
    return as(person, ANDRELANDIA, Role.MUNICIPAL_MANAGER, action);
  }

  private static List<String> uids(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "text/calendar").GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
