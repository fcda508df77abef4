package br.org.teia.benchmarks;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.tenancy.MigrationReport;
import br.org.teia.kernel.tenancy.OnboardingReport;
import br.org.teia.kernel.tenancy.Progress;
import br.org.teia.kernel.tenancy.TenantMigrations;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.internal.LiquibaseRunner;
import br.org.teia.kernel.tenancy.internal.TenantChangelog;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Tenancy benchmark: onboarding every municipality of a state (MG: 853; {@code --uf=BR}: all 5,570) through
 * {@link TenantOnboarding}, against plain Liquibase per schema; migrate-all of one new changeset;
 * and the start time of the real web application with those tenants. One run, one real PostgreSQL
 * (TEIA_TEST_DB_URL's server, else embedded), a fresh database per phase. Writes a markdown report.
 *
 * <p>Run with {@code infra/bench.sh}; options: {@code --uf=MG --limit=N --plain-sample=100
 * --single-sample=20 --start-runs=5 --output=docs/benchmarks/tenancy.md}.
 */
public final class TenancyBenchmark {

  static final String SYNTHETIC_V1 = "db/changelog/bench/synthetic-v1.yaml";
  static final String SYNTHETIC_V2 = "db/changelog/bench/synthetic-v2.yaml";
  static final String REAL = "db/changelog/tenant-master.yaml";
  static final Pattern STARTED = Pattern.compile(
      "Started TeiaApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");

  private final Options options;
  private final BenchDatabases databases = new BenchDatabases();
  private final Report report;

  private TenancyBenchmark(Options options) {
    this.options = options;
    this.report = new Report(options);
  }

  public static void main(String[] args) throws Exception {
    quietLiquibase();
    Options options = Options.parse(args);
    new TenancyBenchmark(options).run();
    System.exit(0); // the shutdown hook drops the benchmark databases
  }

  private void run() throws Exception {
    List<String> chosen = BenchMain.codes(options.uf).stream().limit(options.limit).toList();
    // The whole country leaves no other state for the one-per-call samples: the last municipalities
    // of the list are held out of the bulk onboarding and onboarded one per call instead, so the
    // synthetic database ends with every one of them.
    int heldOut = options.country() ? Math.min(options.singleSample, chosen.size() - 1) : 0;
    List<String> codes = chosen.subList(0, chosen.size() - heldOut);
    List<String> otherCodes = options.country() ? chosen.subList(codes.size(), chosen.size())
        : BenchMain.codes(options.otherUf).stream().limit(options.singleSample).toList();
    report.heldOut = heldOut;
    report.machine(databases);
    log("tenants: %d municipalities of %s (%d held out for one per call); PostgreSQL %s (%s)", codes.size(), options.uf,
        heldOut, databases.serverVersion(), databases.external() ? "TEIA_TEST_DB_URL" : "embedded");
    Map<String, String> tenantDatabases = new LinkedHashMap<>();

    // --- synthetic changelog: onboarding, migrate-all, start, single-call onboarding -------------
    String synthetic = databases.create("synthetic");
    tenantDatabases.put("synthetic", synthetic);
    if (options.startRuns > 0 && options.runs("start")) {
      phase("application start, warm-up", () -> startApplication(synthetic, SYNTHETIC_V1, "warmup"), r -> report.startWarmup = r);
      phase("application start, 0 tenants", () -> startRuns(synthetic, SYNTHETIC_V1, "empty"), r -> report.startEmpty = r);
    }
    try (var context = context(synthetic, SYNTHETIC_V1)) {
      phase("onboarding, synthetic changelog", () -> onboard(context, codes, "synthetic"), r -> report.syntheticOnboarding = r);
      report.syntheticCheck = check(synthetic, codes, SYNTHETIC_V1, null);
      report.pools = pools(context);
      report.write();
    }
    long contextStart = System.nanoTime();
    if (options.runs("migrate")) {
      try (var context = context(synthetic, SYNTHETIC_V2)) {
        report.migrateContextStart = Duration.ofNanos(System.nanoTime() - contextStart);
        phase("migrate-all, one new changeset", () -> migrate(context), r -> report.migration = r);
        report.migrationCheck = check(synthetic, codes, SYNTHETIC_V2, "services-0005");
        report.write();
      }
    }
    if (options.startRuns > 0 && options.runs("start")) {
      phase("application start, " + codes.size() + " tenants", () -> startRuns(synthetic, SYNTHETIC_V2, "tenants"), r -> report.startFull = r);
    }
    if (options.singleSample > 0 && options.runs("single")) {
      try (var context = context(synthetic, SYNTHETIC_V2)) {
        phase("onboarding one per call", () -> onboardOneByOne(context, otherCodes), r -> report.single = r);
      }
    }
    List<String> sample = codes.subList(0, Math.min(options.plainSample, codes.size()));
    if (!sample.isEmpty() && options.runs("plain")) {
      String plain = databases.create("plain_synthetic");
      phase("plain Liquibase, synthetic changelog", () -> plainLiquibase(plain, sample, SYNTHETIC_V1, SYNTHETIC_V2), r -> report.plainSynthetic = r);
    }

    // --- the real tenant changelog of today -----------------------------------------------------
    if (options.runs("real")) {
      String real = databases.create("real");
      tenantDatabases.put("real", real);
      try (var context = context(real, REAL)) {
        phase("onboarding, real changelog", () -> onboard(context, codes, "real"), r -> report.realOnboarding = r);
        report.realCheck = check(real, codes, REAL, null);
        report.write();
      }
    }
    if (!sample.isEmpty() && options.runs("plain") && options.runs("real")) {
      String plain = databases.create("plain_real");
      phase("plain Liquibase, real changelog", () -> plainLiquibase(plain, sample, REAL, null), r -> report.plainReal = r);
    }
    // --- the same onboarding at another parallelism, for comparison (the default is 2) -----------
    if (options.compareParallelism > 0) {
      String other = databases.create("parallel");
      tenantDatabases.put("parallel " + options.compareParallelism, other);
      try (var context = context(other, SYNTHETIC_V1, options.compareParallelism)) {
        report.compareParallelism = options.compareParallelism;
        phase("onboarding, synthetic changelog, parallelism " + options.compareParallelism,
            () -> onboard(context, codes, "synthetic, parallelism " + options.compareParallelism), r -> report.compareOnboarding = r);
        report.compareCheck = check(other, codes, SYNTHETIC_V1, null);
      }
    }
    for (var database : tenantDatabases.entrySet()) {
      report.catalogues.add(catalogue(database.getKey(), database.getValue()));
    }
    report.connectionCache = connectionCache(synthetic, codes);
    report.write();
    report.finished = true;
    report.write();
    log("done: %s", options.output.toAbsolutePath());
  }

  interface Timed<T> {
    T run() throws Exception;
  }

  /**
   * One timed phase: first waits for the (possibly shared) machine to be quiet, then records how
   * much CPU other processes took while it ran, for the report; its result goes {@code into} the
   * report before the report is written, so the file shows the phase just done.
   */
  private <T> void phase(String name, Timed<T> work, java.util.function.Consumer<T> into) throws Exception {
    String before = Neighbours.awaitQuiet(databases, options.quietThreshold, options.quietWait);
    log("phase: %s (%s)", name, before);
    long start = System.nanoTime();
    Neighbours.Measured<T> measured = Neighbours.during(databases, work::run);
    report.phase(name, Duration.ofNanos(System.nanoTime() - start), before, measured.usage(), measured.result(), into);
  }

  // ---------------------------------------------------------------------------------------------

  private ConfigurableApplicationContext context(String url, String changelog) {
    return context(url, changelog, options.parallelism);
  }

  private ConfigurableApplicationContext context(String url, String changelog, int parallelism) {
    log("Spring context (no web) on %s with %s, parallelism %d", url, changelog, parallelism);
    return new SpringApplicationBuilder(TeiaApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.autoconfigure.exclude=" + TeiaApplication.WEB_ONLY_AUTO_CONFIGURATION)
        .bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false)
        .run(arguments(url, changelog, parallelism).toArray(String[]::new));
  }

  private List<String> arguments(String url, String changelog) {
    return arguments(url, changelog, options.parallelism);
  }

  private List<String> arguments(String url, String changelog, int parallelism) {
    List<String> arguments = new ArrayList<>(databases.arguments(url));
    arguments.addAll(List.of("--teia.tenancy.changelog=" + changelog, "--teia.demo.enabled=false",
        "--teia.tenancy.parallelism=" + parallelism));
    // Each worker holds an owner connection for its whole build; the owner pool's default (4) made
    // workers beyond it wait, and fail after Hikari's 30 s, at --compare-parallelism=8 (README:
    // keep the owner pool above teia.tenancy.parallelism).
    arguments.add("--teia.datasource.owner.hikari.maximum-pool-size=" + ownerPoolSize(parallelism));
    return arguments;
  }

  /** The owner pool for this parallelism: one connection per worker and two for the rest of the schema work. */
  static int ownerPoolSize(int parallelism) {
    return Math.max(4, parallelism + 2);
  }

  /** Per-tenant times come from the progress reports: each tenant's build, timed in its worker thread. */
  record Bulk(int tenants, int onboarded, int failed, Duration wall, Duration preparation, Stats perTenant,
      String firstError) {}

  private Bulk onboard(ConfigurableApplicationContext context, List<String> codes, String label) {
    TenantOnboarding onboarding = context.getBean(TenantOnboarding.class);
    List<Duration> perTenant = Collections.synchronizedList(new ArrayList<>());
    long[] preparedAt = {0};
    log("onboarding %d tenants (%s changelog)", codes.size(), label);
    long start = System.nanoTime();
    OnboardingReport result = onboarding.onboard(codes, progress -> {
      if (progress.item() == null) {
        preparedAt[0] = System.nanoTime();
      } else {
        perTenant.add(progress.itemElapsed());
        if (progress.done() % 100 == 0) {
          log("  %d/%d", progress.done(), progress.total());
        }
      }
    });
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    Bulk bulk = new Bulk(codes.size(), result.onboarded().size(), result.failed().size() + result.refused().size(),
        wall, Duration.ofNanos(preparedAt[0] - start), Stats.of(perTenant),
        result.failed().values().stream().findFirst().orElse(null));
    log("onboarded %d in %s (preparation %s), per tenant median %s p95 %s", bulk.onboarded(),
        Stats.human(wall), Stats.human(bulk.preparation()), Stats.human(bulk.perTenant().median()),
        Stats.human(bulk.perTenant().p95()));
    return bulk;
  }

  record Migration(MigrationReport report, Duration preparation, Duration migrating, Duration verifying,
      Stats perTenant) {}

  private Migration migrate(ConfigurableApplicationContext context) {
    TenantMigrations migrations = context.getBean(TenantMigrations.class);
    List<Duration> perTenant = Collections.synchronizedList(new ArrayList<>());
    long[] marks = {0, 0};
    log("migrate-all to %s", context.getBean(TenantChangelog.class).version());
    long start = System.nanoTime();
    MigrationReport result = migrations.migrateAll(progress -> {
      if (progress.item() == null) {
        marks[0] = System.nanoTime();
      } else {
        perTenant.add(progress.itemElapsed());
        marks[1] = System.nanoTime();
      }
    });
    long end = System.nanoTime();
    Migration migration = new Migration(result, Duration.ofNanos(marks[0] - start),
        Duration.ofNanos(marks[1] - marks[0]), Duration.ofNanos(end - marks[1]), Stats.of(perTenant));
    log("migrate-all: %d tenants, %d migrated, %d verified, %d failed in %s", result.tenants(), result.migrated(),
        result.verified(), result.failed().size(), Stats.human(result.elapsed()));
    return migration;
  }

  record Single(Duration first, Stats rest) {}

  /** What an operator sees onboarding one municipality when many are already there. */
  private Single onboardOneByOne(ConfigurableApplicationContext context, List<String> codes) {
    TenantOnboarding onboarding = context.getBean(TenantOnboarding.class);
    log("onboarding %d tenants one call at a time", codes.size());
    List<Duration> timings = new ArrayList<>();
    for (String code : codes) {
      long start = System.nanoTime();
      OnboardingReport result = onboarding.onboard(List.of(code));
      timings.add(Duration.ofNanos(System.nanoTime() - start));
      if (result.onboarded().size() != 1) {
        throw new IllegalStateException("single onboarding of " + code + " failed: " + result.failed());
      }
    }
    return new Single(timings.getFirst(), Stats.of(timings.subList(1, timings.size())));
  }

  record Plain(int schemas, Stats create, Stats oneChangeSet) {}

  /** Plain Liquibase per schema, one schema at a time (Liquibase calls are serialised in the kernel). */
  private Plain plainLiquibase(String url, List<String> codes, String changelog, String nextChangelog) {
    log("plain Liquibase on %d fresh schemas with %s", codes.size(), changelog);
    try (HikariDataSource dataSource = new HikariDataSource()) {
      dataSource.setJdbcUrl(url);
      dataSource.setUsername(databases.database(url).owner().user()); // as the application's schema work runs
      dataSource.setPassword(databases.database(url).owner().password());
      dataSource.setMaximumPoolSize(2);
      List<Duration> create = new ArrayList<>();
      for (String code : codes) {
        String schema = "mun_" + code;
        long start = System.nanoTime();
        LiquibaseRunner.execute(dataSource, "CREATE SCHEMA " + schema);
        LiquibaseRunner.update(dataSource, changelog, schema);
        create.add(Duration.ofNanos(System.nanoTime() - start));
        if (create.size() % 20 == 0) {
          log("  %d/%d", create.size(), codes.size());
        }
      }
      List<Duration> next = new ArrayList<>();
      if (nextChangelog != null) {
        for (String code : codes) {
          long start = System.nanoTime();
          LiquibaseRunner.update(dataSource, nextChangelog, "mun_" + code);
          next.add(Duration.ofNanos(System.nanoTime() - start));
        }
      }
      Plain plain = new Plain(codes.size(), Stats.of(create), Stats.of(next));
      log("plain Liquibase: create median %s p95 %s; one changeset median %s", Stats.human(plain.create().median()),
          Stats.human(plain.create().p95()), Stats.human(plain.oneChangeSet().median()));
      return plain;
    }
  }

  /**
   * Checks every tenant schema with plain SQL, independently of the kernel's own verification:
   * every changeset id of the changelog recorded, every table of the template present, no
   * Liquibase lock row held, the catalogue ACTIVE at the changelog's version.
   */
  record Check(int schemas, int complete, int activeAtVersion, int lockHeld, List<String> problems) {
    boolean ok() {
      return problems.isEmpty();
    }
  }

  private Check check(String url, List<String> codes, String changelog, String mustHold) throws SQLException {
    TenantChangelog expected = new TenantChangelog(changelog);
    Set<String> ids = new HashSet<>(expected.changeSetIds());
    List<String> problems = new ArrayList<>();
    int complete = 0;
    int lockHeld = 0;
    int active;
    try (Connection c = databases.connect(url); Statement st = c.createStatement()) {
      Map<String, Set<String>> tablesBySchema = new HashMap<>();
      try (ResultSet rs = st.executeQuery("""
          SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE c.relkind IN ('r', 'p') AND (n.nspname LIKE 'mun\\_%' OR n.nspname = 'teia_template')""")) {
        while (rs.next()) {
          tablesBySchema.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        }
      }
      Set<String> templateTables = tablesBySchema.getOrDefault("teia_template", Set.of());
      for (String code : codes) {
        String schema = "mun_" + code;
        Set<String> applied = new HashSet<>();
        try (ResultSet rs = st.executeQuery("SELECT id FROM " + schema + ".databasechangelog")) {
          while (rs.next()) {
            applied.add(rs.getString(1));
          }
        }
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + schema + ".databasechangeloglock WHERE locked")) {
          rs.next();
          lockHeld += rs.getInt(1) > 0 ? 1 : 0;
        }
        Set<String> tables = tablesBySchema.getOrDefault(schema, Set.of());
        boolean ok = !templateTables.isEmpty() && applied.equals(ids) && tables.containsAll(templateTables)
            && (mustHold == null || applied.contains(mustHold));
        if (ok) {
          complete++;
        } else if (problems.size() < 5) {
          problems.add(schema + ": " + applied.size() + " changesets, " + tables.size() + " tables");
        }
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM platform.tenant WHERE status = 'ACTIVE' AND changelog_version = '"
          + expected.version() + "'")) {
        rs.next();
        active = rs.getInt(1);
      }
    }
    if (lockHeld > 0) {
      problems.add(lockHeld + " schemas with a Liquibase lock held");
    }
    if (active < codes.size()) {
      problems.add("only " + active + " tenants ACTIVE at " + expected.version());
    }
    Check check = new Check(codes.size(), complete, active, lockHeld, problems);
    log("check %s: %d/%d schemas complete, %d active, problems %s", changelog, complete, codes.size(), active, problems);
    return check;
  }

  // --- PostgreSQL's catalogue with this many schemas --------------------------------------------

  static final List<String> CATALOGUE_TABLES = List.of("pg_class", "pg_attribute", "pg_depend", "pg_type", "pg_constraint",
      "pg_index", "pg_namespace");

  /** One catalogue table's autovacuum figures (pg_stat_sys_tables). */
  record Vacuumed(String table, long live, long dead, long autovacuums, String lastAutovacuum, long autoanalyzes,
      String lastAutoanalyze) {}

  record Catalogue(String label, long classes, long attributes, long namespaces, long databaseBytes,
      Map<String, Long> tableBytes, List<Vacuumed> vacuum, String autovacuum) {}

  /** What thousands of schemas do to one database's catalogue, read at the end of the run. */
  private Catalogue catalogue(String label, String url) throws SQLException {
    try (Connection c = databases.connect(url); Statement st = c.createStatement()) {
      long classes = single(st, "SELECT count(*) FROM pg_class");
      long attributes = single(st, "SELECT count(*) FROM pg_attribute");
      long namespaces = single(st, "SELECT count(*) FROM pg_namespace");
      long size = single(st, "SELECT pg_database_size(current_database())");
      Map<String, Long> bytes = new LinkedHashMap<>();
      for (String table : List.of("pg_class", "pg_attribute", "pg_depend")) {
        bytes.put(table, single(st, "SELECT pg_total_relation_size('pg_catalog." + table + "')"));
      }
      List<Vacuumed> vacuum = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("""
          SELECT relname, n_live_tup, n_dead_tup, autovacuum_count, last_autovacuum, autoanalyze_count, last_autoanalyze
          FROM pg_stat_sys_tables WHERE schemaname = 'pg_catalog' AND relname IN ('%s')
          ORDER BY relname""".formatted(String.join("', '", CATALOGUE_TABLES)))) {
        while (rs.next()) {
          vacuum.add(new Vacuumed(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
              rs.getLong(6), rs.getString(7)));
        }
      }
      String autovacuum;
      try (ResultSet rs = st.executeQuery("SELECT current_setting('autovacuum'), current_setting('autovacuum_naptime')")) {
        rs.next();
        autovacuum = rs.getString(1) + ", naptime " + rs.getString(2);
      }
      Catalogue catalogue = new Catalogue(label, classes, attributes, namespaces, size, bytes, vacuum, autovacuum);
      log("catalogue of %s: pg_class %d, pg_attribute %d, pg_namespace %d rows, database %d MB", label, classes,
          attributes, namespaces, size >> 20);
      return catalogue;
    }
  }

  /** A backend's memory after it has read from so many tenant schemas. */
  record CacheStep(int schemas, long backendBytes, long cacheBytes, Duration elapsed) {}

  /**
   * What one pooled connection costs PostgreSQL as it serves more and more municipalities: a fresh
   * backend reads a few tables of each tenant schema in turn, as requests of random municipalities
   * do, and its own memory contexts ({@code pg_backend_memory_contexts}) are read after 1, 10, 100,
   * 1,000 and every schema. The relcache and catcache ({@code CacheMemoryContext} and its children)
   * keep every relation touched until the backend ends: the pool's max lifetime is what bounds them.
   */
  private List<CacheStep> connectionCache(String url, List<String> codes) throws SQLException {
    List<CacheStep> steps = new ArrayList<>();
    try (Connection c = databases.connect(url); Statement st = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'mun_" + codes.getFirst()
          + "' AND tablename NOT LIKE 'databasechangelog%' ORDER BY tablename LIMIT 5")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      steps.add(cacheStep(st, 0, Duration.ZERO));
      long start = System.nanoTime();
      Set<Integer> marks = Set.of(1, 10, 100, 1000, codes.size());
      for (int i = 0; i < codes.size(); i++) {
        for (String table : tables) {
          st.execute("SELECT 1 FROM mun_" + codes.get(i) + "." + table + " LIMIT 1");
        }
        if (marks.contains(i + 1)) {
          steps.add(cacheStep(st, i + 1, Duration.ofNanos(System.nanoTime() - start)));
        }
      }
      log("one connection over %d schemas (%s): %s", codes.size(), tables, steps);
    }
    return steps;
  }

  /**
   * Memory of this backend: all of it, and {@code CacheMemoryContext} with what hangs below it (by
   * {@code path} from PostgreSQL 18, which dropped the {@code parent} column; by {@code parent},
   * direct children only, before).
   */
  private static CacheStep cacheStep(Statement st, int schemas, Duration elapsed) throws SQLException {
    String sql = st.getConnection().getMetaData().getDatabaseMajorVersion() >= 18 ? """
        WITH m AS MATERIALIZED (SELECT * FROM pg_backend_memory_contexts),
             cache AS (SELECT path[level] AS id FROM m WHERE name = 'CacheMemoryContext')
        SELECT (SELECT sum(total_bytes) FROM m),
               (SELECT sum(m.total_bytes) FROM m, cache WHERE m.path @> ARRAY[cache.id])""" : """
        SELECT sum(total_bytes),
               sum(total_bytes) FILTER (WHERE name = 'CacheMemoryContext' OR parent = 'CacheMemoryContext')
        FROM pg_backend_memory_contexts""";
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return new CacheStep(schemas, rs.getLong(1), rs.getLong(2), elapsed);
    }
  }

  private static long single(Statement st, String sql) throws SQLException {
    try (ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  record Pool(String name, int maximumSize, int minimumIdle, Duration maxLifetime, Duration idleTimeout) {}

  /** The application's connection pools as configured: a connection's catalogue caches live as long as it does. */
  private static List<Pool> pools(ConfigurableApplicationContext context) {
    return context.getBeansOfType(HikariDataSource.class).values().stream()
        .map(p -> new Pool(p.getPoolName(), p.getMaximumPoolSize(), p.getMinimumIdle(),
            Duration.ofMillis(p.getMaxLifetime()), Duration.ofMillis(p.getIdleTimeout())))
        .toList();
  }

  // --- application start ------------------------------------------------------------------------

  /**
   * How the measured JVM starts: {@code classpath} as this benchmark always did (the server's runtime
   * classpath, Vaadin as built there); {@code jar} the production jar ({@code --start-jar}) unpacked as
   * {@code infra/start-app.sh} runs it, no AOT cache; {@code aot} the same with the JDK's AOT cache made
   * by one training run of the same command (JEP 483/514/515; docs/benchmarks/start.md).
   */
  enum StartMode {
    CLASSPATH, JAR, AOT;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One start: wall times, and the CPU the JVM had used when its port answered (less sensitive to a busy machine). */
  record Start(Duration portAnswers, Duration springStarted, Duration jvmUptimeAtStarted, Duration cpuAtAnswer) {}

  record StartSeries(StartMode mode, List<Start> runs, Stats portAnswers, Stats springStarted, Stats uptimeAtStarted,
      Stats cpuAtAnswer) {}

  /** Runs every --start-with mode --start-runs times, interleaved (run 1 of each mode, then run 2...), so drift in the machine's load hits each alike. */
  private List<StartSeries> startRuns(String url, String changelog, String label) throws Exception {
    Map<StartMode, List<Start>> byMode = new LinkedHashMap<>();
    options.startWith.forEach(mode -> byMode.put(mode, new ArrayList<>()));
    for (int i = 1; i <= options.startRuns; i++) {
      for (StartMode mode : options.startWith) {
        log("application start %s, %s, run %d/%d", label, mode.label(), i, options.startRuns);
        byMode.get(mode).add(startApplication(url, changelog, label + "-" + mode.label() + "-" + i, mode));
      }
    }
    List<StartSeries> series = new ArrayList<>();
    byMode.forEach((mode, runs) -> series.add(new StartSeries(mode, runs,
        Stats.of(runs.stream().map(Start::portAnswers).toList()), Stats.of(runs.stream().map(Start::springStarted).toList()),
        Stats.of(runs.stream().map(Start::jvmUptimeAtStarted).toList()),
        Stats.of(runs.stream().map(Start::cpuAtAnswer).toList()))));
    return series;
  }

  private Path unpacked;
  private Path aotCache;

  /** The java command of a start in this mode (for {@code aot}: unpacks and trains once, on first use). */
  private List<String> javaCommand(StartMode mode, String url, String changelog) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    if (mode == StartMode.CLASSPATH) {
      return new ArrayList<>(List.of(java, "-cp", options.applicationClasspath(), TeiaApplication.class.getName()));
    }
    List<String> command = new ArrayList<>(List.of(java));
    if (mode == StartMode.AOT) {
      command.add("-XX:AOTCache=" + aotCache(url, changelog));
    }
    command.addAll(List.of("-cp", productionClasspath(), TeiaApplication.class.getName()));
    return command;
  }

  /**
   * The production jar unpacked (Spring Boot's {@code extract}), then the benchmark changelogs as a jar
   * (the AOT cache takes jars only). Like infra/start-app.sh, an unpacked copy of the same jar (size and
   * modification time in {@code source}) is kept, with its AOT cache, for the next run.
   */
  private String productionClasspath() throws Exception {
    if (unpacked == null) {
      if (options.startJar == null) {
        throw new IllegalArgumentException("--start-with=jar or aot needs --start-jar=<the production jar>");
      }
      Path dir = options.logDir.toAbsolutePath().resolve("app");
      Path jar = options.startJar.toAbsolutePath();
      String source = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() + " " + jar
          + " " + System.getProperty("java.vm.version");
      Path stamp = dir.resolve("source");
      if (!Files.isRegularFile(stamp) || !Files.readString(stamp).equals(source)) {
        deleteTree(dir);
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djarmode=tools", "-jar",
            jar.toString(), "extract", "--destination", dir.toString()), dir.resolveSibling("extract.log"));
        writeChangelogJar(dir.resolve("bench-changelogs.jar"));
        Files.writeString(stamp, source);
      } else {
        log("reusing %s (unpacked from the same jar)", dir);
      }
      unpacked = dir.resolve(jar.getFileName());
    }
    return unpacked + java.io.File.pathSeparator + unpacked.resolveSibling("bench-changelogs.jar");
  }

  /** One training run of the exact command the timed starts use, as infra/start-app.sh does once per jar. */
  private Path aotCache(String url, String changelog) throws Exception {
    if (aotCache == null) {
      String classpath = productionClasspath();
      Path cache = unpacked.resolveSibling("teia.aot");
      if (Files.isRegularFile(cache)) {
        log("reusing the AOT cache %s (%d MB) made by an earlier run from the same jar", cache, Files.size(cache) >> 20);
        report.aotCacheBytes = Files.size(cache);
        return aotCache = cache;
      }
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:AOTCacheOutput=" + cache, "-Dspring.context.exit=onRefresh", "-cp", classpath, TeiaApplication.class.getName()));
      command.addAll(arguments(url, changelog));
      command.add("--server.port=0");
      long start = System.nanoTime();
      run(command, options.logDir.toAbsolutePath().resolve("aot-training.log"));
      if (!Files.isRegularFile(cache)) {
        throw new IllegalStateException("the training run wrote no AOT cache; see aot-training.log");
      }
      report.aotTraining = Duration.ofNanos(System.nanoTime() - start);
      report.aotCacheBytes = Files.size(cache);
      log("AOT cache: %d MB, training run %s", Files.size(cache) >> 20, Stats.human(report.aotTraining));
      aotCache = cache;
    }
    return aotCache;
  }

  private void run(List<String> command, Path log) throws Exception {
    Files.createDirectories(log.getParent());
    Process process = new ProcessBuilder(command).directory(options.serverDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    // a training run on a busy 2-core machine has taken 15 min
    if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(command.get(1) + "... failed; see " + log);
    }
  }

  private void writeChangelogJar(Path target) throws Exception {
    Path own = Path.of(TenancyBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path root = own.resolve("db/changelog/bench");
    try (var jar = new java.util.jar.JarOutputStream(Files.newOutputStream(target));
        var files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new java.util.jar.JarEntry(own.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, jar);
        jar.closeEntry();
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /**
   * Starts the real web application ({@link TeiaApplication}, demo off) in a child JVM and times it
   * from the process spawn until its HTTP port answers; also reads Spring's own "Started ... in" line
   * (logged on ApplicationStartedEvent, just before ready) and the JVM's CPU time when the port answered.
   */
  private Start startApplication(String url, String changelog, String label) throws Exception {
    return startApplication(url, changelog, label, options.startWith.getLast());
  }

  private Start startApplication(String url, String changelog, String label, StartMode mode) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    List<String> command = javaCommand(mode, url, changelog);
    command.addAll(arguments(url, changelog));
    command.add("--server.port=" + port);
    Path log = options.logDir.resolve("start-" + label + ".log");
    Files.createDirectories(options.logDir);
    ProcessBuilder builder = new ProcessBuilder(command).directory(options.serverDir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
        .timeout(Duration.ofSeconds(5)).GET().build();
    long start = System.nanoTime();
    Process process = builder.start();
    try {
      Duration portAnswers = null;
      Duration cpu = Duration.ZERO;
      while (portAnswers == null) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the application exited with " + process.exitValue() + "; see " + log);
        }
        if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(options.startTimeout)) {
          throw new IllegalStateException("the application did not answer within " + options.startTimeout + " s; see " + log);
        }
        try {
          http.send(request, HttpResponse.BodyHandlers.discarding());
          portAnswers = Duration.ofNanos(System.nanoTime() - start);
          cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
        } catch (IOException notYet) {
          Thread.sleep(20);
        }
      }
      Matcher started = null;
      for (int i = 0; i < 200 && started == null; i++) {
        Matcher m = STARTED.matcher(Files.readString(log));
        if (m.find()) {
          started = m;
        } else {
          Thread.sleep(50);
        }
      }
      if (started == null) {
        throw new IllegalStateException("no 'Started TeiaApplication' line in " + log);
      }
      Start result = new Start(portAnswers, seconds(started.group(1)), seconds(started.group(2)), cpu);
      log("  port answered after %s (JVM CPU %s); Spring: started in %s, JVM up %s", Stats.human(portAnswers),
          Stats.human(cpu), Stats.human(result.springStarted()), Stats.human(result.jvmUptimeAtStarted()));
      return result;
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  private static Duration seconds(String text) {
    return Duration.ofNanos(Math.round(Double.parseDouble(text) * 1e9));
  }

  // ---------------------------------------------------------------------------------------------

  private static final java.util.logging.Logger LIQUIBASE_JUL = java.util.logging.Logger.getLogger("liquibase");

  /** Outside a Spring context (plain Liquibase phase) Liquibase would log every changeset at INFO. */
  private static void quietLiquibase() {
    LIQUIBASE_JUL.setLevel(java.util.logging.Level.WARNING);
    System.setProperty("liquibase.showBanner", "false");
  }

  static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "%s [bench] %s%n",
        ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_TIME).substring(0, 12),
        String.format(Locale.ROOT, format, args));
  }

  static final class Options {
    String uf = "MG";
    String otherUf = "ES";
    long limit = Long.MAX_VALUE;
    int plainSample = 100;
    int singleSample = 20;
    int startRuns = 5;
    /** Seconds a start may take before the run fails (a busy shared machine needs more than a quiet one). */
    int startTimeout = 180;
    List<StartMode> startWith = List.of(StartMode.CLASSPATH);
    Path startJar;
    int parallelism = 2;
    int compareParallelism = 0;
    Path output = Path.of("docs/benchmarks/tenancy.md");
    Path serverDir = Path.of(".");
    Path logDir = Path.of("target/bench-logs");
    Path appClasspath;
    Set<String> only = Set.of("start", "migrate", "single", "plain", "real");

    boolean country() {
      return BenchMain.COUNTRY.equals(uf);
    }

    boolean runs(String phase) {
      return only.contains(phase);
    }
    double quietThreshold = 0.15;
    Duration quietWait = Duration.ofMinutes(10);

    /** The server's runtime classpath (no test libraries) plus the benchmark changelogs. */
    String applicationClasspath() throws IOException {
      if (appClasspath == null) {
        return System.getProperty("java.class.path");
      }
      try {
        // this module's own classes first: they hold the benchmark changelogs
        Path own = Path.of(TenancyBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return own.toAbsolutePath() + java.io.File.pathSeparator + Files.readString(appClasspath).strip();
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }

    String arguments = "";

    static Options parse(String[] args) {
      Options o = new Options();
      o.arguments = String.join(" ", args);
      Map<String, String> map = new LinkedHashMap<>();
      for (String arg : args) {
        if (!arg.startsWith("--") || !arg.contains("=")) {
          throw new IllegalArgumentException("expected --name=value, got " + arg);
        }
        map.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
      map.forEach((key, value) -> {
        switch (key) {
          case "uf" -> o.uf = value.toUpperCase(Locale.ROOT);
          case "other-uf" -> o.otherUf = value;
          case "limit" -> o.limit = Long.parseLong(value);
          case "plain-sample" -> o.plainSample = Integer.parseInt(value);
          case "single-sample" -> o.singleSample = Integer.parseInt(value);
          case "start-runs" -> o.startRuns = Integer.parseInt(value);
          case "start-timeout" -> o.startTimeout = Integer.parseInt(value);
          case "start-with" -> o.startWith = java.util.Arrays.stream(value.split(","))
              .map(m -> StartMode.valueOf(m.strip().toUpperCase(Locale.ROOT))).toList();
          case "start-jar" -> o.startJar = Path.of(value);
          case "parallelism" -> o.parallelism = Integer.parseInt(value);
          case "compare-parallelism" -> o.compareParallelism = Integer.parseInt(value);
          case "output" -> o.output = Path.of(value);
          case "server-dir" -> o.serverDir = Path.of(value);
          case "log-dir" -> o.logDir = Path.of(value);
          case "app-classpath" -> o.appClasspath = Path.of(value);
          case "only" -> o.only = Set.of(value.split(","));
          case "quiet-threshold" -> o.quietThreshold = Double.parseDouble(value);
          case "quiet-wait" -> o.quietWait = Duration.ofSeconds(Long.parseLong(value));
          default -> throw new IllegalArgumentException("unknown option --" + key);
        }
      });
      return o;
    }
  }

}
