package br.org.teia.benchmarks;

import br.org.teia.benchmarks.load.CouncilPageSimulation;
import br.org.teia.benchmarks.load.MixedLoadSimulation;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.indicators.IndicatorRebuild;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TestOidcServer;
import br.org.teia.testsupport.TestPeople;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load benchmark of the web tier (issue 15), against the production build as {@code infra/run.sh}
 * serves it ({@code java -jar teia-server-*-exec.jar}, Vaadin's production bundle), in a JVM of its
 * own with the flags below, on a fresh database of the PostgreSQL of {@code TEIA_TEST_DB_URL} (else
 * an embedded one):
 * <ol>
 *   <li>prepares the data in-process: the demo, {@code --limit} municipalities of MG onboarded with
 *       demo-sized structure data (as {@link IndicatorsBenchmark}), the indicators rebuilt, and
 *       {@code --people} managers of municipalities spread over them, linked to subjects of the test
 *       OIDC issuer ({@link TestOidcServer}) whose access tokens the API accepts;
 *   <li>starts the application and waits for its readiness, then warms it up: the mixed load at
 *       {@code --warmup-rate} for {@code --warmup} seconds, not reported (a just-started JVM runs
 *       interpreted code and fills its caches; its first seconds measure that, not Teia);
 *   <li>runs Gatling ({@link MixedLoadSimulation}: REST API reads and writes by people of random
 *       municipalities, public pages, open data) at each rate of {@code --levels} for
 *       {@code --seconds}, in a JVM of its own, until p95 passes 100 ms;
 *   <li>then the public council page alone ({@link CouncilPageSimulation}) at {@code --council-levels};
 *   <li>writes p50, p95, p99, errors and throughput per level, the machine, PostgreSQL's version,
 *       the JVM flags and the load average to {@code --output}.
 * </ol>
 * Run with {@code infra/bench-load.sh}; it is a main, not a test: {@code verify} never runs it.
 */
public final class LoadBenchmark {

  static final String JVM_FLAGS = "-Xms1g -Xmx1g -XX:+UseG1GC";
  private static final Pattern STAT = Pattern.compile(
      // Gatling 3.15's global table: "> request count   |   200 |   200 |   -" (thousands with commas)
      "^> (.+?)\\s*\\|\\s*([\\d,.]+|-)\\s*\\|\\s*([\\d,.]+|-)\\s*\\|\\s*([\\d,.]+|-)$");

  private final long limit;
  private final int people;
  private final List<Integer> levels;
  private final List<Integer> councilLevels;
  private final int seconds;
  private final int warmupSeconds;
  private final int warmupRate;
  private final Path output;
  private final Path jar;
  /** Flags added to the application's JVM, e.g. {@code --jvm-flags=-XX:StartFlightRecording=filename=a.jfr} to profile it. */
  private final List<String> jvmFlags;
  private final BenchDatabases databases = new BenchDatabases();
  private final Path work = Path.of("platform/benchmarks/target/load");

  private LoadBenchmark(Map<String, String> options) throws IOException {
    limit = Long.parseLong(options.getOrDefault("limit", "853"));
    people = Integer.parseInt(options.getOrDefault("people", "60"));
    levels = ints(options.getOrDefault("levels", "25,50,100,150,200,300,400,600"));
    councilLevels = ints(options.getOrDefault("council-levels", "250,500,1000"));
    seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
    warmupSeconds = Integer.parseInt(options.getOrDefault("warmup", "60"));
    warmupRate = Integer.parseInt(options.getOrDefault("warmup-rate", String.valueOf(levels.getFirst())));
    output = Path.of(options.getOrDefault("output", "docs/benchmarks/load.md"));
    jvmFlags = Stream.of(options.getOrDefault("jvm-flags", "").split(" ")).filter(f -> !f.isBlank()).toList();
    try (Stream<Path> jars = Files.list(Path.of("platform/server/target"))) {
      jar = Path.of(options.getOrDefault("jar", jars.map(Path::toString).filter(p -> p.endsWith("-exec.jar")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no production jar: build with -Pproduction (infra/bench-load.sh does)"))));
    }
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchMain.options(args);
    new LoadBenchmark(options).run();
    System.exit(0); // the shutdown hook drops the benchmark database
  }

  /** One measured level: what Gatling reported, and how busy the machine was. */
  record Level(String what, int rate, long requests, long errors, double throughput, String p50, String p95, String p99,
      String max, String loadBefore, String loadAfter, Neighbours.Usage others) {

    double p95Millis() {
      return p95.equals("-") ? Double.MAX_VALUE : Double.parseDouble(p95);
    }
  }

  private void run() throws Exception {
    Files.createDirectories(work);
    List<String> codes = new Municipalities().ofState("MG").stream().map(m -> m.id().ibgeCode()).limit(limit).toList();
    String url = databases.create("load");
    String postgresVersion = databases.serverVersion();
    log("%d municipalities of MG; PostgreSQL %s", codes.size(), postgresVersion);
    List<String> subjects = new ArrayList<>();
    List<String> towns = new ArrayList<>();
    try (TestOidcServer oidc = TestOidcServer.start()) {
      long start = System.nanoTime();
      try (ConfigurableApplicationContext context = BenchMain.application(databases.arguments(url), "--teia.demo.enabled=true")) {
        List<String> others = codes.stream().filter(c -> !DemoData.MUNICIPALITIES.contains(c)).toList();
        var onboarded = context.getBean(TenantOnboarding.class).onboard(others);
        if (!onboarded.failed().isEmpty()) { // e.g. PostgreSQL out of connection slots on a shared machine
          throw new IllegalStateException(onboarded.failed().size() + " municipalities failed to onboard: " + onboarded.failed());
        }
        IndicatorsBenchmark.seed(context, others);
        context.getBean(IndicatorRebuild.class).rebuildAll();
        AccountRepository accounts = context.getBean(AccountRepository.class);
        TestPeople testPeople = new TestPeople(context.getBean(TenantOnboarding.class), accounts);
        for (int i = 0; i < people; i++) {
          String code = others.get((int) ((long) i * others.size() / people));
          String subject = "carga-" + i;
          accounts.linkOidc(testPeople.account(subject + "@carga.teia.test", Role.MUNICIPAL_MANAGER, TenantId.of(code)),
              oidc.issuer(), subject);
          subjects.add(subject);
          towns.add(code);
        }
      }
      String preparation = Stats.human(Duration.ofNanos(System.nanoTime() - start));
      log("prepared in %s", preparation);

      // The application runs from a copy, so that a build meanwhile cannot change the jar under it.
      Path measured = Files.copy(jar, work.resolve("teia-server-exec.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      int port = freePort();
      String base = "http://localhost:" + port;
      List<String> command = new ArrayList<>(List.of(javaBin()));
      command.addAll(List.of(JVM_FLAGS.split(" ")));
      command.addAll(jvmFlags);
      command.addAll(List.of("-jar", measured.toString(), "--server.port=" + port, "--teia.demo.enabled=false",
          "--teia.indicators.rebuild-cron=-", "--logging.level.root=WARN"));
      command.addAll(databases.arguments(url));
      oidc.applicationProperties("test-idp", "Provedor de teste").forEach((k, v) -> command.add("--" + k + "=" + v));
      Path appLog = work.resolve("application.log");
      Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(appLog.toFile()).start();
      try {
        awaitReady(base, app);
        List<String> councilPages = new ArrayList<>();
        for (String demo : DemoData.MUNICIPALITIES) {
          String page = "/publico/" + demo + "/conselhos/CMAS";
          if (status(base + page) == 200) {
            councilPages.add(page);
          }
        }
        log("application ready at %s; council pages: %s", base, councilPages);
        Files.writeString(work.resolve("public.csv"), "councilPage\n" + String.join("\n", councilPages) + "\n");

        Map<String, String> mixedFiles = Map.of(
            "teia.load.people", work.resolve("people.csv").toString(),
            "teia.load.public", work.resolve("public.csv").toString());
        Level warmup = null;
        if (warmupSeconds > 0) {
          writePeople(oidc, subjects, towns);
          warmup = gatling(MixedLoadSimulation.class, "warm-up", warmupRate, warmupSeconds, mixedFiles, base);
          log("warm-up: %d s at %d requests/s, p95 %s ms (not reported as a level)", warmupSeconds, warmupRate, warmup.p95());
        }
        List<Level> mixed = new ArrayList<>();
        for (int rate : levels) {
          writePeople(oidc, subjects, towns); // fresh tokens for each level
          Level level = gatling(MixedLoadSimulation.class, "mixed", rate, seconds, mixedFiles, base);
          mixed.add(level);
          if (level.p95Millis() > 100) {
            break; // p95 passed 100 ms: the rates above are not worth the machine's time
          }
        }
        List<Level> council = new ArrayList<>();
        for (int rate : councilLevels) {
          council.add(gatling(CouncilPageSimulation.class, "council page", rate, seconds,
              Map.of("teia.load.page", councilPages.getFirst()), base));
        }
        write(codes.size(), postgresVersion, preparation, warmup, mixed, council, councilPages.getFirst());
      } finally {
        app.destroy();
        app.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private void writePeople(TestOidcServer oidc, List<String> subjects, List<String> towns) throws IOException {
    StringBuilder csv = new StringBuilder("token,ibge\n");
    for (int i = 0; i < subjects.size(); i++) {
      csv.append(oidc.accessToken(TestOidcServer.Token.forSubject(subjects.get(i)))).append(',').append(towns.get(i)).append('\n');
    }
    Files.writeString(work.resolve("people.csv"), csv);
  }

  /** Runs one simulation at one rate in a JVM of its own and reads Gatling's global figures. */
  private Level gatling(Class<?> simulation, String what, int rate, int seconds, Map<String, String> properties, String base)
      throws Exception {
    String loadBefore = load();
    List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx512m",
        "--add-opens=java.base/java.lang=ALL-UNNAMED", // Gatling's log writer reads String internals (Java 17+ refuses otherwise)
        "-cp", System.getProperty("java.class.path"),
        "-Dteia.load.base=" + base, "-Dteia.load.rate=" + rate, "-Dteia.load.seconds=" + seconds));
    properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
    command.addAll(List.of("io.gatling.app.Gatling", "--simulation", simulation.getName(),
        "--results-folder", work.resolve("gatling").toString()));
    Path out = work.resolve("gatling-" + simulation.getSimpleName() + "-" + rate + ".log");
    // What other processes took meanwhile: the load average alone cannot tell a niced neighbour from a rival.
    Neighbours.Measured<Integer> run = Neighbours.during(databases,
        () -> new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start().waitFor());
    if (run.result() != 0) {
      throw new IllegalStateException("Gatling failed (exit " + run.result() + "): see " + out);
    }
    Map<String, String[]> stats = new LinkedHashMap<>();
    for (String line : Files.readAllLines(out)) {
      Matcher m = STAT.matcher(line.strip());
      if (m.matches()) {
        stats.put(m.group(1).strip(), new String[] {
            m.group(2).replace(",", ""), m.group(3).replace(",", ""), m.group(4).replace(",", "")});
      }
    }
    String[] count = find(stats, "request count", out);
    long requests = Long.parseLong(count[0]);
    long errors = count[2].equals("-") ? 0 : Long.parseLong(count[2]);
    String rps = find(stats, "mean throughput", out, "mean requests/sec")[0];
    double throughput = rps.equals("-") ? -1 : Double.parseDouble(rps);
    Level level = new Level(what, rate, requests, errors, throughput, find(stats, "50th percentile", out)[0],
        find(stats, "95th percentile", out)[0], find(stats, "99th percentile", out)[0], find(stats, "max", out)[0],
        loadBefore, load(), run.usage());
    log("%s at %d/s: %d requests, %d errors, %.1f/s, p50 %s ms, p95 %s ms, p99 %s ms (load %s -> %s; others %s)", what, rate,
        requests, errors, throughput, level.p50(), level.p95(), level.p99(), loadBefore, level.loadAfter(),
        run.usage().describe());
    return level;
  }

  private static String[] find(Map<String, String[]> stats, String name, Path log, String... alternatives) {
    for (String candidate : Stream.concat(Stream.of(name), Stream.of(alternatives)).toList()) {
      for (Map.Entry<String, String[]> e : stats.entrySet()) {
        if (e.getKey().contains(candidate)) {
          return e.getValue();
        }
      }
    }
    // No made-up figure: a run whose summary cannot be read writes nothing.
    throw new IllegalStateException("Gatling printed no '" + name + "': see " + log);
  }

  private void write(int tenants, String postgresVersion, String preparation, Level warmup, List<Level> mixed,
      List<Level> council, String councilPage) throws IOException {
    String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    StringBuilder b = new StringBuilder();
    b.append("# Web tier under load\n\n");
    b.append("Measured by `infra/bench-load.sh` (`platform/benchmarks`, `LoadBenchmark`, Gatling 3.15.1 Java DSL) on ")
        .append(date).append(", commit `").append(System.getProperty("teia.bench.commit", "unknown")).append("`.\n\n");
    b.append("| | |\n|---|---|\n");
    b.append(String.format(Locale.ROOT, "| machine | %d cores, %s, %s, %s |%n", Machine.cores(), Machine.cpu(), Machine.memory(),
        Machine.os()));
    b.append("| PostgreSQL | ").append(postgresVersion).append(", on the same machine |\n");
    b.append("| application | the production jar (`").append(jar.getFileName()).append("`, as `infra/run.sh` runs it), ")
        .append(Machine.jdk()).append(", JVM flags `").append(String.join(" ", Stream.concat(Stream.of(JVM_FLAGS), jvmFlags.stream()).toList()))
        .append("` |\n");
    b.append(String.format(Locale.ROOT, "| priority | the benchmark, the application and Gatling at nice %d |%n", Neighbours.ownNice()));
    b.append("| load generator | Gatling in its own JVM (`-Xmx512m`) on the same 2 cores: it competes with the application and PostgreSQL |\n");
    b.append(String.format(Locale.ROOT, "| data | %d MG municipalities onboarded with demo-sized structure data, plus the demo; "
        + "%d managers of municipalities spread over them, tokens from the test OIDC issuer; prepared in %s |%n",
        tenants, people, preparation));
    b.append(String.format(Locale.ROOT, "| model | open: a constant arrival rate for %d s per level, one request per arrival, "
        + "kept-alive connections (as behind a proxy) |%n", seconds));
    b.append(warmup == null ? "| warm-up | none (`--warmup=0`): the first level ran on a just-started JVM |\n\n"
        : String.format(Locale.ROOT, "| warm-up | the mixed load at %d requests/s for %d s after readiness, not reported as a level: "
            + "p95 %s ms, p99 %s ms, %d errors |%n%n", warmup.rate(), warmupSeconds, warmup.p95(), warmup.p99(), warmup.errors()));
    b.append("""
        ## Mixed load

        REST API by managers of random municipalities: list units 30%, structure dashboard 10%, create a unit 10%
        (a write); public pages without login: a council page 25%, a municipality's councils 10%; open data 15%.
        Rates rise until p95 passes 100 ms. Targets (issue 15): p95 ≤ 50 ms and p99 ≤ 200 ms at 300 requests/s, zero errors.

        """);
    table(b, mixed);
    Level held = mixed.stream().filter(l -> l.p95Millis() <= 100 && l.errors() == 0).reduce((a, c) -> c).orElse(null);
    b.append("\nHighest rate held at p95 ≤ 100 ms without errors: ")
        .append(held == null ? "none of the levels" : held.rate() + " requests/s (" + String.format(Locale.ROOT, "%.0f", held.throughput())
            + " answered/s)").append(".\n\n");
    b.append("## The public council page alone\n\n`").append(councilPage)
        .append("`, every request unconditional (no proxy in front, no If-None-Match), answered from the application's ")
        .append("public-page cache after the first visit (ADR 0019). ")
        .append("Target (issue 15): p95 ≤ 20 ms at ≥ 1,000 requests/s.\n\n");
    table(b, council);
    b.append("""

        Latencies in milliseconds, from Gatling's global figures (its default percentiles). "load" is the machine's
        one-minute load average before and after the level; "others" the CPU that processes other than the
        benchmark's (its application, Gatling, its database's PostgreSQL backends) took during the level, as a share
        of the machine, with the biggest and their nice value: a neighbour at nice 19 takes what the benchmark leaves,
        one at nice 0 competes with it. A level's own log is in `platform/benchmarks/target/load/`.

        Reproduce: `infra/bench-load.sh` (about 20 minutes: preparation, then each level). A smoke run:
        `infra/bench-load.sh --limit=30 --people=10 --levels=20,50 --council-levels=100 --seconds=10 --warmup=10 --output=/tmp/load.md`.
        """);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, b.toString());
    log("wrote %s", output);
  }

  private static void table(StringBuilder b, List<Level> levels) {
    b.append("| rate asked (req/s) | requests | errors | throughput (req/s) | p50 | p95 | p99 | max | load before → after | others |\n");
    b.append("|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (Level l : levels) {
      b.append(String.format(Locale.ROOT, "| %d | %d | %d | %.1f | %s | %s | %s | %s | %s → %s | %s |%n", l.rate(), l.requests(),
          l.errors(), l.throughput(), l.p50(), l.p95(), l.p99(), l.max(), l.loadBefore(), l.loadAfter(), l.others().describe()));
    }
  }

  /** Up to 12 minutes: on a busy shared machine the production jar took more than 4 to start. */
  private static void awaitReady(String base, Process app) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(12);
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        throw new IllegalStateException("the application stopped: see platform/benchmarks/target/load/application.log");
      }
      if (status(base + "/actuator/health/readiness") == 200) {
        return;
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException("the application was not ready in 12 minutes");
  }

  private static int status(String url) {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static String load() {
    return String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage());
  }

  private static List<Integer> ints(String list) {
    return Stream.of(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList();
  }

  private static void log(String format, Object... args) {
    System.out.printf("[load] " + format + "%n", args);
  }
}
