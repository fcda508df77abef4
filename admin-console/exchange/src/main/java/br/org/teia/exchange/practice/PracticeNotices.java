package br.org.teia.exchange.practice;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.notification.Delivery;
import br.org.teia.kernel.notification.NotificationKind;
import br.org.teia.kernel.notification.Notifications;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What moderation tells people: the submitter learns each decision at once ("exchange.practice-decided"),
 * every active member's people learn of a newly published practice ("exchange.practice-published",
 * daily digest unless they chose otherwise). Written in the decision's transaction.
 */
@Component
public class PracticeNotices {

  public static final String DECIDED = "exchange.practice-decided";
  public static final String PUBLISHED = "exchange.practice-published";

  private final Notifications notifications;
  private final MessageSource messages;

  PracticeNotices(Notifications notifications, MessageSource messages) {
    this.notifications = notifications;
    this.messages = messages;
  }

  @Bean
  static NotificationKind exchangePracticeDecided() {
    return new NotificationKind(DECIDED, "exchange.notification.practice-decided", Delivery.IMMEDIATE);
  }

  @Bean
  static NotificationKind exchangePracticePublished() {
    return new NotificationKind(PUBLISHED, "exchange.notification.practice-published", Delivery.DAILY);
  }

  void decided(PracticeSummary practice, Optional<UUID> submitter) {
    submitter.ifPresent(account -> notifications.notify(account, DECIDED,
        text("exchange.notification.practice-decided.title." + practice.status().name(), shortened(practice.title())),
        practice.decisionNote() == null ? "" : practice.decisionNote(),
        PracticesView.ROUTE + "/" + practice.id()));
  }

  void published(PracticeSummary practice, List<UUID> members) {
    if (!members.isEmpty()) {
      notifications.notify(members, PUBLISHED,
          text("exchange.notification.practice-published.title", shortened(practice.title())),
          text("exchange.notification.practice-published.body", practice.municipality()),
          PracticesView.ROUTE + "/" + practice.id());
    }
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, I18nConfiguration.PT_BR);
  }

  private static String shortened(String title) {
    return title.length() <= 150 ? title : title.substring(0, 149) + "…";
  }
}
