package br.org.teia.server.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.testsupport.TestOidcServer;
import br.org.teia.testsupport.TestOidcServer.Token;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 20 municipalities, 16 threads, 4,000 operations over a pool of 5 connections: every read
 * returns only the caller's municipality data, through the service layer, async tasks, cached
 * reads, transactions rolled back on purpose and the REST API (real HTTP, real bearer tokens).
 */
@SpringBootTest(classes = TeiaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"teia.demo.enabled=false", "spring.datasource.hikari.maximum-pool-size=5"})
class TenantIsolationIT {

  static final TestOidcServer oidc = TestOidcServer.shared();

  @DynamicPropertySource
  static void acceptTheTestProvidersTokens(DynamicPropertyRegistry registry) {
    oidc.applicationProperties("test-idp", "Provedor de teste").forEach((name, value) -> registry.add(name, () -> value));
  }

  @LocalServerPort int port;
  @Autowired TerritoryService territories;
  @Autowired TenantOnboarding onboarding;
  @Autowired TransactionTemplate transactions;
  @Autowired Municipalities municipalities;
  @Autowired AccountRepository accounts;
  @Autowired SystemWork system;
  @Autowired @Qualifier("applicationTaskExecutor") AsyncTaskExecutor async;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<TenantId, String> tokens = new ConcurrentHashMap<>();

  @Test
  void every_read_under_concurrency_returns_only_the_callers_municipality() throws Exception {
    var driver = new IsolationDriver(territories, onboarding, transactions, async, system);
    var fixture = driver.prepare(municipalities.ofState("MG").subList(200, 220));
    for (TenantId tenant : fixture.tenants()) {
      String subject = "isolation-" + tenant.ibgeCode();
      var id = accounts.createIfAbsent(subject + "@teia.test", "API " + tenant, subject + "@teia.test", null);
      accounts.grantMembership(id, tenant, Role.MUNICIPAL_STAFF);
      accounts.linkOidc(id, oidc.issuer(), subject);
      tokens.put(tenant, oidc.accessToken(Token.forSubject(subject).withTenant(tenant.ibgeCode())));
    }

    IsolationDriver.Report report = driver.run(fixture, 16, 4_000, this::readThroughTheApi);

    assertThat(report.violations()).isEmpty();
    assertThat(report.operations()).isEqualTo(4_000);
    assertThat(report.byOp()).allSatisfy((op, count) -> assertThat(count).as(op.name()).isPositive());
  }

  private List<String> readThroughTheApi(IsolationDriver.Fixture fixture, int tenantIndex, int node) throws Exception {
    TenantId tenant = fixture.tenants().get(tenantIndex);
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/api/v1/structure/territories?size=200"))
        .header("Authorization", "Bearer " + tokens.get(tenant)).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != 200) {
      throw new AssertionError("API answered " + answer.statusCode() + ": " + answer.body());
    }
    JsonNode page = JsonMapper.shared().readTree(answer.body());
    return page.get("content").valueStream().map(t -> t.get("name").asString()).toList();
  }
}
