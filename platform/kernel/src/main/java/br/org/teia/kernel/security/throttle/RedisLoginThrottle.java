package br.org.teia.kernel.security.throttle;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The throttle shared by every node: Bucket4j buckets in Redis ({@link BucketLoginThrottle}, through
 * Bucket4j's Lettuce proxy manager on the client Spring Data Redis configured), under
 * {@code teia:login:<key>} and {@code teia:login:lock:<key>}, each expiring when it is full again.
 * Keys carry no tenant on purpose: accounts are platform-wide, and so are the guesses against them.
 *
 * <p>When Redis fails, this node falls back to its {@link InProcessLoginThrottle} (logged once
 * per outage) and tries Redis again after {@link #RETRY_REDIS_AFTER}, so a dead or unreachable
 * Redis costs one failed call per interval instead of a timeout per login (ADR 0004). Failures
 * counted in memory during an outage are not carried over to Redis.
 */
public class RedisLoginThrottle implements LoginThrottle {

  static final String PREFIX = "teia:login:";
  static final Duration RETRY_REDIS_AFTER = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(RedisLoginThrottle.class);

  private final InRedis shared;
  private final InProcessLoginThrottle fallback;
  private final Clock clock;
  private final AtomicBoolean down = new AtomicBoolean();
  private volatile Instant retryRedisAt = Instant.MIN;

  public RedisLoginThrottle(LettuceConnectionFactory redis, LoginThrottlePolicy policy,
      InProcessLoginThrottle fallback, Clock clock) {
    this.shared = new InRedis(redis, policy, clock);
    this.fallback = fallback;
    this.clock = clock;
  }

  @Override
  public boolean isBlocked(String key) {
    return withFallback(() -> shared.isBlocked(key), () -> fallback.isBlocked(key));
  }

  @Override
  public void recordFailure(String key, int maxFailures) {
    withFallback(() -> {
      shared.recordFailure(key, maxFailures);
      return null;
    }, () -> {
      fallback.recordFailure(key, maxFailures);
      return null;
    });
  }

  @Override
  public void recordSuccess(String key) {
    fallback.recordSuccess(key); // also forgets what an outage left in memory
    withFallback(() -> {
      shared.recordSuccess(key);
      return null;
    }, () -> null);
  }

  private <T> T withFallback(Supplier<T> onRedis, Supplier<T> inMemory) {
    if (down.get() && clock.instant().isBefore(retryRedisAt)) {
      return inMemory.get();
    }
    try {
      T result = onRedis.get();
      if (down.compareAndSet(true, false)) {
        log.info("Redis answers again: login throttle shared between nodes again");
      }
      return result;
    } catch (RuntimeException e) { // whatever Redis throws, a login must not fail because of it
      retryRedisAt = clock.instant().plus(RETRY_REDIS_AFTER);
      if (down.compareAndSet(false, true)) {
        log.warn("Redis unavailable, login throttle falls back to this node's memory: {}",
            NestedExceptionUtils.getMostSpecificCause(e).toString());
      }
      return inMemory.get();
    }
  }

  /** The buckets in Redis; the connection is opened at first use (and again after it failed). */
  private static final class InRedis extends BucketLoginThrottle {

    private final LettuceConnectionFactory redis;
    private final Clock clock;
    private volatile ProxyManager<String> buckets;
    private StatefulRedisConnection<String, byte[]> connection;

    InRedis(LettuceConnectionFactory redis, LoginThrottlePolicy policy, Clock clock) {
      super(policy);
      this.redis = redis;
      this.clock = clock;
    }

    private synchronized ProxyManager<String> buckets() {
      if (buckets == null || !connection.isOpen()) {
        if (connection != null) {
          connection.closeAsync();
        }
        RedisClient client = (RedisClient) redis.getRequiredNativeClient();
        connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        buckets = Bucket4jLettuce.casBasedBuilder(connection)
            .clientClock(timeOf(clock))
            .requestTimeout(Duration.ofSeconds(2))
            .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
            .build()
            .withMapper((String name) -> PREFIX + name);
      }
      return buckets;
    }

    @Override
    Optional<Bucket> existing(String name) {
      ProxyManager<String> proxies = buckets();
      return proxies.getProxyConfiguration(name).map(configuration -> proxies.getProxy(name, () -> configuration));
    }

    @Override
    Bucket bucket(String name, BucketConfiguration configuration, StaleWhen stale) {
      ProxyManager<String> proxies = buckets();
      Optional<Bucket> current = existing(name);
      if (current.isPresent() && (stale == StaleWhen.ALWAYS || full(current.get(), configuration))) {
        proxies.removeProxy(name);
      }
      return proxies.getProxy(name, () -> configuration);
    }

    @Override
    void remove(String name) {
      buckets().removeProxy(name);
    }
  }
}
