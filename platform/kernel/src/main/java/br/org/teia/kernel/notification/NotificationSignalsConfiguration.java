package br.org.teia.kernel.notification;

import br.org.teia.kernel.redis.RedisConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Live signals like the cache (kernel.cache): through Redis publish/subscribe, reaching every node,
 * when {@code teia.redis.enabled=true}; in this JVM otherwise.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSignalsConfiguration {

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(RedisConfiguration.ENABLED)
  static class SharedInRedis {

    @Bean
    RedisNotificationSignals notificationSignals(StringRedisTemplate redis,
        @Value("${teia.notification.redis-channel:teia:notifications}") String channel) {
      return new RedisNotificationSignals(redis, channel);
    }

    @Bean
    RedisMessageListenerContainer notificationSignalListener(RedisConnectionFactory connections,
        RedisNotificationSignals signals) {
      RedisMessageListenerContainer container = new SubscribingWhenRedisAnswers();
      container.setConnectionFactory(connections);
      container.addMessageListener((message, pattern) -> signals.received(message.getBody()),
          new ChannelTopic(signals.channel));
      return container;
    }
  }

  /**
   * A node starts whether Redis answers or not (ADR 0004): Spring's container fails the start when its
   * first subscription does not get through (seen on a busy machine: the handshake timed out after 1 s),
   * so the subscription is tried again every few seconds; meanwhile signals reach this node's screens only.
   */
  static final class SubscribingWhenRedisAnswers extends RedisMessageListenerContainer {

    private static final Logger log = LoggerFactory.getLogger(SubscribingWhenRedisAnswers.class);
    private static final Duration RETRY = Duration.ofSeconds(5);
    private volatile boolean wanted;

    @Override
    public void start() {
      wanted = true;
      subscribe();
    }

    private void subscribe() {
      try {
        super.start();
      } catch (RuntimeException e) {
        super.stop(); // lets the next start() try again
        log.warn("Redis did not take the subscription to notification signals ({}); trying again in {} s,"
            + " signals stay on this node meanwhile", e.toString(), RETRY.toSeconds());
        Thread.ofVirtual().name("teia-notification-subscription").start(() -> {
          try {
            Thread.sleep(RETRY);
          } catch (InterruptedException interrupted) {
            return;
          }
          if (wanted) {
            subscribe();
          }
        });
      }
    }

    @Override
    public void stop() {
      wanted = false;
      super.stop();
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(name = RedisConfiguration.ENABLED, havingValue = false, matchIfMissing = true)
  static class InProcess {

    @Bean
    NotificationSignals notificationSignals() {
      return new NotificationSignals.InProcess();
    }
  }

  /**
   * Publishes the account id on a channel every node subscribes to. If Redis is down the signal
   * reaches this node's screens only; the others see the change on their next refresh.
   */
  static class RedisNotificationSignals extends NotificationSignals {

    private static final Logger log = LoggerFactory.getLogger(RedisNotificationSignals.class);
    private final StringRedisTemplate redis;
    final String channel;

    RedisNotificationSignals(StringRedisTemplate redis, String channel) {
      this.redis = redis;
      this.channel = channel;
    }

    @Override
    public void signal(Set<UUID> accountIds) {
      for (UUID id : accountIds) {
        try {
          redis.convertAndSend(channel, id.toString());
        } catch (RuntimeException e) {
          log.warn("Redis unavailable, notification signal kept on this node: {}", e.toString());
          deliver(id);
        }
      }
    }

    void received(byte[] body) {
      try {
        deliver(UUID.fromString(new String(body, StandardCharsets.UTF_8)));
      } catch (IllegalArgumentException e) {
        log.debug("Ignored a malformed notification signal");
      }
    }
  }
}
