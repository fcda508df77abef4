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
import br.org.teia.testsupport.TestRedis;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link TenantIsolationIT} over two PostgreSQL servers and two application nodes (ADR 0024, ADR 0022):
 * ten municipalities, half on the test JVM's database and half on a second, embedded server, read and
 * written by 8 threads at once on two real Teia nodes (two application contexts on their own ports,
 * sharing both servers and a Redis, as {@code TwoNodesIT} and {@code infra/cluster.sh} run them), each
 * operation on a node chosen at random: through the service layer, async tasks, cached reads (the cache
 * is Redis, shared by the nodes), rolled-back transactions and the REST API (real HTTP to the chosen
 * node, real bearer tokens). Every read returns only the caller's municipality data.
 */
class TwoServersIsolationIT {

  static final TestOidcServer oidc = TestOidcServer.shared();
  static final TestPostgres.Database S2 = TestPostgres.extraServer();
  static final List<String> TOWNS = new ArrayList<>();
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();

  private final HttpClient http = HttpClient.newHttpClient();
  private final Map<TenantId, String> tokens = new ConcurrentHashMap<>();

  @BeforeAll
  static void twoNodes() {
    NODES.add(start("a")); // one after the other: the first migrates the platform schema, as cluster.sh does
    NODES.add(start("b"));
  }

  /** A node of the deployment: the main server and s2, the shared Redis (keys and channel of this run only). */
  static ConfigurableApplicationContext start(String name) {
    List<String> args = new ArrayList<>(List.of(
        "--server.port=0",
        "--teia.demo.enabled=false",
        "--teia.redis.enabled=true",
        "--spring.data.redis.url=" + TestRedis.get().url(),
        "--teia.cache.redis-key-prefix=teia-test-" + RUN + ":",
        "--teia.notification.redis-channel=teia-test-notifications-" + RUN,
        "--spring.datasource.hikari.maximum-pool-size=5",
        "--spring.application.name=teia-node-" + name,
        "--teia.database.servers.s2.url=" + S2.url(),
        "--teia.database.servers.s2.username=" + S2.app().user(),
        "--teia.database.servers.s2.password=" + S2.app().password(),
        "--teia.database.servers.s2.owner-username=" + S2.owner().user(),
        "--teia.database.servers.s2.owner-password=" + S2.owner().password(),
        "--teia.database.servers.s2.maximum-pool-size=5"));
    oidc.applicationProperties("test-idp", "Provedor de teste").forEach((key, value) -> args.add("--" + key + "=" + value));
    return new SpringApplicationBuilder(TeiaApplication.class).run(args.toArray(String[]::new));
  }

  @AfterAll
  static void stopTheNodes() throws SQLException {
    for (ConfigurableApplicationContext node : NODES) {
      if (node.isActive()) {
        node.close();
      }
    }
    NODES.clear();
    removeTheTowns();
  }

  @Test
  void every_read_under_concurrency_on_two_nodes_returns_only_the_callers_municipality_whichever_server_holds_it()
      throws Exception {
    ConfigurableApplicationContext nodeA = NODES.get(0);
    TenantOnboarding onboarding = nodeA.getBean(TenantOnboarding.class);
    TenantCatalog catalog = nodeA.getBean(TenantCatalog.class);
    List<Municipality> towns = nodeA.getBean(Municipalities.class).ofState("MG").subList(240, 250);
    for (int i = 0; i < towns.size(); i++) {
      String code = towns.get(i).id().ibgeCode();
      TOWNS.add(code);
      onboarding.onboard(List.of(code), p -> {}, i % 2 == 0 ? DatabaseServers.MAIN : "s2");
    }
    assertThat(towns).extracting(m -> catalog.find(m.id()).orElseThrow().serverKey())
        .as("half on each server").containsOnly("main", "s2").filteredOn("s2"::equals).hasSize(5);

    var driver = new IsolationDriver(NODES.stream().map(IsolationDriver.Node::of).toList(), onboarding);
    var fixture = driver.prepare(towns);
    AccountRepository accounts = nodeA.getBean(AccountRepository.class);
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
    assertThat(report.byNode()).as("operations on node a, node b").hasSize(2)
        .allSatisfy(count -> assertThat(count).as("each node's share of 1,000").isGreaterThan(300));

    // Each town's figures reach the rollup on the main server (the comparison's source), whichever
    // server holds the town and whichever node wrote: after one more territory each, on the nodes in
    // turn, the rollup equals the town's own rows.
    JdbcClient jdbc = nodeA.getBean(JdbcClient.class);
    for (int i = 0; i < fixture.tenants().size(); i++) {
      TenantId tenant = fixture.tenants().get(i);
      ConfigurableApplicationContext node = NODES.get(i % NODES.size());
      node.getBean(SystemWork.class).in(tenant, Role.MUNICIPAL_STAFF, () -> node.getBean(TerritoryService.class)
          .create(new TerritoryForm("F-" + tenant.ibgeCode(), null, 7, null)));
      boolean onS2 = catalog.find(tenant).orElseThrow().serverKey().equals("s2");
      long held;
      try (Connection c = onS2 ? S2.connectAsAdmin() : TestPostgres.get().connect(); Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("SELECT coalesce(sum(estimated_families), 0) FROM " + tenant.schemaName() + ".territory")) {
        rs.next();
        held = rs.getLong(1);
      }
      assertThat(jdbc.sql("SELECT value FROM platform.indicator_value WHERE code = ? AND tenant_code = ?")
              .params("structure.territories.estimated_families", tenant.ibgeCode()).query(java.math.BigDecimal.class).single())
          .as("rollup of %s (on %s, written on node %s)", tenant, onS2 ? "s2" : "main", i % NODES.size() == 0 ? "a" : "b")
          .isEqualByComparingTo(java.math.BigDecimal.valueOf(held));
    }
  }

  /** The JVM's other contexts share the main database and know no s2: these towns leave with the test. */
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

  /** The REST API of the node the driver chose. */
  private List<String> readThroughTheApi(IsolationDriver.Fixture fixture, int tenantIndex, int node) throws Exception {
    TenantId tenant = fixture.tenants().get(tenantIndex);
    int port = Integer.parseInt(NODES.get(node).getEnvironment().getRequiredProperty("local.server.port"));
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
