package br.org.teia.kernel.security.throttle;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The throttle's rule on Bucket4j token buckets, wherever they live (this node's memory or Redis).
 * Per key, two buckets:
 * <ul>
 *   <li>{@code failures}: {@code maxFailures} tokens (given per call: the guard counts users,
 *       addresses and pairs against different maxima), all back {@code window} after the bucket was
 *       made; made at a failure when there is none or when it is full again, so the window starts at
 *       the first failure. Each failure takes a token; the one that takes the last starts the lock
 *       and forgets the failures.
 *   <li>{@code lock}: one token, taken when the lock starts and back {@code lock} later: the key is
 *       blocked while its lock bucket is empty. Failures while locked are not counted, so they do not
 *       extend it.
 * </ul>
 */
abstract class BucketLoginThrottle implements LoginThrottle {

  private final Duration window;
  private final Map<Integer, BucketConfiguration> failures = new ConcurrentHashMap<>();
  private final BucketConfiguration lock;

  BucketLoginThrottle(LoginThrottlePolicy policy) {
    this.window = policy.window();
    this.lock = BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(1).refillIntervally(1, policy.lock()).build())
        .build();
  }

  /** {@code maxFailures} tokens, all back one window after the bucket was made. */
  private BucketConfiguration failures(int maxFailures) {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures >= 1: " + maxFailures);
    }
    return failures.computeIfAbsent(maxFailures, max -> BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(max).refillIntervally(max, window).build())
        .build());
  }

  /** The bucket named {@code name} if it exists; never makes one. */
  abstract Optional<Bucket> existing(String name);

  /** The bucket named {@code name}, made anew (replacing one that exists) when {@code stale} says so. */
  abstract Bucket bucket(String name, BucketConfiguration configuration, StaleWhen stale);

  abstract void remove(String name);

  /** When an existing bucket is to be replaced by a fresh one. */
  enum StaleWhen {
    FULL, ALWAYS
  }

  @Override
  public boolean isBlocked(String key) {
    return existing(lockName(key)).map(bucket -> bucket.getAvailableTokens() == 0).orElse(false);
  }

  @Override
  public void recordFailure(String key, int maxFailures) {
    if (isBlocked(key)) {
      return;
    }
    ConsumptionProbe probe = bucket(failuresName(key), failures(maxFailures), StaleWhen.FULL).tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed() && probe.getRemainingTokens() == 0) {
      bucket(lockName(key), lock, StaleWhen.ALWAYS).tryConsume(1);
      remove(failuresName(key));
    }
  }

  @Override
  public void recordSuccess(String key) {
    remove(failuresName(key));
    remove(lockName(key));
  }

  /** True when {@code bucket} holds every token of its configuration: nothing to remember. */
  boolean full(Bucket bucket, BucketConfiguration configuration) {
    return bucket.getAvailableTokens() >= configuration.getBandwidths()[0].getCapacity();
  }

  static String failuresName(String key) {
    return key;
  }

  static String lockName(String key) {
    return "lock:" + key;
  }

  /** Bucket4j's time from the injected clock, so tests move time by hand. */
  static TimeMeter timeOf(Clock clock) {
    return new TimeMeter() {
      @Override
      public long currentTimeNanos() {
        return TimeUnit.MILLISECONDS.toNanos(clock.millis());
      }

      @Override
      public boolean isWallClockBased() {
        return true;
      }
    };
  }
}
