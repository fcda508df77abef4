package br.org.teia.kernel.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox table ({@code platform.mail_outbox}, schema-qualified SQL): what {@link Mailer} writes,
 * what {@link MailRelay} claims and marks, and what the console lists.
 */
@Repository
public class MailOutbox {

  private static final String COLUMNS =
      "id, recipient, subject, body, status, attempts, next_attempt_at, last_error, created_at, sent_at";

  private final JdbcClient jdbc;

  MailOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  UUID add(String recipient, String subject, String body) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO platform.mail_outbox (id, recipient, subject, body) VALUES (?, ?, ?, ?)")
        .params(id, recipient, subject, body).update();
    return id;
  }

  /** The newest mails first, of one status or of all ({@code null}). */
  public List<OutboxMail> recent(MailStatus status, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.mail_outbox WHERE (?::varchar IS NULL OR status = ?)"
            + " ORDER BY created_at DESC, id LIMIT ?")
        .params(status == null ? null : status.name(), status == null ? null : status.name(), limit)
        .query(OutboxMail.class).list();
  }

  /** One mail, with its text. */
  public Optional<OutboxMail> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.mail_outbox WHERE id = ?").param(id)
        .query(OutboxMail.class).optional();
  }

  public long count(MailStatus status) {
    return jdbc.sql("SELECT count(*) FROM platform.mail_outbox WHERE status = ?")
        .param(status.name()).query(Long.class).single();
  }

  /**
   * Takes up to {@code limit} due mails for this relay: their next attempt moves {@code claim}
   * ahead, so no other node takes them meanwhile (rows locked by another claim are skipped), and
   * a node that dies mid-send leaves them to be tried again after the claim.
   */
  List<OutboxMail> claimDue(int limit, Duration claim) {
    return jdbc.sql("""
            UPDATE platform.mail_outbox SET next_attempt_at = now() + ?::interval, attempts = attempts + 1
            WHERE id IN (SELECT id FROM platform.mail_outbox
                         WHERE status = 'PENDING' AND next_attempt_at <= now()
                         ORDER BY next_attempt_at, created_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING """ + " " + COLUMNS)
        .params(claim.toSeconds() + " seconds", limit)
        .query(OutboxMail.class).list();
  }

  void markSent(UUID id) {
    jdbc.sql("UPDATE platform.mail_outbox SET status = 'SENT', sent_at = now(), last_error = NULL WHERE id = ?")
        .param(id).update();
  }

  /** A failed attempt: tried again after {@code wait}, or FAILED for good when {@code giveUp}. */
  void markFailed(UUID id, String error, Duration wait, boolean giveUp) {
    jdbc.sql("UPDATE platform.mail_outbox SET status = ?, last_error = ?, next_attempt_at = now() + ?::interval"
            + " WHERE id = ?")
        .params(giveUp ? "FAILED" : "PENDING", error, wait.toSeconds() + " seconds", id).update();
  }

}
