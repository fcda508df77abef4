package br.org.teia.kernel.security.throttle;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code teia.security.login.*}: how many failures within which window lock a key, and for how long.
 * {@code maxFailures} counts one user name from one address; {@code addressMaxFailures} one address
 * whatever the names it tries (password spraying); {@code userMaxFailures} one user name from every
 * address, set well above {@code maxFailures} so that an outsider must use several addresses before a
 * real user is locked out (see {@link LoginGuard}).
 */
@ConfigurationProperties("teia.security.login")
public record LoginThrottlePolicy(
    @DefaultValue("5") int maxFailures,
    @DefaultValue("30") int addressMaxFailures,
    @DefaultValue("20") int userMaxFailures,
    @DefaultValue("15m") Duration window,
    @DefaultValue("15m") Duration lock) {

  public LoginThrottlePolicy {
    if (maxFailures < 1 || addressMaxFailures < 1 || userMaxFailures < 1
        || window.isNegative() || window.isZero() || lock.isNegative() || lock.isZero()) {
      throw new IllegalArgumentException("teia.security.login: max-failures, address-max-failures and "
          + "user-max-failures >= 1, window and lock > 0; got " + maxFailures + ", " + addressMaxFailures
          + ", " + userMaxFailures + ", " + window + ", " + lock);
    }
  }
}
