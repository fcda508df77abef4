package br.org.teia.kernel.redis;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Redis is optional: {@code teia.redis.enabled=true} (with {@code spring.data.redis.url}) makes the
 * cache and the login throttle shared between nodes; otherwise both stay in-process. Whatever uses
 * Redis must keep working when it is down, so a dead connection must fail fast.
 */
@Configuration(proxyBeanMethods = false)
public class RedisConfiguration {

  /** The switch, false by default (teia-kernel-defaults.properties). */
  public static final String ENABLED = "teia.redis.enabled";

  /**
   * While disconnected, Lettuce would queue commands until the command timeout and replay them on
   * reconnect; rejecting them at once lets callers fall back immediately. Reconnection still
   * happens in the background.
   */
  @Bean
  LettuceClientOptionsBuilderCustomizer teiaRejectCommandsWhileDisconnected() {
    return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
  }
}
