package br.org.teia.exchange.event;

import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.exchange.news.NewsService;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The association's events: staff add them; every member lists them by month or from today, and exports them. */
@Service
@Validated
@Transactional(readOnly = true)
public class EventService {

  /** Times typed and shown are Brasília's. */
  public static final ZoneId ZONE = NewsService.ZONE;

  private final EventRepository events;
  private final AuditLog audit;
  private final Clock clock;

  EventService(EventRepository events, AuditLog audit, Clock clock) {
    this.events = events;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  @RolesAllowed(ExchangeAccess.PUBLISH)
  public UUID add(@Valid EventForm form) {
    UUID id = UUID.randomUUID();
    events.insert(id, form, form.startsAt().atZone(ZONE).toInstant(), form.endsAt().atZone(ZONE).toInstant());
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_event", id.toString(), "added");
    return id;
  }

  /** Events from today on (a year ahead), by start. */
  @RolesAllowed(ExchangeAccess.READ)
  public List<EventSummary> upcoming() {
    Instant today = clock.instant().atZone(ZONE).toLocalDate().atStartOfDay(ZONE).toInstant();
    return events.between(today, today.plusSeconds(366L * 24 * 3600));
  }

  /** Events taking place in {@code month} (Brasília time), by start. */
  @RolesAllowed(ExchangeAccess.READ)
  public List<EventSummary> month(YearMonth month) {
    return events.between(month.atDay(1).atStartOfDay(ZONE).toInstant(),
        month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
  }

  /** The upcoming events as an iCalendar file. */
  @RolesAllowed(ExchangeAccess.READ)
  public String icalendar() {
    return ICalendar.of(upcoming());
  }

  /** One event as an iCalendar file. */
  @RolesAllowed(ExchangeAccess.READ)
  public String icalendar(UUID id) {
    return ICalendar.of(List.of(events.get(id).orElseThrow(() -> new NotFoundException("exchange.event.not-found"))));
  }
}
