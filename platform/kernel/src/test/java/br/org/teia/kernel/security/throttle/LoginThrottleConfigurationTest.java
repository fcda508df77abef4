package br.org.teia.kernel.security.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LoginThrottleConfigurationTest {

  final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(LoginThrottleConfiguration.class)
      .withBean(Clock.class, Clock::systemUTC);

  @Test
  void by_default_five_failures_of_a_pair_thirty_of_an_address_twenty_of_a_user_lock_for_fifteen_minutes_in_memory() {
    runner.run(context -> {
      assertThat(context.getBean(LoginThrottlePolicy.class))
          .isEqualTo(new LoginThrottlePolicy(5, 30, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)));
      assertThat(context.getBean("loginThrottle")).isInstanceOf(InProcessLoginThrottle.class);
    });
  }

  @Test
  void the_policy_comes_from_teia_security_login_properties() {
    runner.withPropertyValues("teia.security.login.max-failures=3", "teia.security.login.address-max-failures=9",
        "teia.security.login.user-max-failures=7", "teia.security.login.window=2s", "teia.security.login.lock=1m").run(context ->
        assertThat(context.getBean(LoginThrottlePolicy.class))
            .isEqualTo(new LoginThrottlePolicy(3, 9, 7, Duration.ofSeconds(2), Duration.ofMinutes(1))));
  }

  @Test
  void a_policy_that_could_never_block_is_refused_at_start() {
    runner.withPropertyValues("teia.security.login.max-failures=0")
        .run(context -> assertThat(context).hasFailed());
  }
}
