package br.org.teia.kernel.notification;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Notifications and preferences in the platform schema (schema-qualified SQL). */
@Repository
class NotificationRepository {

  private static final String COLUMNS =
      "id, account_id, kind, title, body, link, delivery, created_at, read_at, mailed_at";

  private final JdbcClient jdbc;

  NotificationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The e-mail of an enabled account (empty when it has none); empty optional when no such enabled account. */
  Optional<Optional<String>> recipient(UUID accountId) {
    return jdbc.sql("SELECT coalesce(email, '') FROM platform.account WHERE id = ? AND enabled")
        .param(accountId).query(String.class).optional()
        .map(email -> email.isBlank() ? Optional.<String>empty() : Optional.of(email));
  }

  UUID insert(UUID accountId, String kind, String title, String body, String link, Delivery delivery, boolean mailed) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO platform.notification (id, account_id, kind, title, body, link, delivery, mailed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN now() END)")
        .params(id, accountId, kind, title, body, link, delivery.name(), mailed).update();
    return id;
  }

  List<Notification> recent(UUID accountId, int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.notification WHERE account_id = ?"
            + " ORDER BY created_at DESC, id LIMIT ?")
        .params(accountId, limit).query(Notification.class).list();
  }

  long unread(UUID accountId) {
    return jdbc.sql("SELECT count(*) FROM platform.notification WHERE account_id = ? AND read_at IS NULL")
        .param(accountId).query(Long.class).single();
  }

  int markRead(UUID accountId, UUID id) {
    return jdbc.sql("UPDATE platform.notification SET read_at = now() WHERE account_id = ? AND id = ? AND read_at IS NULL")
        .params(accountId, id).update();
  }

  int markAllRead(UUID accountId) {
    return jdbc.sql("UPDATE platform.notification SET read_at = now() WHERE account_id = ? AND read_at IS NULL")
        .param(accountId).update();
  }

  Map<String, Delivery> preferences(UUID accountId) {
    Map<String, Delivery> chosen = new HashMap<>();
    jdbc.sql("SELECT kind, delivery FROM platform.notification_preference WHERE account_id = ?").param(accountId)
        .query((rs, i) -> chosen.put(rs.getString(1), Delivery.valueOf(rs.getString(2)))).list();
    return chosen;
  }

  void choose(UUID accountId, String kind, Delivery delivery) {
    jdbc.sql("INSERT INTO platform.notification_preference (account_id, kind, delivery) VALUES (?, ?, ?)"
            + " ON CONFLICT (account_id, kind) DO UPDATE SET delivery = excluded.delivery")
        .params(accountId, kind, delivery.name()).update();
  }

  /** The people with items waiting for a digest of this frequency. */
  List<UUID> awaitingDigest(Delivery frequency) {
    return jdbc.sql("SELECT DISTINCT account_id FROM platform.notification WHERE delivery = ? AND mailed_at IS NULL")
        .param(frequency.name()).query(UUID.class).list();
  }

  /**
   * One person's items waiting for a digest, locked until the transaction ends; rows another
   * digest run holds are skipped (it mails them).
   */
  List<Notification> lockAwaitingDigest(UUID accountId, Delivery frequency) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.notification WHERE account_id = ? AND delivery = ?"
            + " AND mailed_at IS NULL ORDER BY kind, created_at, id FOR UPDATE SKIP LOCKED")
        .params(accountId, frequency.name()).query(Notification.class).list();
  }

  void markMailed(Collection<UUID> ids) {
    for (UUID id : ids) {
      jdbc.sql("UPDATE platform.notification SET mailed_at = now() WHERE id = ?").param(id).update();
    }
  }
}
