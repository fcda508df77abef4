package br.org.teia.kernel.security.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.testsupport.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pair first, address for spraying, user name only after several addresses (5 / 30 / 20 here as by default). */
class LoginGuardTest {

  final TestClock clock = TestClock.at("2026-12-04T10:00:00Z");
  final LoginThrottlePolicy policy = new LoginThrottlePolicy(5, 30, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));
  final LoginGuard guard = new LoginGuard(new InProcessLoginThrottle(policy, clock), policy);

  void fail(String username, String address, int times) {
    for (int i = 0; i < times; i++) {
      if (!guard.isBlocked(username, address)) { // as the login does: a blocked attempt is refused unchecked
        guard.failed(username, address);
      }
    }
  }

  @Test
  void five_failures_lock_the_user_from_that_address_only() {
    fail("maria@bh.demo", "203.0.113.7", 5);

    assertThat(guard.isBlocked("maria@bh.demo", "203.0.113.7")).isTrue();
    assertThat(guard.isBlocked("MARIA@bh.demo", "203.0.113.7")).isTrue();
    assertThat(guard.isBlocked("maria@bh.demo", "198.51.100.2")).isFalse(); // the real Maria, at work
    assertThat(guard.isBlocked("joao@bh.demo", "203.0.113.7")).isFalse();
  }

  @Test
  void one_address_trying_many_user_names_is_stopped_whatever_name_it_tries_next() {
    for (int i = 0; i < 30; i++) {
      fail("pessoa" + i + "@bh.demo", "203.0.113.7", 1);
    }

    assertThat(guard.isBlocked("nunca-tentado@bh.demo", "203.0.113.7")).isTrue();
    assertThat(guard.isBlocked("nunca-tentado@bh.demo", "198.51.100.2")).isFalse();
  }

  @Test
  void locking_a_real_user_out_takes_four_addresses_one_is_not_enough() {
    fail("maria@bh.demo", "203.0.113.1", 50); // counts 5, then the pair is locked
    assertThat(guard.isBlocked("maria@bh.demo", "198.51.100.2")).isFalse();

    fail("maria@bh.demo", "203.0.113.2", 5);
    fail("maria@bh.demo", "203.0.113.3", 5);
    assertThat(guard.isBlocked("maria@bh.demo", "198.51.100.2")).isFalse();

    fail("maria@bh.demo", "203.0.113.4", 5); // 20 failures from four addresses
    assertThat(guard.isBlocked("maria@bh.demo", "198.51.100.2")).isTrue();
  }

  @Test
  void a_success_forgets_its_pair_but_not_what_the_address_counted() {
    fail("pessoa@bh.demo", "203.0.113.7", 4);
    for (int i = 0; i < 20; i++) {
      fail("outra" + i + "@bh.demo", "203.0.113.7", 1);
    }
    guard.succeeded("pessoa@bh.demo", "203.0.113.7"); // the sprayer's own good login

    fail("pessoa@bh.demo", "203.0.113.7", 4);
    assertThat(guard.isBlocked("pessoa@bh.demo", "203.0.113.7")).isFalse(); // pair forgotten: 4 more < 5
    fail("mais-uma@bh.demo", "203.0.113.7", 2); // the address: 4 + 20 + 4 + 2 = 30
    assertThat(guard.isBlocked("qualquer@bh.demo", "203.0.113.7")).isTrue();
  }

  @Test
  void without_a_known_address_the_attempts_share_one_unknown_address() {
    fail("maria@bh.demo", null, 5);

    assertThat(guard.isBlocked("maria@bh.demo", "")).isTrue();
    assertThat(guard.isBlocked("maria@bh.demo", "198.51.100.2")).isFalse();
  }

  @Test
  void locks_expire() {
    fail("maria@bh.demo", "203.0.113.7", 5);
    clock.advance(Duration.ofMinutes(15));

    assertThat(guard.isBlocked("maria@bh.demo", "203.0.113.7")).isFalse();
  }
}
