package br.org.teia.kernel.security.throttle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The throttle of one node, in memory: used when Redis is not enabled, and by
 * {@link RedisLoginThrottle} while Redis is down. Same rules as the Redis one: the window starts
 * at the first failure; the failure that reaches the maximum locks the key; failures while locked
 * do not extend the lock.
 */
public class InProcessLoginThrottle implements LoginThrottle {

  /** Failures in the current window, and when the lock (if any) ends. */
  private record Attempts(int failures, Instant windowEnds, Instant lockedUntil) {

    boolean lockedAt(Instant now) {
      return lockedUntil != null && now.isBefore(lockedUntil);
    }

    boolean expiredAt(Instant now) {
      return lockedUntil != null ? !now.isBefore(lockedUntil) : !now.isBefore(windowEnds);
    }
  }

  private final Cache<String, Attempts> attempts;
  private final LoginThrottlePolicy policy;
  private final Clock clock;

  public InProcessLoginThrottle(LoginThrottlePolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
    Duration longest = policy.window().compareTo(policy.lock()) > 0 ? policy.window() : policy.lock();
    // Expiry only frees memory (the rules above decide); the bound survives a flood of random keys.
    this.attempts = Caffeine.newBuilder()
        .maximumSize(100_000)
        .expireAfterWrite(longest)
        .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
        .build();
  }

  @Override
  public boolean isBlocked(String key) {
    Attempts current = attempts.getIfPresent(key);
    return current != null && current.lockedAt(clock.instant());
  }

  @Override
  public void recordFailure(String key) {
    attempts.asMap().compute(key, (k, current) -> {
      Instant now = clock.instant();
      if (current == null || current.expiredAt(now)) {
        current = new Attempts(0, now.plus(policy.window()), null);
      } else if (current.lockedAt(now)) {
        return current;
      }
      int failures = current.failures() + 1;
      Instant lockedUntil = failures >= policy.maxFailures() ? now.plus(policy.lock()) : null;
      return new Attempts(failures, current.windowEnds(), lockedUntil);
    });
  }

  @Override
  public void recordSuccess(String key) {
    attempts.invalidate(key);
  }
}
