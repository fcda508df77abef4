package br.org.teia.console.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.cache.CacheConfiguration;
import br.org.teia.kernel.indicators.IndicatorKind;
import br.org.teia.kernel.indicators.IndicatorsRolledUp;
import br.org.teia.kernel.redis.RedisConfiguration;
import br.org.teia.testsupport.TestRedis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.redis.cache.RedisCache;

/**
 * The comparison cache on both stores of the kernel's cache: in-process (Caffeine) and a real Redis
 * ({@link TestRedis}: the one of {@code TEIA_TEST_REDIS_URL}, or an embedded one), where two
 * application nodes share the protected comparisons and an eviction on one drops them for both.
 */
class ComparisonCacheIT {

  static final ProtectedIndicator INDICATOR = new ProtectedIndicator("testcmp.cache", IndicatorKind.RATE, 5, 2, 1,
      LocalDate.of(2026, 11, 1),
      Map.of("3118106", Figure.hidden(Visibility.PRIMARY), "3119203",
          Figure.shown(new BigDecimal("9.0000"), new BigDecimal("30.0000"))),
      Map.of("state:MG", Figure.shown(new BigDecimal("32"), new BigDecimal("96"))), false);

  @Configuration(proxyBeanMethods = false)
  @PropertySource("classpath:teia-kernel-defaults.properties")
  static class KernelDefaults {}

  static ApplicationContextRunner inProcess() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
        .withUserConfiguration(KernelDefaults.class, RedisConfiguration.class, CacheConfiguration.class)
        .withBean(ComparisonCache.class);
  }

  static ApplicationContextRunner onRedis(String prefix) {
    return inProcess().withPropertyValues("teia.redis.enabled=true", "spring.data.redis.url=" + TestRedis.get().url(),
        "teia.cache.ttl=1m", "teia.cache.redis-key-prefix=" + prefix);
  }

  @Test
  void in_process_a_comparison_is_computed_once_and_dropped_when_the_rollup_moves() {
    inProcess().run(context -> {
      assertThat(store(context.getBean(CacheManager.class))).isInstanceOf(CaffeineCache.class);
      ComparisonCache cache = context.getBean(ComparisonCache.class);
      AtomicInteger computed = new AtomicInteger();

      assertThat(cache.get("fp1:x", () -> compute(computed))).isEqualTo(INDICATOR);
      assertThat(cache.get("fp1:x", () -> compute(computed))).isEqualTo(INDICATOR);
      assertThat(computed).hasValue(1);

      context.publishEvent(new IndicatorsRolledUp(null, Set.of("testcmp.cache")));
      assertThat(cache.contains("fp1:x")).isFalse();
      cache.get("fp1:x", () -> compute(computed));
      assertThat(computed).hasValue(2);
    });
  }

  @Test
  void on_redis_two_nodes_share_the_protected_comparison_and_an_eviction_on_one_drops_it_for_both() {
    String prefix = "teia-test-" + UUID.randomUUID() + ":";
    onRedis(prefix).run(node1 -> onRedis(prefix).run(node2 -> {
      assertThat(store(node1.getBean(CacheManager.class))).isInstanceOf(RedisCache.class);
      AtomicInteger computed = new AtomicInteger();
      String key = "fp-" + UUID.randomUUID() + ":indicator";

      node1.getBean(ComparisonCache.class).get(key, () -> compute(computed));
      ProtectedIndicator onNode2 = node2.getBean(ComparisonCache.class).get(key, () -> compute(computed));

      assertThat(onNode2).isEqualTo(INDICATOR); // read back from Redis (JDK serialization), not recomputed
      assertThat(computed).hasValue(1);

      node2.publishEvent(new IndicatorsRolledUp(null, Set.of("testcmp.cache")));
      assertThat(node1.getBean(ComparisonCache.class).contains(key)).isFalse();
    }));
  }

  private static org.springframework.cache.Cache store(CacheManager caches) {
    return ((org.springframework.cache.transaction.TransactionAwareCacheDecorator) caches.getCache(ComparisonCache.NAME))
        .getTargetCache();
  }

  private static ProtectedIndicator compute(AtomicInteger computed) {
    computed.incrementAndGet();
    return INDICATOR;
  }
}
