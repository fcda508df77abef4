package br.org.teia.kernel.security.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.testsupport.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InProcessLoginThrottleTest {

  final TestClock clock = TestClock.at("2026-11-23T10:00:00Z");
  final LoginThrottle throttle = new InProcessLoginThrottle(
      new LoginThrottlePolicy(3, 3, 3, Duration.ofMinutes(15), Duration.ofMinutes(10)), clock);

  void fail(String key, int times) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(key, 3);
    }
  }

  @Test
  void a_key_is_blocked_once_failures_reach_the_maximum_within_the_window() {
    fail("user:maria", 2);
    assertThat(throttle.isBlocked("user:maria")).isFalse();

    fail("user:maria", 1);
    assertThat(throttle.isBlocked("user:maria")).isTrue();
    assertThat(throttle.isBlocked("user:joao")).isFalse();
  }

  @Test
  void failures_spread_over_more_than_the_window_do_not_block() {
    fail("user:maria", 2);
    clock.advance(Duration.ofMinutes(16));
    fail("user:maria", 2);

    assertThat(throttle.isBlocked("user:maria")).isFalse();
  }

  @Test
  void a_successful_login_forgets_the_failures() {
    fail("user:maria", 2);
    throttle.recordSuccess("user:maria");
    fail("user:maria", 2);

    assertThat(throttle.isBlocked("user:maria")).isFalse();
  }

  @Test
  void the_lock_expires_after_the_lock_duration() {
    fail("user:maria", 3);
    clock.advance(Duration.ofMinutes(9));
    assertThat(throttle.isBlocked("user:maria")).isTrue();

    clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.isBlocked("user:maria")).isFalse();

    fail("user:maria", 1); // a fresh window: one failure does not lock again
    assertThat(throttle.isBlocked("user:maria")).isFalse();
  }

  @Test
  void failures_while_locked_do_not_extend_the_lock() {
    fail("user:maria", 3);
    clock.advance(Duration.ofMinutes(5));
    fail("user:maria", 5);
    clock.advance(Duration.ofMinutes(5));

    assertThat(throttle.isBlocked("user:maria")).isFalse();
  }
}
