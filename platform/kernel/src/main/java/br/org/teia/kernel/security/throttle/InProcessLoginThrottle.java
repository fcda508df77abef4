package br.org.teia.kernel.security.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The throttle of one node, on local Bucket4j buckets ({@link BucketLoginThrottle}): used when
 * Redis is not enabled, and by {@link RedisLoginThrottle} while Redis is down.
 */
public class InProcessLoginThrottle extends BucketLoginThrottle {

  private final Cache<String, Bucket> buckets;
  private final TimeMeter time;

  public InProcessLoginThrottle(LoginThrottlePolicy policy, Clock clock) {
    super(policy);
    this.time = timeOf(clock);
    Duration longest = policy.window().compareTo(policy.lock()) > 0 ? policy.window() : policy.lock();
    // Expiry only frees memory (the buckets decide); the bound survives a flood of random keys.
    this.buckets = Caffeine.newBuilder()
        .maximumSize(100_000)
        .expireAfterWrite(longest)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .build();
  }

  @Override
  Optional<Bucket> existing(String name) {
    return Optional.ofNullable(buckets.getIfPresent(name));
  }

  @Override
  Bucket bucket(String name, BucketConfiguration configuration, StaleWhen stale) {
    return buckets.asMap().compute(name, (k, current) ->
        current == null || stale == StaleWhen.ALWAYS || full(current, configuration)
            ? Bucket.builder().withCustomTimePrecision(time).addLimit(configuration.getBandwidths()[0]).build()
            : current);
  }

  @Override
  void remove(String name) {
    buckets.invalidate(name);
  }
}
