package br.org.teia.exchange.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events in the platform schema (schema-qualified SQL). */
@Repository
class EventRepository {

  private final JdbcClient jdbc;

  EventRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, EventForm form, Instant starts, Instant ends) {
    jdbc.sql("""
            INSERT INTO platform.exchange_event (id, kind, title, description, place, starts_at, ends_at, registration_url)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, form.kind().name(), form.title(), form.description() == null ? "" : form.description(),
            form.place() == null ? "" : form.place(), at(starts), at(ends), form.registrationUrl())
        .update();
  }

  /** Events that end at or after {@code from} and start before {@code to}, by start. */
  List<EventSummary> between(Instant from, Instant to) {
    return jdbc.sql("""
            SELECT * FROM platform.exchange_event WHERE ends_at >= ? AND starts_at < ? ORDER BY starts_at, title""")
        .params(at(from), at(to)).query((rs, n) -> map(rs)).list();
  }

  Optional<EventSummary> get(UUID id) {
    return jdbc.sql("SELECT * FROM platform.exchange_event WHERE id = ?").param(id).query((rs, n) -> map(rs)).optional();
  }

  private static EventSummary map(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new EventSummary(rs.getObject("id", UUID.class), EventKind.valueOf(rs.getString("kind")),
        rs.getString("title"), rs.getString("description"), rs.getString("place"),
        rs.getObject("starts_at", OffsetDateTime.class).toInstant(), rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
        rs.getString("registration_url"));
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
