package br.org.teia.kernel.security.throttle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code teia.security.login.*}: how many failures within which window lock a key, and for how long. */
@ConfigurationProperties("teia.security.login")
public record LoginThrottlePolicy(
    @DefaultValue("5") int maxFailures,
    @DefaultValue("15m") Duration window,
    @DefaultValue("15m") Duration lock) {

  public LoginThrottlePolicy {
    if (maxFailures < 1 || window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero()) {
      throw new IllegalArgumentException("teia.security.login: max-failures >= 1, window and lock > 0; got "
          + maxFailures + ", " + window + ", " + lock);
    }
  }
}
