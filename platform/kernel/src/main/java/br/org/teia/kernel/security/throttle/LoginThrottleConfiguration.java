package br.org.teia.kernel.security.throttle;

import br.org.teia.kernel.redis.RedisConfiguration;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The {@link LoginThrottle} bean ("loginThrottle"): shared in Redis when enabled, else in memory; and
 * the {@link LoginGuard} that counts each login attempt against it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottlePolicy.class)
public class LoginThrottleConfiguration {

  @Bean
  LoginThrottle loginThrottle(LoginThrottlePolicy policy, Clock clock,
      @Value("${" + RedisConfiguration.ENABLED + ":false}") boolean redisEnabled,
      ObjectProvider<LettuceConnectionFactory> redis) {
    InProcessLoginThrottle inMemory = new InProcessLoginThrottle(policy, clock);
    return redisEnabled ? new RedisLoginThrottle(redis.getObject(), policy, inMemory, clock) : inMemory;
  }

  @Bean
  LoginGuard loginGuard(LoginThrottle loginThrottle, LoginThrottlePolicy policy) {
    return new LoginGuard(loginThrottle, policy);
  }
}
