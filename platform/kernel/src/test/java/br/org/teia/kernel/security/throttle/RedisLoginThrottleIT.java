package br.org.teia.kernel.security.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.redis.RedisConfiguration;
import br.org.teia.testsupport.TestRedis;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The shared throttle on a real Redis, with short durations: 3 failures in 2 s lock for 1 s. */
class RedisLoginThrottleIT {

  @Configuration(proxyBeanMethods = false)
  @PropertySource("classpath:teia-kernel-defaults.properties")
  static class KernelDefaults {}

  static ApplicationContextRunner throttleOn(String redisUrl) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
        .withUserConfiguration(KernelDefaults.class, RedisConfiguration.class, LoginThrottleConfiguration.class)
        .withBean(Clock.class, Clock::systemUTC)
        .withPropertyValues("teia.redis.enabled=true", "spring.data.redis.url=" + redisUrl,
            "teia.security.login.max-failures=3", "teia.security.login.window=2s",
            "teia.security.login.lock=1s");
  }

  /** Unique per test: a shared Redis may serve other test runs at once. */
  final String key = "user:test-" + UUID.randomUUID();

  static void fail(LoginThrottle throttle, String key, int times) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(key, 3);
    }
  }

  @Test
  void a_key_is_blocked_once_failures_reach_the_maximum() {
    throttleOn(TestRedis.get().url()).run(context -> {
      LoginThrottle throttle = context.getBean(LoginThrottle.class);
      assertThat(throttle).isInstanceOf(RedisLoginThrottle.class);

      fail(throttle, key, 2);
      assertThat(throttle.isBlocked(key)).isFalse();
      StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
      fail(throttle, key, 1);
      assertThat(redis.getExpire("teia:login:lock:" + key, TimeUnit.MILLISECONDS))
          .isBetween(1L, 1_000L); // the lock (1 s), not the window (2 s), read at once: the lock is short
      assertThat(throttle.isBlocked(key)).isTrue();
      assertThat(redis.hasKey("teia:login:" + key)).isFalse(); // the 3 failures became the lock
    });
  }

  @Test
  void a_successful_login_forgets_the_failures() {
    throttleOn(TestRedis.get().url()).run(context -> {
      LoginThrottle throttle = context.getBean(LoginThrottle.class);
      fail(throttle, key, 2);
      throttle.recordSuccess(key);
      fail(throttle, key, 2);

      assertThat(throttle.isBlocked(key)).isFalse();
      throttle.recordSuccess(key);
    });
  }

  @Test
  void the_lock_expires_after_the_lock_duration() throws Exception {
    throttleOn(TestRedis.get().url()).run(context -> {
      LoginThrottle throttle = context.getBean(LoginThrottle.class);
      fail(throttle, key, 3);
      assertThat(throttle.isBlocked(key)).isTrue();

      Thread.sleep(1_300);

      assertThat(throttle.isBlocked(key)).isFalse();
      fail(throttle, key, 1);
      assertThat(throttle.isBlocked(key)).isFalse();
      throttle.recordSuccess(key);
    });
  }

  @Test
  void failures_spread_over_more_than_the_window_do_not_block() throws Exception {
    throttleOn(TestRedis.get().url()).run(context -> {
      LoginThrottle throttle = context.getBean(LoginThrottle.class);
      fail(throttle, key, 2);
      Thread.sleep(2_300);
      fail(throttle, key, 2);

      assertThat(throttle.isBlocked(key)).isFalse();
      throttle.recordSuccess(key);
    });
  }

  @Test
  void when_redis_is_down_the_throttle_falls_back_to_memory_and_never_fails_a_login() {
    throttleOn(TestRedis.closedPortUrl()).run(context -> {
      LoginThrottle throttle = context.getBean(LoginThrottle.class);
      long start = System.nanoTime();

      fail(throttle, key, 2);
      assertThat(throttle.isBlocked(key)).isFalse();
      fail(throttle, key, 1);
      assertThat(throttle.isBlocked(key)).isTrue();
      throttle.recordSuccess(key);
      assertThat(throttle.isBlocked(key)).isFalse();

      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    });
  }

  @Test
  void when_redis_goes_down_the_throttle_carries_on_in_memory() {
    TestRedis own = TestRedis.startPrivate();
    throttleOn(own.url()).run(context -> {
      LoginThrottle throttle = context.getBean(LoginThrottle.class);
      fail(throttle, key, 2);
      assertThat(throttle.isBlocked(key)).isFalse();

      own.stop();

      fail(throttle, key, 3); // counted again from zero, in memory
      assertThat(throttle.isBlocked(key)).isTrue();
    });
  }
}
