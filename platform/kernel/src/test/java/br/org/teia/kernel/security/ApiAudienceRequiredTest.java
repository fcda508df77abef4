package br.org.teia.kernel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ApiAudienceRequiredTest {

  final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(ApiAudienceRequired.class);

  @Test
  void an_issuer_without_an_audience_stops_the_start_saying_what_to_set() {
    runner.withPropertyValues(ApiAudienceRequired.ISSUER + "=https://sso.example.gov.br/realms/teia").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause()
          .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences")
          .hasMessageContaining("https://sso.example.gov.br/realms/teia");
    });
  }

  @Test
  void a_key_set_without_an_audience_stops_the_start_too() {
    runner.withPropertyValues(ApiAudienceRequired.JWK_SET + "=https://sso.example.gov.br/jwks", ApiAudienceRequired.AUDIENCES + "=")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void an_issuer_with_its_audience_starts() {
    runner.withPropertyValues(ApiAudienceRequired.ISSUER + "=https://sso.example.gov.br/realms/teia",
        ApiAudienceRequired.AUDIENCES + "=teia-api").run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void without_an_issuer_the_api_refuses_every_token_and_needs_no_audience() {
    runner.run(context -> assertThat(context).hasNotFailed());
  }
}
