package br.org.teia.kernel.notification;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.mail.Mailer;
import br.org.teia.kernel.security.PlainText;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notifies people of something for any module, and reads and marks their notifications. Each
 * notification is stored per person; by e-mail it goes as the person chose for its kind: at once
 * (through {@link Mailer}, in the same transaction), in a digest ({@link NotificationDigests}) or
 * not at all. Open screens are signalled after the commit ({@link NotificationSignals}).
 */
@Service
public class Notifications {

  private final NotificationRepository repository;
  private final Map<String, NotificationKind> kinds;
  private final Mailer mailer;
  private final MessageSource messages;
  private final String publicBase;
  private final NotificationSignals signals;

  Notifications(NotificationRepository repository, ObjectProvider<NotificationKind> kinds, Mailer mailer,
      MessageSource messages, NotificationSignals signals, @Value("${teia.public-url:}") String publicUrl) {
    this.repository = repository;
    this.kinds = kinds.orderedStream().collect(Collectors.toMap(NotificationKind::code, Function.identity(),
        (a, b) -> { throw new IllegalStateException("notification kind registered twice: " + a.code()); },
        LinkedHashMap::new));
    this.mailer = mailer;
    this.messages = messages;
    this.publicBase = publicUrl.strip().replaceAll("/+$", "");
    this.signals = signals;
  }

  /** See {@link #notify(Collection, String, String, String, String)}. */
  @Transactional
  public void notify(UUID recipient, String kind, String title, String body, String link) {
    notify(List.of(recipient), kind, title, body, link);
  }

  /**
   * Notifies each of these accounts (disabled or unknown ones are skipped).
   *
   * @param kind the code of a registered {@link NotificationKind}
   * @param link a path inside Teia (no scheme, no host), or null
   * @throws IllegalArgumentException for an unregistered kind, an empty or too long title, a link that is not a path
   */
  @Transactional
  public void notify(Collection<UUID> recipients, String kind, String title, String body, String link) {
    NotificationKind registered = kind(kind);
    String text = body == null ? "" : body;
    if (title == null || title.isBlank() || title.length() > 200 || !PlainText.isAllowed(title) || !PlainText.isAllowed(text)) {
      throw new IllegalArgumentException("invalid notification title or body");
    }
    if (link != null && (link.length() > 500 || link.contains(":") || link.startsWith("//") || !PlainText.isAllowed(link))) {
      throw new IllegalArgumentException("a notification link is a path inside Teia");
    }
    Set<UUID> notified = new LinkedHashSet<>();
    for (UUID account : new LinkedHashSet<>(recipients)) {
      Optional<Optional<String>> email = repository.recipient(account);
      if (email.isEmpty()) {
        continue;
      }
      Delivery delivery = repository.preferences(account).getOrDefault(registered.code(), registered.byDefault());
      boolean mailNow = delivery == Delivery.IMMEDIATE && email.get().isPresent();
      if (mailNow) {
        mailer.send(email.get().get(), title.strip(), text + linkLine(link));
      }
      repository.insert(account, registered.code(), title.strip(), text, link, delivery, mailNow);
      notified.add(account);
    }
    afterCommit(() -> signals.signal(notified));
  }

  public List<Notification> recent(UUID accountId, int limit) {
    return repository.recent(accountId, limit);
  }

  public long unreadCount(UUID accountId) {
    return repository.unread(accountId);
  }

  /** Marks one of the person's own notifications read (someone else's is left alone). */
  @Transactional
  public void markRead(UUID accountId, UUID notificationId) {
    if (repository.markRead(accountId, notificationId) > 0) {
      afterCommit(() -> signals.signal(Set.of(accountId)));
    }
  }

  @Transactional
  public void markAllRead(UUID accountId) {
    if (repository.markAllRead(accountId) > 0) {
      afterCommit(() -> signals.signal(Set.of(accountId)));
    }
  }

  /** The registered kinds, in registration order. */
  public List<NotificationKind> kinds() {
    return List.copyOf(kinds.values());
  }

  /** The person's delivery for every registered kind (the kind's default where they did not choose). */
  public Map<String, Delivery> preferences(UUID accountId) {
    Map<String, Delivery> chosen = repository.preferences(accountId);
    Map<String, Delivery> all = new LinkedHashMap<>();
    kinds.values().forEach(k -> all.put(k.code(), chosen.getOrDefault(k.code(), k.byDefault())));
    return all;
  }

  /** Stores the person's choices; kinds not named keep theirs. Applies to notifications made from now on. */
  @Transactional
  public void choose(UUID accountId, Map<String, Delivery> choices) {
    choices.forEach((code, delivery) -> repository.choose(accountId, kind(code).code(), delivery));
  }

  NotificationKind kind(String code) {
    NotificationKind registered = kinds.get(code);
    if (registered == null) {
      throw new IllegalArgumentException("unregistered notification kind: " + code);
    }
    return registered;
  }

  /** "See it in Teia" with the link on {@code teia.public-url} (the path alone while that is empty). */
  String linkLine(String link) {
    if (link == null) {
      return "";
    }
    String path = link.startsWith("/") ? link : "/" + link;
    return "\n\n" + messages.getMessage("notification.mail.open", new Object[] {publicBase + path},
        I18nConfiguration.PT_BR);
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          action.run();
        }
      });
    } else {
      action.run();
    }
  }
}
