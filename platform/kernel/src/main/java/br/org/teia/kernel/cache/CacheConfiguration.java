package br.org.teia.kernel.cache;

import br.org.teia.kernel.redis.RedisConfiguration;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.KeyGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Spring's cache abstraction ({@code @Cacheable}, {@code @CacheEvict}) for every module: Redis,
 * shared by all nodes, when {@code teia.redis.enabled=true}; Caffeine in each JVM otherwise. Keys
 * always carry the tenant ({@link TenantKeyGenerator}); a store that fails is a miss
 * ({@link MissOnFailureCacheErrorHandler}). Settings: {@link CacheSettings}.
 *
 * <p>Redis values use JDK serialization: cache records that implement {@code Serializable}.
 */
@Configuration
@EnableCaching
@EnableConfigurationProperties(CacheSettings.class)
public class CacheConfiguration implements CachingConfigurer {

  @Bean("tenantKeyGenerator")
  @Override
  public KeyGenerator keyGenerator() {
    return new TenantKeyGenerator();
  }

  /**
   * The tenant alone as key (arguments ignored): for a per-tenant aggregate that any change of the
   * tenant's data evicts, e.g. {@code @Cacheable(keyGenerator = "tenantOnlyKeyGenerator") count()}
   * with {@code @CacheEvict(keyGenerator = "tenantOnlyKeyGenerator") create(form)}.
   */
  @Bean("tenantOnlyKeyGenerator")
  public KeyGenerator tenantOnlyKeyGenerator() {
    return (target, method, params) -> new TenantCacheKey(TenantKeyGenerator.currentScope());
  }

  @Bean
  @Override
  public CacheErrorHandler errorHandler() {
    return new MissOnFailureCacheErrorHandler();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(RedisConfiguration.ENABLED)
  static class SharedInRedis {

    @Bean
    CacheManager cacheManager(RedisConnectionFactory connections, CacheSettings settings) {
      RedisCacheWriter writer = RedisCacheWriter.create(connections, writes -> writes
          // Spring Data Redis 4 writes asynchronously by default: a read right after an evict could
          // still see the old entry, and failed writes would bypass the error handler.
          .immediateWrites()
          .batchStrategy(BatchStrategies.scan(1000))); // clear() with SCAN: KEYS blocks a production Redis
      return afterCommit(RedisCacheManager.builder(writer)
          .cacheDefaults(RedisCacheConfiguration.defaultCacheConfig()
              .entryTtl(settings.ttl())
              .prefixCacheNameWith(settings.redisKeyPrefix())) // keys: teia:cache:<cache>::mun_3106200:<args>
          .build());
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnBooleanProperty(name = RedisConfiguration.ENABLED, havingValue = false, matchIfMissing = true)
  static class InProcess {

    @Bean
    CacheManager cacheManager(CacheSettings settings) {
      CaffeineCacheManager manager = new CaffeineCacheManager();
      manager.setCaffeine(Caffeine.newBuilder()
          .expireAfterWrite(settings.ttl())
          .maximumSize(settings.caffeineMaximumSize()));
      return afterCommit(manager);
    }
  }

  /**
   * Puts and evictions made inside a transaction happen after it commits: an eviction before the
   * commit would let a concurrent reader cache the old value again.
   */
  static CacheManager afterCommit(CacheManager manager) {
    if (manager instanceof org.springframework.beans.factory.InitializingBean init) {
      try {
        init.afterPropertiesSet(); // not a bean itself any more: initialise it here
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return new org.springframework.cache.transaction.TransactionAwareCacheManagerProxy(manager);
  }
}
