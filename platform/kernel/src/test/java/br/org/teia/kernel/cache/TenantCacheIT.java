package br.org.teia.kernel.cache;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.redis.RedisConfiguration;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import br.org.teia.testsupport.TestRedis;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.data.redis.cache.RedisCache;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The kernel cache on both stores: Caffeine in-process, and a real Redis ({@link TestRedis}). */
class TenantCacheIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId SABARA = TenantId.of("3156700");

  /** A cached lookup that tells which call computed its answer. */
  static class Names {

    private final AtomicInteger calls = new AtomicInteger();

    public int calls() { // through the proxy: its own fields are not the target's
      return calls.get();
    }

    @Cacheable("names")
    public String name(String code) {
      return TenantScope.current().map(TenantId::toString).orElse("platform") + "/" + code
          + "#" + calls.incrementAndGet();
    }

    @CacheEvict("names")
    public void forget(String code) {}
  }

  @Configuration(proxyBeanMethods = false)
  @PropertySource("classpath:teia-kernel-defaults.properties")
  static class KernelDefaults {}

  static ApplicationContextRunner kernelCache() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
        .withUserConfiguration(KernelDefaults.class, RedisConfiguration.class, CacheConfiguration.class)
        .withBean(Names.class);
  }

  static ApplicationContextRunner onRedis(String url) {
    return kernelCache().withPropertyValues("teia.redis.enabled=true", "spring.data.redis.url=" + url,
        "teia.cache.ttl=1m", // what a test leaves in a shared Redis goes away soon
        // a shared Redis may serve other test runs at once: keys of our own
        "teia.cache.redis-key-prefix=teia-test-" + UUID.randomUUID() + ":");
  }

  abstract static class EitherStore {

    abstract ApplicationContextRunner runner();

    @Test
    void the_same_call_under_two_tenants_gives_two_entries() {
      runner().run(context -> {
        Names names = context.getBean(Names.class);
        String contagem = in(CONTAGEM, () -> names.name("x"));
        String sabara = in(SABARA, () -> names.name("x"));
        String platform = names.name("x");

        assertThat(contagem).isEqualTo("3118601/x#1");
        assertThat(sabara).isEqualTo("3156700/x#2");
        assertThat(platform).isEqualTo("platform/x#3");
        assertThat(in(CONTAGEM, () -> names.name("x"))).isEqualTo(contagem);
        assertThat(in(SABARA, () -> names.name("x"))).isEqualTo(sabara);
        assertThat(names.name("x")).isEqualTo(platform);
        assertThat(names.calls()).isEqualTo(3);
      });
    }

    @Test
    void eviction_removes_the_entry_of_the_current_tenant_only() {
      runner().run(context -> {
        Names names = context.getBean(Names.class);
        String contagem = in(CONTAGEM, () -> names.name("x"));
        String sabara = in(SABARA, () -> names.name("x"));

        in(CONTAGEM, () -> {
          names.forget("x");
          return null;
        });

        assertThat(in(CONTAGEM, () -> names.name("x"))).isNotEqualTo(contagem).isEqualTo("3118601/x#3");
        assertThat(in(SABARA, () -> names.name("x"))).isEqualTo(sabara);
      });
    }
  }

  @Nested
  class InProcess extends EitherStore {

    @Override
    ApplicationContextRunner runner() {
      return kernelCache();
    }

    @Test
    void caffeine_is_the_store_unless_redis_is_enabled() {
      runner().run(context ->
          assertThat(store(context.getBean(CacheManager.class))).isInstanceOf(CaffeineCache.class));
    }
  }

  @Nested
  class InRedis extends EitherStore {

    @Override
    ApplicationContextRunner runner() {
      return onRedis(TestRedis.get().url());
    }

    @Test
    void redis_is_the_store_and_its_keys_carry_the_tenant() {
      String prefix = "teia-test-" + UUID.randomUUID() + ":";
      runner().withPropertyValues("teia.cache.redis-key-prefix=" + prefix).run(context -> {
        assertThat(store(context.getBean(CacheManager.class))).isInstanceOf(RedisCache.class);
        Names names = context.getBean(Names.class);
        in(CONTAGEM, () -> names.name("x"));
        names.name("x");

        StringRedisTemplate redis = context.getBean(StringRedisTemplate.class);
        assertThat(redis.keys(prefix + "*")).containsExactlyInAnyOrder(
            prefix + "names::mun_3118601:x", prefix + "names::platform:x");
        assertThat(redis.getExpire(prefix + "names::platform:x")).isPositive();
        redis.delete(redis.keys(prefix + "*"));
      });
    }

    @Test
    void calls_still_succeed_when_redis_goes_down() {
      TestRedis own = TestRedis.startPrivate();
      onRedis(own.url()).run(context -> {
        Names names = context.getBean(Names.class);
        assertThat(in(CONTAGEM, () -> names.name("x"))).isEqualTo("3118601/x#1");
        assertThat(in(CONTAGEM, () -> names.name("x"))).isEqualTo("3118601/x#1");
        assertThat(context.getBean(StringRedisTemplate.class).keys("*")).hasSize(1);

        own.stop();

        long start = System.nanoTime();
        assertThat(in(CONTAGEM, () -> names.name("x"))).isEqualTo("3118601/x#2");
        assertThat(in(CONTAGEM, () -> names.name("x"))).isEqualTo("3118601/x#3"); // every call a miss
        in(CONTAGEM, () -> {
          names.forget("x");
          return null;
        });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
      });
    }

    @Test
    void calls_still_succeed_when_redis_is_down_from_the_start() {
      onRedis(TestRedis.closedPortUrl()).run(context -> {
        Names names = context.getBean(Names.class);
        assertThat(in(SABARA, () -> names.name("y"))).isEqualTo("3156700/y#1");
        assertThat(in(SABARA, () -> names.name("y"))).isEqualTo("3156700/y#2");
      });
    }
  }

  static <T> T in(TenantId tenant, java.util.function.Supplier<T> work) {
    try (var scope = TenantScope.enter(tenant)) {
      return work.get();
    }
  }

  /** The store behind the after-commit proxy every cache manager is wrapped in. */
  static Object store(CacheManager manager) {
    org.springframework.cache.Cache cache = manager.getCache("probe");
    return cache instanceof org.springframework.cache.transaction.TransactionAwareCacheDecorator aware
        ? aware.getTargetCache() : cache;
  }
}
