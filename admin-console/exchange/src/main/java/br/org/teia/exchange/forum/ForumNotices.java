package br.org.teia.exchange.forum;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.notification.Delivery;
import br.org.teia.kernel.notification.NotificationKind;
import br.org.teia.kernel.notification.Notifications;
import java.util.Collection;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * What the forum tells people through the kernel's notifications: a person mentioned in a post
 * ("exchange.forum-mention", at once by default) and the followers of a topic that got a reply
 * ("exchange.forum-reply", daily digest by default). Written in the post's transaction.
 */
@Component
public class ForumNotices {

  public static final String MENTION = "exchange.forum-mention";
  public static final String REPLY = "exchange.forum-reply";

  private final Notifications notifications;
  private final MessageSource messages;

  ForumNotices(Notifications notifications, MessageSource messages) {
    this.notifications = notifications;
    this.messages = messages;
  }

  @Bean
  static NotificationKind exchangeForumMention() {
    return new NotificationKind(MENTION, "exchange.notification.forum-mention", Delivery.IMMEDIATE);
  }

  @Bean
  static NotificationKind exchangeForumReply() {
    return new NotificationKind(REPLY, "exchange.notification.forum-reply", Delivery.DAILY);
  }

  void mentioned(Collection<java.util.UUID> people, String author, String topicTitle, java.util.UUID topic) {
    if (!people.isEmpty()) {
      notifications.notify(people, MENTION, text("exchange.notification.forum-mention.title", author, shortened(topicTitle)),
          "", ForumTopicView.ROUTE + "/" + topic);
    }
  }

  void replied(Collection<java.util.UUID> followers, String author, String topicTitle, java.util.UUID topic) {
    if (!followers.isEmpty()) {
      notifications.notify(followers, REPLY, text("exchange.notification.forum-reply.title", shortened(topicTitle)),
          text("exchange.notification.forum-reply.body", author), ForumTopicView.ROUTE + "/" + topic);
    }
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, I18nConfiguration.PT_BR);
  }

  private static String shortened(String title) {
    return title.length() <= 120 ? title : title.substring(0, 119) + "…";
  }
}
