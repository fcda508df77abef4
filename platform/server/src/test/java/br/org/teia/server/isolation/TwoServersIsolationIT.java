package br.org.teia.server.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.DatabaseServers;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.Municipality;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.territory.TerritoryForm;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.testsupport.TestOidcServer;
import br.org.teia.testsupport.TestOidcServer.Token;
import br.org.teia.testsupport.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
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
 * {@link TenantIsolationIT} over two PostgreSQL servers (ADR 0024): ten municipalities, half on the
 * test JVM's database and half on a second, embedded server, read and written by 8 threads through
 * the service layer, async tasks, cached reads, rolled-back transactions and the REST API (real
 * HTTP, real bearer tokens): every read returns only the caller's municipality data.
 */
@SpringBootTest(classes = TeiaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"teia.demo.enabled=false", "spring.datasource.hikari.maximum-pool-size=5",
        "teia.database.servers.s2.maximum-pool-size=5"})
class TwoServersIsolationIT {

  static final TestOidcServer oidc = TestOidcServer.shared();
  static final TestPostgres.Database S2 = TestPostgres.extraServer();
  static final List<String> TOWNS = new ArrayList<>();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    oidc.applicationProperties("test-idp", "Provedor de teste").forEach((name, value) -> registry.add(name, () -> value));
    registry.add("teia.database.servers.s2.url", S2::url);
    registry.add("teia.database.servers.s2.username", () -> S2.app().user());
    registry.add("teia.database.servers.s2.password", () -> S2.app().password());
    registry.add("teia.database.servers.s2.owner-username", () -> S2.owner().user());
    registry.add("teia.database.servers.s2.owner-password", () -> S2.owner().password());
  }

  @LocalServerPort int port;
  @Autowired TerritoryService territories;
  @Autowired TenantOnboarding onboarding;
  @Autowired TenantCatalog catalog;
  @Autowired TransactionTemplate transactions;
  @Autowired Municipalities municipalities;
  @Autowired AccountRepository accounts;
  @Autowired SystemWork system;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
  @Autowired @Qualifier("applicationTaskExecutor") AsyncTaskExecutor async;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<TenantId, String> tokens = new ConcurrentHashMap<>();

  @Test
  void every_read_under_concurrency_returns_only_the_callers_municipality_whichever_server_holds_it() throws Exception {
    List<Municipality> towns = municipalities.ofState("MG").subList(240, 250);
    for (int i = 0; i < towns.size(); i++) {
      String code = towns.get(i).id().ibgeCode();
      TOWNS.add(code);
      onboarding.onboard(List.of(code), p -> {}, i % 2 == 0 ? DatabaseServers.MAIN : "s2");
    }
    assertThat(towns).extracting(m -> catalog.find(m.id()).orElseThrow().serverKey())
        .as("half on each server").containsOnly("main", "s2").filteredOn("s2"::equals).hasSize(5);

    var driver = new IsolationDriver(territories, onboarding, transactions, async, system);
    var fixture = driver.prepare(towns);
    for (TenantId tenant : fixture.tenants()) {
      String subject = "isolation2-" + tenant.ibgeCode();
      var id = accounts.createIfAbsent(subject + "@teia.test", "API " + tenant, subject + "@teia.test", null);
      accounts.grantMembership(id, tenant, Role.MUNICIPAL_STAFF);
      accounts.linkOidc(id, oidc.issuer(), subject);
      tokens.put(tenant, oidc.accessToken(Token.forSubject(subject).withTenant(tenant.ibgeCode())));
    }

    IsolationDriver.Report report = driver.run(fixture, 8, 1_000, this::readThroughTheApi);

    assertThat(report.violations()).isEmpty();
    assertThat(report.operations()).isEqualTo(1_000);
    assertThat(report.byOp()).allSatisfy((op, count) -> assertThat(count).as(op.name()).isPositive());

    // Each town's figures reach the rollup on the main server (the comparison's source), whichever
    // server holds the town: after one more territory each, the rollup equals the town's own rows.
    for (TenantId tenant : fixture.tenants()) {
      system.in(tenant, Role.MUNICIPAL_STAFF,
          () -> territories.create(new TerritoryForm("F-" + tenant.ibgeCode(), null, 7, null)));
      boolean onS2 = catalog.find(tenant).orElseThrow().serverKey().equals("s2");
      long held;
      try (Connection c = onS2 ? S2.connectAsAdmin() : TestPostgres.get().connect(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT coalesce(sum(estimated_families), 0) FROM " + tenant.schemaName() + ".territory")) {
        rs.next();
        held = rs.getLong(1);
      }
      assertThat(jdbc.sql("SELECT value FROM platform.indicator_value WHERE code = ? AND tenant_code = ?")
              .params("structure.territories.estimated_families", tenant.ibgeCode()).query(java.math.BigDecimal.class).single())
          .as("rollup of %s (on %s)", tenant, onS2 ? "s2" : "main").isEqualByComparingTo(java.math.BigDecimal.valueOf(held));
    }
  }

  /** The JVM's other contexts share the main database and know no s2: these towns leave with the test. */
  @AfterAll
  static void removeTheTowns() throws SQLException {
    try (Connection c = TestPostgres.get().connect(); Statement st = c.createStatement()) {
      List<String[]> references = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("""
          SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
          WHERE c.contype = 'f' AND c.confrelid = 'platform.tenant'::regclass""")) {
        while (rs.next()) {
          references.add(new String[] {rs.getString(1), rs.getString(2)});
        }
      }
      for (String code : TOWNS) {
        for (String[] ref : references) {
          st.execute("DELETE FROM " + ref[0] + " WHERE " + ref[1] + " = '" + code + "'");
        }
        st.execute("DELETE FROM platform.tenant WHERE ibge_code = '" + code + "'");
        st.execute("DROP SCHEMA IF EXISTS mun_" + code + " CASCADE");
      }
    }
  }

  private List<String> readThroughTheApi(IsolationDriver.Fixture fixture, int tenantIndex) throws Exception {
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
