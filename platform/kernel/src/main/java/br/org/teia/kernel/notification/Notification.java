package br.org.teia.kernel.notification;

import java.time.Instant;
import java.util.UUID;

/** One notification of one person. {@code link} is a path inside Teia (e.g. {@code conselho/reunioes}) or null. */
public record Notification(UUID id, UUID accountId, String kind, String title, String body, String link,
    Delivery delivery, Instant createdAt, Instant readAt, Instant mailedAt) {

  public boolean unread() {
    return readAt == null;
  }
}
