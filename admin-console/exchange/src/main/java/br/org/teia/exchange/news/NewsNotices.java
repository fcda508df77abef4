package br.org.teia.exchange.news;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.notification.Delivery;
import br.org.teia.kernel.notification.NotificationKind;
import br.org.teia.kernel.notification.Notifications;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Notícia publicada": when an item appears (at once, or when its scheduled date comes, checked
 * every minute on one node), the people of the active municipalities it goes to are notified, by
 * e-mail as each chose for this kind (a daily digest unless they changed it). Each item is
 * notified once: {@code notified_at} is set in the transaction that writes the notifications.
 */
@Component
public class NewsNotices {

  public static final String KIND = "exchange.news-published";

  private final NewsRepository news;
  private final Notifications notifications;
  private final MessageSource messages;
  private final Clock clock;

  NewsNotices(NewsRepository news, Notifications notifications, MessageSource messages, Clock clock) {
    this.news = news;
    this.notifications = notifications;
    this.messages = messages;
    this.clock = clock;
  }

  @Bean
  static NotificationKind exchangeNewsPublished() {
    return new NotificationKind(KIND, "exchange.notification.news-published", Delivery.DAILY);
  }

  /** Notifies the readers of every item whose date has come and who were not told yet. */
  @Scheduled(initialDelayString = "${teia.exchange.news-interval:60s}", fixedDelayString = "${teia.exchange.news-interval:60s}")
  @SchedulerLock(name = "exchange-news", lockAtMostFor = "PT10M")
  @Transactional
  public void notifyDue() {
    for (NewsSummary item : news.dueForNotice(clock.instant())) {
      List<UUID> readers = news.readers(item.id());
      if (!readers.isEmpty()) {
        String kind = messages.getMessage(item.kind().labelKey(), null, I18nConfiguration.PT_BR);
        notifications.notify(readers, KIND,
            messages.getMessage("exchange.notification.news-published.title", new Object[] {kind, shortened(item.title())},
                I18nConfiguration.PT_BR),
            messages.getMessage("exchange.notification.news-published.body", new Object[] {item.authorName()},
                I18nConfiguration.PT_BR),
            NewsFeedView.ROUTE);
      }
      news.notified(item.id(), clock.instant());
    }
  }

  /** A title short enough for a notification's (200 characters with the kind before it). */
  static String shortened(String title) {
    return title.length() <= 160 ? title : title.substring(0, 159) + "…";
  }
}
