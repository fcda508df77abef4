package br.org.teia.exchange.event;

import br.org.teia.exchange.ExchangeAccess;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events calendar as a feed a calendar app subscribes to (ADR 0023): each person may make a
 * secret address, {@code /publico/agenda/<token>.ics}, shown once on the events page; only the
 * token's SHA-256 is kept. The address works without a session while its person may still read the
 * exchange (enabled account; association staff or a role in an active municipality); making a new
 * one or revoking ends the old one.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

  public static final String PATH = "/publico/agenda/";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final EventRepository events;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final Clock clock;

  CalendarFeed(JdbcClient jdbc, EventRepository events, CurrentUser currentUser, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.events = events;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
  }

  /** When the person's current address was made; empty when they have none. */
  @RolesAllowed(ExchangeAccess.READ)
  public Optional<Instant> issuedAt() {
    return jdbc.sql("SELECT created_at FROM platform.exchange_calendar_token WHERE account_id = ?").param(me())
        .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
  }

  /** Makes the person a new secret address (the old one stops working); answers its path. */
  @Transactional
  @RolesAllowed(ExchangeAccess.READ)
  public String issue() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    jdbc.sql("""
            INSERT INTO platform.exchange_calendar_token (account_id, token_hash, created_at) VALUES (?, ?, ?)
            ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at""")
        .params(me(), hash(token), clock.instant().atOffset(ZoneOffset.UTC)).update();
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_calendar_token", me().toString(), "feed address made");
    return PATH + token + ".ics";
  }

  /** Ends the person's address. */
  @Transactional
  @RolesAllowed(ExchangeAccess.READ)
  public void revoke() {
    jdbc.sql("DELETE FROM platform.exchange_calendar_token WHERE account_id = ?").param(me()).update();
    audit.record(AuditAction.EXCHANGE_CHANGE, "exchange_calendar_token", me().toString(), "feed address revoked");
  }

  /**
   * The calendar for a secret address, without a session: events from 90 days ago to a year ahead;
   * empty for a malformed, unknown or revoked token, or a person who may no longer read the exchange.
   */
  public Optional<String> calendar(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    Optional<UUID> reader = jdbc.sql("""
            SELECT a.id FROM platform.exchange_calendar_token k
            JOIN platform.account a ON a.id = k.account_id AND a.enabled
            WHERE k.token_hash = ? AND (
              EXISTS (SELECT 1 FROM platform.account_role r WHERE r.account_id = a.id)
              OR EXISTS (SELECT 1 FROM platform.membership m JOIN platform.tenant t ON t.ibge_code = m.ibge_code
                         WHERE m.account_id = a.id AND t.status = 'ACTIVE'))""")
        .param(hash(token)).query(UUID.class).optional();
    if (reader.isEmpty()) {
      return Optional.empty();
    }
    Instant today = clock.instant().atZone(EventService.ZONE).toLocalDate().atStartOfDay(EventService.ZONE).toInstant();
    return Optional.of(ICalendar.of(events.between(today.minusSeconds(90L * 24 * 3600), today.plusSeconds(366L * 24 * 3600))));
  }

  private UUID me() {
    return currentUser.user().orElseThrow().accountId();
  }

  private static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
