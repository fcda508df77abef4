package br.org.teia.kernel.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The throttle shared by every node: one Redis counter per key, {@code teia:login:<key>}, whose
 * time to live is the window and then, once the maximum is reached, the lock. Keys carry no tenant
 * on purpose: accounts are platform-wide, and so are the guesses against them.
 *
 * <p>When Redis fails, this node falls back to its {@link InProcessLoginThrottle} (logged once
 * per outage) and tries Redis again after {@link #RETRY_REDIS_AFTER}, so a dead or unreachable
 * Redis costs one failed call per interval instead of a timeout per login. Failures counted in
 * memory during an outage are not carried over to Redis.
 */
public class RedisLoginThrottle implements LoginThrottle {

  static final String PREFIX = "teia:login:";
  static final Duration RETRY_REDIS_AFTER = Duration.ofSeconds(10);

  private static final Logger log = LoggerFactory.getLogger(RedisLoginThrottle.class);

  /** INCR and the expiry in one atomic step: ARGV = max failures, window ms, lock ms. */
  private static final RedisScript<Long> RECORD_FAILURE = RedisScript.of("""
      local n = redis.call('INCR', KEYS[1])
      if n == tonumber(ARGV[1]) then
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
      elseif n == 1 then
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
      end
      return n""", Long.class);

  private final StringRedisTemplate redis;
  private final LoginThrottlePolicy policy;
  private final InProcessLoginThrottle fallback;
  private final Clock clock;
  private final AtomicBoolean down = new AtomicBoolean();
  private volatile Instant retryRedisAt = Instant.MIN;

  public RedisLoginThrottle(StringRedisTemplate redis, LoginThrottlePolicy policy,
      InProcessLoginThrottle fallback, Clock clock) {
    this.redis = redis;
    this.policy = policy;
    this.fallback = fallback;
    this.clock = clock;
  }

  @Override
  public boolean isBlocked(String key) {
    return withFallback(() -> {
      String failures = redis.opsForValue().get(PREFIX + key);
      return failures != null && Long.parseLong(failures) >= policy.maxFailures();
    }, () -> fallback.isBlocked(key));
  }

  @Override
  public void recordFailure(String key) {
    withFallback(() -> redis.execute(RECORD_FAILURE, List.of(PREFIX + key),
            String.valueOf(policy.maxFailures()),
            String.valueOf(policy.window().toMillis()),
            String.valueOf(policy.lock().toMillis())),
        () -> {
          fallback.recordFailure(key);
          return null;
        });
  }

  @Override
  public void recordSuccess(String key) {
    fallback.recordSuccess(key); // also forgets what an outage left in memory
    withFallback(() -> redis.delete(PREFIX + key), () -> null);
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
}
