package br.org.teia.kernel.notification;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.mail.Mailer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Daily and weekly digests: for each person, one mail grouping by kind every item of that frequency
 * not yet mailed. Each person's digest is one transaction that writes the outbox mail and marks its
 * items mailed, so an item is in exactly one digest: a crash or restart before the commit leaves
 * the items for the next run, and after it they are never taken again. Times in
 * {@code teia.notification.daily-digest} and {@code weekly-digest} (cron, Brasília time).
 */
@Component
public class NotificationDigests {

  private final NotificationRepository repository;
  private final Notifications notifications;
  private final Mailer mailer;
  private final MessageSource messages;
  private final TransactionTemplate transactions;

  NotificationDigests(NotificationRepository repository, Notifications notifications, Mailer mailer,
      MessageSource messages, TransactionTemplate transactions) {
    this.repository = repository;
    this.notifications = notifications;
    this.mailer = mailer;
    this.messages = messages;
    this.transactions = transactions;
  }

  @Scheduled(cron = "${teia.notification.daily-digest:0 0 7 * * *}", zone = "America/Sao_Paulo")
  @SchedulerLock(name = "notification-daily-digest")
  void dailyOnSchedule() {
    send(Delivery.DAILY);
  }

  @Scheduled(cron = "${teia.notification.weekly-digest:0 0 7 * * MON}", zone = "America/Sao_Paulo")
  @SchedulerLock(name = "notification-weekly-digest")
  void weeklyOnSchedule() {
    send(Delivery.WEEKLY);
  }

  /** Sends the digests of this frequency (DAILY or WEEKLY) now; returns how many mails were queued. */
  public int send(Delivery frequency) {
    if (frequency != Delivery.DAILY && frequency != Delivery.WEEKLY) {
      throw new IllegalArgumentException("digests are daily or weekly");
    }
    int mails = 0;
    for (UUID account : repository.awaitingDigest(frequency)) {
      Boolean queued = transactions.execute(status -> digest(account, frequency));
      if (Boolean.TRUE.equals(queued)) {
        mails++;
      }
    }
    return mails;
  }

  private boolean digest(UUID account, Delivery frequency) {
    List<Notification> items = repository.lockAwaitingDigest(account, frequency);
    if (items.isEmpty()) {
      return false;
    }
    Optional<Optional<String>> email = repository.recipient(account);
    if (email.isPresent() && email.get().isPresent()) {
      mailer.send(email.get().get(), text(frequency == Delivery.DAILY ? "notification.digest.daily.subject"
          : "notification.digest.weekly.subject", items.size()), body(items));
    }
    // no address (or account disabled): nothing to send, but the items are settled all the same
    repository.markMailed(items.stream().map(Notification::id).toList());
    return email.isPresent() && email.get().isPresent();
  }

  private String body(List<Notification> items) {
    Map<String, List<Notification>> byKind = new TreeMap<>();
    items.forEach(item -> byKind.computeIfAbsent(item.kind(), k -> new java.util.ArrayList<>()).add(item));
    StringBuilder text = new StringBuilder(text("notification.digest.intro")).append("\n");
    byKind.forEach((kind, group) -> {
      String label = notifications.kinds().stream().filter(k -> k.code().equals(kind)).findFirst()
          .map(k -> messages.getMessage(k.labelKey(), null, kind, I18nConfiguration.PT_BR)).orElse(kind);
      text.append("\n").append(label).append("\n");
      for (Notification item : group) {
        text.append("- ").append(item.title()).append("\n");
        if (!item.body().isBlank()) {
          text.append("  ").append(item.body().strip().replace("\n", "\n  ")).append("\n");
        }
        if (item.link() != null) {
          text.append("  ").append(notifications.linkLine(item.link()).strip()).append("\n");
        }
      }
    });
    return text.toString();
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, I18nConfiguration.PT_BR);
  }
}
