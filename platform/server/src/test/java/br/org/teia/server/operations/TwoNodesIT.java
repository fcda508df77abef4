package br.org.teia.server.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import br.org.teia.TeiaApplication;
import br.org.teia.console.comparison.ComparisonService;
import br.org.teia.console.comparison.OpenDataIndicator;
import br.org.teia.console.onboarding.ItemStatus;
import br.org.teia.console.onboarding.JobStatus;
import br.org.teia.console.onboarding.OnboardingJobItem;
import br.org.teia.console.onboarding.OnboardingJobService;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilForm;
import br.org.teia.council.composition.QuorumRule;
import br.org.teia.council.composition.SegmentForm;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.kernel.indicators.IndicatorRebuild;
import br.org.teia.kernel.indicators.IndicatorsRolledUp;
import br.org.teia.kernel.notification.Delivery;
import br.org.teia.kernel.notification.NotificationSignals;
import br.org.teia.kernel.notification.Notifications;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.web.PublicPageCache;
import br.org.teia.testsupport.ActingAs;
import br.org.teia.testsupport.LoginPageCsrf;
import br.org.teia.testsupport.TestPostgres;
import br.org.teia.testsupport.TestRedis;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two real Teia nodes in one JVM (two application contexts on their own ports), sharing the test
 * JVM's PostgreSQL and a Redis, as {@code infra/cluster.sh} runs them (issue 16; ADR 0022): what must
 * cross nodes does, and when node A dies node B keeps serving and A's people sign in again on B and
 * find what they saved. With Debian's {@code haproxy} installed (infra/test-env.sh installs it),
 * HAProxy runs in front of both: sticky by its cookie, and off to B once A's readiness check fails.
 * The last test kills node A; the others run before it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  static final String PASSWORD = "Senha-forte-2026";
  /** A municipality no other test of this JVM writes to. */
  static final String ARAXA = "3104007";
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  /** The shared Redis may serve other runs: keys and channel of this run only. */
  static final String CACHE_PREFIX = "teia-test-" + RUN + ":";

  static ConfigurableApplicationContext nodeA;
  static ConfigurableApplicationContext nodeB;
  static Process haproxy;
  static int balancerPort;
  static final Map<ConfigurableApplicationContext, AtomicInteger> REBUILDS = new java.util.concurrent.ConcurrentHashMap<>();

  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeAll
  static void twoNodesAndTheBalancer() throws Exception {
    nodeA = start("a"); // one after the other: the first migrates the platform schema, as cluster.sh does
    nodeB = start("b");
    haproxy = startHaproxy();
  }

  @AfterAll
  static void stopEverything() {
    if (haproxy != null) {
      haproxy.destroy();
    }
    for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
      if (node != null && node.isActive()) {
        node.close();
      }
    }
  }

  @Test
  @Order(1)
  void onboarding_on_node_a_shows_its_progress_on_node_b_and_the_rollup_drops_the_comparisons_b_cached() throws Exception {
    String code = as(nodeB, Role.ASSOCIATION_STAFF, () -> bean(nodeB, ComparisonService.class).indicators().getFirst().code());
    OpenDataIndicator before = as(nodeB, Role.ASSOCIATION_STAFF, () -> bean(nodeB, ComparisonService.class).openData(code));
    StringRedisTemplate redis = bean(nodeB, StringRedisTemplate.class);
    assertThat(redis.keys(CACHE_PREFIX + "comparison::*")).as("what node B cached is in the shared store").isNotEmpty();
    assertThat(places(before)).doesNotContain(ARAXA);

    UUID job = as(nodeA, Role.ASSOCIATION_ADMIN, () -> bean(nodeA, OnboardingJobService.class).onboard(List.of(ARAXA)).id());
    waitUntil("node B's console sees node A's onboarding finish", () -> as(nodeB, Role.ASSOCIATION_ADMIN,
        () -> bean(nodeB, OnboardingJobService.class).job(job).status() == JobStatus.FINISHED));
    assertThat(as(nodeB, Role.ASSOCIATION_ADMIN, () -> bean(nodeB, OnboardingJobService.class).items(job, null)))
        .extracting(OnboardingJobItem::ibgeCode, OnboardingJobItem::status).containsExactly(tuple(ARAXA, ItemStatus.DONE));
    bean(nodeA, IndicatorRebuild.class).rebuildAll(); // the rollup, on node A

    assertThat(redis.keys(CACHE_PREFIX + "comparison::*")).as("node A's rollup dropped node B's entries").isEmpty();
    OpenDataIndicator after = as(nodeB, Role.ASSOCIATION_STAFF, () -> bean(nodeB, ComparisonService.class).openData(code));
    assertThat(places(after)).contains(ARAXA);
  }

  @Test
  @Order(2)
  void a_public_page_node_b_keeps_in_memory_is_rendered_again_after_a_change_made_on_node_a() throws Exception {
    String page = "/publico/" + ARAXA + "/conselhos";
    HttpResponse<String> before = get(nodeB, page);
    assertThat(before.statusCode()).isEqualTo(200);
    assertThat(before.body()).doesNotContain("CMAS —");
    PublicPageCache onB = bean(nodeB, PublicPageCache.class);
    long fromMemory = onB.fromMemory();
    assertThat(get(nodeB, page).body()).isEqualTo(before.body());
    assertThat(onB.fromMemory()).as("node B answers the second visit from memory").isEqualTo(fromMemory + 1);

    SecurityContextHolder.setContextHolderStrategy(nodeA.getBean(SecurityContextHolderStrategy.class));
    ActingAs.as(TenantId.of(ARAXA), Role.COUNCIL_SECRETARY, () -> bean(nodeA, CompositionService.class).create(
        new CouncilForm("CMAS", "Conselho Municipal de Assistência Social", "45/2011", LocalDate.of(2011, 5, 2), 4, 2, 1, 1, 1,
            QuorumRule.ABSOLUTE_MAJORITY, 10, 2, List.of(
                new SegmentForm(null, SegmentKind.GOVERNMENT, "Secretaria de Assistência Social", 2, 2),
                new SegmentForm(null, SegmentKind.USERS, "Usuários", 2, 2)))));

    long rendered = onB.rendered();
    assertThat(get(nodeB, page).body()).as("the change made on node A shows on node B at once")
        .contains("CMAS — Conselho Municipal de Assistência Social");
    assertThat(onB.rendered()).isEqualTo(rendered + 1);
  }

  @Test
  @Order(3)
  void a_notification_made_on_node_a_reaches_the_persons_screen_and_count_on_node_b() throws Exception {
    UUID person = person("aviso").id();
    CopyOnWriteArrayList<UUID> heardOnB = new CopyOnWriteArrayList<>();
    try (AutoCloseable screen = bean(nodeB, NotificationSignals.class).listen(person, heardOnB::add)) {
      Notifications onA = bean(nodeA, Notifications.class);
      String kind = onA.kinds().getFirst().code();
      waitUntil("node B's screen hears node A's notification", () -> {
        onA.notify(person, kind, "Pauta publicada", "Reunião do CMAS", null); // again until B's subscription is live
        return !heardOnB.isEmpty();
      });
    }
    assertThat(bean(nodeB, Notifications.class).unreadCount(person)).isPositive();
    assertThat(heardOnB).containsOnly(person);
  }

  @Test
  @Order(4)
  void failed_logins_on_node_a_lock_the_same_login_on_node_b() throws Exception {
    Person person = person("senha");
    String address = "203.0.113." + (1 + new Random().nextInt(254));
    for (int i = 0; i < 5; i++) {
      assertThat(login(nodeA, person.username(), "errada-" + i, address).location()).endsWith("/login?error=bad");
    }

    assertThat(login(nodeB, person.username(), PASSWORD, address).location()).endsWith("/login?error=locked");
    assertThat(login(nodeB, person.username(), PASSWORD, "198.51.100." + (1 + new Random().nextInt(254))).location())
        .as("the person from her own address").doesNotContain("/login");
  }

  @Test
  @Order(5)
  void a_scheduled_job_both_nodes_trigger_at_once_runs_on_one_node_only() throws Exception {
    int runsBefore = REBUILDS.get(nodeA).get() + REBUILDS.get(nodeB).get();
    // Threads of their own: the common pool may have a single worker, which node A's waiting run would hold.
    try (ExecutorService schedulers = Executors.newFixedThreadPool(2);
        Connection db = TestPostgres.get().connect(); Statement st = db.createStatement()) {
      // Holds node A's run inside the job (its first write waits for this lock), so both triggers overlap.
      db.setAutoCommit(false);
      st.execute("LOCK TABLE platform.indicator_definition IN SHARE MODE");
      Future<?> onA = schedulers.submit(() -> triggerNightlyRebuild(nodeA));
      waitUntil("node A holds the job's lock", () -> lockHeld(st));

      schedulers.submit(() -> triggerNightlyRebuild(nodeB)).get(20, TimeUnit.SECONDS);

      assertThat(onA.isDone()).as("node A's run still waits").isFalse();
      db.commit();
      onA.get(60, TimeUnit.SECONDS);
    }
    assertThat(REBUILDS.get(nodeA).get() + REBUILDS.get(nodeB).get() - runsBefore).isEqualTo(1);
  }

  @Test
  @Order(6)
  void when_node_a_dies_node_b_keeps_serving_and_a_person_of_node_a_signs_in_on_b_and_finds_what_she_saved() throws Exception {
    Person person = person("queda");
    SignedIn onA = login(nodeA, person.username(), PASSWORD, "198.51.100.7");
    assertThat(onA.location()).doesNotContain("/login");
    Notifications notificationsOnA = bean(nodeA, Notifications.class);
    String kind = notificationsOnA.kinds().getFirst().code();
    Delivery chosen = notificationsOnA.preferences(person.id()).get(kind) == Delivery.WEEKLY ? Delivery.DAILY : Delivery.WEEKLY;
    notificationsOnA.choose(person.id(), Map.of(kind, chosen)); // what she saves on node A
    URI stickyToA = haproxy == null ? null : balancer("/login");
    if (haproxy != null) {
      assertThat(servedBy(stickyToA, "a")).as("HAProxy keeps the cookie's node").containsOnly("a");
    }

    nodeA.close();

    assertThat(get(nodeB, "/actuator/health/readiness").statusCode()).isEqualTo(200);
    HttpResponse<String> oldSession = onA.client().send(HttpRequest.newBuilder(uri(nodeB, "/municipio")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(oldSession.headers().firstValue("Location").orElse(""))
        .as("node A's session is not on node B: she signs in again").contains("/login");
    SignedIn onB = login(nodeB, person.username(), PASSWORD, "198.51.100.7");
    assertThat(onB.location()).doesNotContain("/login");
    assertThat(bean(nodeB, Notifications.class).preferences(person.id())).containsEntry(kind, chosen);
    if (haproxy != null) {
      waitUntil("HAProxy sends node A's people to node B", 60, () -> servedBy(stickyToA, "a").equals(Set.of("b")));
    }
  }

  // --- the nodes

  static ConfigurableApplicationContext start(String name) {
    ConfigurableApplicationContext node = new SpringApplicationBuilder(TeiaApplication.class).run(
        "--server.port=0",
        "--teia.demo.enabled=false",
        "--teia.redis.enabled=true",
        "--spring.data.redis.url=" + TestRedis.get().url(),
        "--teia.cache.redis-key-prefix=" + CACHE_PREFIX,
        "--teia.cache.ttl=2m",
        "--teia.notification.redis-channel=teia-test-notifications-" + RUN,
        "--server.forward-headers-strategy=native",
        "--spring.datasource.hikari.maximum-pool-size=4",
        "--spring.application.name=teia-node-" + name);
    AtomicInteger rebuilds = new AtomicInteger();
    node.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
      if (event instanceof PayloadApplicationEvent<?> published && published.getPayload() instanceof IndicatorsRolledUp rolledUp
          && rolledUp.tenant() == null) {
        rebuilds.incrementAndGet(); // a whole rebuild ran on this node
      }
    });
    REBUILDS.put(node, rebuilds);
    return node;
  }

  static int port(ConfigurableApplicationContext node) {
    return Integer.parseInt(node.getEnvironment().getRequiredProperty("local.server.port"));
  }

  static URI uri(ConfigurableApplicationContext node, String path) {
    return URI.create("http://localhost:" + port(node) + path);
  }

  static <T> T bean(ConfigurableApplicationContext node, Class<T> type) {
    return node.getBean(type);
  }

  /** As association staff with {@code role} on {@code node} (each context installs its own security strategy). */
  static <T> T as(ConfigurableApplicationContext node, Role role, java.util.function.Supplier<T> work) {
    SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
    return ActingAs.as(role, work);
  }

  static List<String> places(OpenDataIndicator indicator) {
    return indicator.municipalities().stream().map(OpenDataIndicator.MunicipalityFigure::ibgeCode).toList();
  }

  /** What the scheduler does at the job's time: calls the job through its ShedLock proxy. */
  static void triggerNightlyRebuild(ConfigurableApplicationContext node) {
    try {
      Object job = node.getBean("nightlyIndicatorRebuild");
      Method rebuild = Class.forName("br.org.teia.kernel.indicators.NightlyIndicatorRebuild").getDeclaredMethod("rebuild");
      rebuild.setAccessible(true);
      rebuild.invoke(job);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean lockHeld(Statement st) {
    try (ResultSet rs = st.executeQuery(
        "SELECT count(*) FROM platform.shedlock WHERE name = 'indicator-rebuild' AND lock_until > clock_timestamp()")) {
      rs.next();
      return rs.getInt(1) > 0;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  // --- people and their logins

  record Person(UUID id, String username) {}

  record SignedIn(HttpClient client, String location) {}

  /** A staff member of Araxá with a password, made through node A (the database is shared). */
  static Person person(String prefix) {
    bean(nodeA, TenantOnboarding.class).onboard(List.of(ARAXA));
    String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@teste.teia";
    AccountRepository accounts = bean(nodeA, AccountRepository.class);
    UUID id = accounts.createIfAbsent(username, "Pessoa de teste", username,
        bean(nodeA, PasswordEncoder.class).encode(PASSWORD));
    accounts.grantMembership(id, TenantId.of(ARAXA), Role.MUNICIPAL_STAFF);
    return new Person(id, username);
  }

  /** The login form posted as a browser behind the balancer at {@code address} would; the redirect's target. */
  static SignedIn login(ConfigurableApplicationContext node, String user, String password, String address) throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String page = client.send(HttpRequest.newBuilder(uri(node, "/login")).header("X-Forwarded-For", address).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&" + LoginPageCsrf.formField(page);
    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri(node, "/login"))
        .header("X-Forwarded-For", address)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(302);
    return new SignedIn(client, answer.headers().firstValue("Location").orElseThrow());
  }

  HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(uri(node, path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  // --- HAProxy, when installed

  /** HAProxy with the settings of infra/deploy/haproxy.cfg (no TLS), checking every 500 ms; null without haproxy. */
  static Process startHaproxy() throws Exception {
    Path binary = Path.of("/usr/sbin/haproxy");
    if (!Files.isExecutable(binary)) {
      System.out.println("TwoNodesIT: haproxy is not installed; the balancer part is skipped");
      return null;
    }
    balancerPort = freePort();
    Path config = Path.of("target", "two-nodes-haproxy.cfg");
    Files.writeString(config, """
        defaults
            mode http
            timeout connect 2s
            timeout client 30s
            timeout server 30s
            option redispatch
            retries 2
        frontend teia
            bind 127.0.0.1:%d
            default_backend nodes
        backend nodes
            balance roundrobin
            cookie TEIA_NODE insert indirect nocache httponly
            option httpchk GET /actuator/health/readiness
            http-check expect status 200
            timeout check 5s
            default-server inter 500ms fall 2 rise 1
            http-response set-header X-Teia-Node %%[srv_name]
            server a 127.0.0.1:%d check cookie a
            server b 127.0.0.1:%d check cookie b
        """.formatted(balancerPort, port(nodeA), port(nodeB)));
    Process process = new ProcessBuilder(binary.toString(), "-db", "-f", config.toString())
        .redirectErrorStream(true).redirectOutput(Path.of("target", "two-nodes-haproxy.log").toFile()).start();
    haproxy = process; // before any wait: @AfterAll stops it even when a wait below fails
    URI probe = balancer("/actuator/health/readiness");
    waitUntil("HAProxy sees both nodes up", 60, () -> {
      Set<String> nodes = new java.util.HashSet<>();
      for (int i = 0; i < 4; i++) {
        nodes.addAll(servedBy(probe, null));
      }
      return nodes.equals(Set.of("a", "b"));
    });
    return process;
  }

  static URI balancer(String path) {
    return URI.create("http://127.0.0.1:" + balancerPort + path);
  }

  /** The nodes that answered three requests carrying HAProxy's cookie for {@code node} (none: no cookie). */
  static Set<String> servedBy(URI uri, String node) {
    Set<String> served = new java.util.HashSet<>();
    HttpClient client = HttpClient.newHttpClient();
    for (int i = 0; i < 3; i++) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri);
      if (node != null) {
        request.header("Cookie", "TEIA_NODE=" + node);
      }
      try {
        client.send(request.build(), HttpResponse.BodyHandlers.discarding()).headers().firstValue("X-Teia-Node")
            .ifPresent(served::add);
      } catch (IOException | InterruptedException e) {
        served.add("error");
      }
    }
    return served;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static void waitUntil(String what, ThrowingCondition done) throws Exception {
    waitUntil(what, 15, done);
  }

  /** HAProxy's checks answer slowly on a loaded machine: its waits get longer. */
  static void waitUntil(String what, int seconds, ThrowingCondition done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!done.get()) {
      assertThat(System.nanoTime()).as(what + " within " + seconds + " s").isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  interface ThrowingCondition {
    boolean get() throws Exception;
  }
}
