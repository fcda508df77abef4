package br.org.teia.kernel.security.throttle;

import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Temporary until the Redis/in-process throttle lands: 5 failures block a key for this JVM's life. */
@Component
class InProcessLoginThrottleStopgap implements LoginThrottle {

  private final ConcurrentHashMap<String, Integer> failures = new ConcurrentHashMap<>();

  @Override
  public boolean isBlocked(String key) {
    return failures.getOrDefault(key, 0) >= 5;
  }

  @Override
  public void recordFailure(String key) {
    failures.merge(key, 1, Integer::sum);
  }

  @Override
  public void recordSuccess(String key) {
    failures.remove(key);
  }
}
