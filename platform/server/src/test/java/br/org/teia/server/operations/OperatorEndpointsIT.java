package br.org.teia.server.operations;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.server.OidcContext;
import br.org.teia.testsupport.OidcTestBase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * What a load balancer and Prometheus ask each node (issue 16): health without details and without a
 * session, metrics only from the scrape addresses, and the per-municipality request timer in them.
 * Forwarded headers are trusted from loopback, as behind the balancer, so a request can come "from"
 * another address.
 */
@OidcContext
class OperatorEndpointsIT extends OidcTestBase {

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @Test
  void the_balancer_reads_readiness_and_liveness_without_details_and_without_a_session() throws Exception {
    for (String probe : new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
      HttpResponse<String> answer = get(probe, null);

      assertThat(answer.statusCode()).as(probe).isEqualTo(200);
      assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components", "details");
      assertThat(answer.headers().firstValue("Set-Cookie")).as(probe).isEmpty();
    }
  }

  @Test
  void prometheus_gets_each_municipalitys_request_count_and_time() throws Exception {
    TenantId aguaBoa = onboarded("3100609");
    String token = token(Role.MUNICIPAL_MANAGER, aguaBoa);
    assertThat(send("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(200);

    HttpResponse<String> metrics = get("/actuator/prometheus", null);

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).containsPattern(
        "teia_tenant_requests_seconds_count\\{[^}]*outcome=\"SUCCESS\"[^}]*tenant=\"3100609\"[^}]*} 2(\\.0)?\\n");
  }

  @Test
  void an_api_request_is_timed_as_a_request_not_once_per_security_filter() throws Exception {
    TenantId aguaBoa = onboarded("3100609");
    assertThat(send("GET", "/api/v1/me", token(Role.MUNICIPAL_MANAGER, aguaBoa), null).statusCode()).isEqualTo(200);

    String metrics = get("/actuator/prometheus", null).body();

    assertThat(metrics).contains("http_server_requests_seconds_count{").contains("teia_tenant_requests_seconds_count{");
    // Spring Security's observations (each filter, authentication, authorization) cost 14% of the
    // request threads' CPU under load (issue 15): they are off, the request timers above stay.
    assertThat(metrics).doesNotContain("spring_security_");
  }

  @Test
  void metrics_are_refused_to_anyone_outside_the_scrape_addresses_and_other_endpoints_to_everyone() throws Exception {
    assertThat(get("/actuator/prometheus", "203.0.113.9").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/health/readiness", "203.0.113.9").statusCode()).isEqualTo(200);
    assertThat(get("/actuator/env", null).statusCode()).isEqualTo(403);
    assertThat(get("/actuator/heapdump", null).statusCode()).isEqualTo(403);
  }

  private HttpResponse<String> get(String path, String forwardedFor) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(app(path));
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
