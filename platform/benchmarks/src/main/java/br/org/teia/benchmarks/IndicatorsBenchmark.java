package br.org.teia.benchmarks;

import br.org.teia.console.comparison.ComparisonCache;
import br.org.teia.console.comparison.ComparisonScreen;
import br.org.teia.console.comparison.ComparisonService;
import br.org.teia.kernel.indicators.IndicatorRebuild;
import br.org.teia.kernel.indicators.IndicatorsRolledUp;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.security.TeiaAuthentication;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.task.TenantJobReport;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.Municipality;
import br.org.teia.kernel.tenancy.OnboardingReport;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.structure.managingbody.ManagingBodyForm;
import br.org.teia.structure.managingbody.ManagingBodyService;
import br.org.teia.structure.managingbody.SuasManagementLevel;
import br.org.teia.structure.unit.UnitForm;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.structure.unit.UnitType;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Indicators benchmark: onboards the municipalities of a state (MG: 853; {@code --uf=BR}: all 5,570)
 * with demo-sized structure data (a managing body and a handful of units each, written through the
 * module's services, so the rollup is fed as in production), then measures
 * <ul>
 *   <li>a full rollup rebuild ({@link IndicatorRebuild#rebuildAll()}; target under 60 s);
 *   <li>one comparison question (a municipality's CRAS against its region, its peers and the state,
 *       with ranking, distribution and series, protected once) cold and cached (target p95 under
 *       200 ms cached, 100 ms cold);
 *   <li>the same question answered naively: a UNION ALL across every tenant schema, unprotected.
 * </ul>
 * Writes a markdown report, with how busy the machine was around each phase (load average before and
 * after, CPU other processes used meanwhile). Run with {@code infra/bench-indicators.sh}; options:
 * {@code --uf=MG --limit=N --cold=20 --cached=200 --naive=20 --rebuild-parallelism=4
 * --output=docs/benchmarks/indicators.md} (no {@code --rebuild-parallelism}: the application's default).
 */
public final class IndicatorsBenchmark {

  static final String CODE = "structure.units.cras";

  private final String uf;
  private final long limit;
  private final int coldSamples;
  private final int cachedSamples;
  private final int naiveSamples;
  private final Path output;
  private final String rebuildParallelism;
  /** {@code --comparison-only}: the rollup written straight into the platform schema, with {@code --months} of history. */
  private final boolean comparisonOnly;
  private final int months;
  /** One row per phase: name, load before, load after, other processes' CPU meanwhile. */
  private final List<String> phases = new ArrayList<>();
  private final BenchDatabases databases = new BenchDatabases();
  private final StringBuilder results = new StringBuilder();

  private IndicatorsBenchmark(Map<String, String> options) {
    uf = options.getOrDefault("uf", "MG").toUpperCase(Locale.ROOT);
    limit = Long.parseLong(options.getOrDefault("limit", String.valueOf(Long.MAX_VALUE)));
    coldSamples = Integer.parseInt(options.getOrDefault("cold", "20"));
    cachedSamples = Integer.parseInt(options.getOrDefault("cached", "200"));
    naiveSamples = Integer.parseInt(options.getOrDefault("naive", "20"));
    output = Path.of(options.getOrDefault("output", "docs/benchmarks/indicators.md"));
    rebuildParallelism = options.get("rebuild-parallelism");
    comparisonOnly = Boolean.parseBoolean(options.getOrDefault("comparison-only", "false"));
    months = Integer.parseInt(options.getOrDefault("months", "1"));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchMain.options(args);
    new IndicatorsBenchmark(options).run();
    System.exit(0); // the shutdown hook drops the benchmark database
  }

  private void run() throws Exception {
    List<String> codes = BenchMain.codes(uf).stream().limit(limit).toList();
    String url = databases.create("indicators");
    log("%d municipalities of %s; PostgreSQL %s", codes.size(), uf, databases.serverVersion());
    List<String> arguments = new ArrayList<>(databases.arguments(url));
    arguments.add("--teia.demo.enabled=false");
    if (rebuildParallelism != null) {
      arguments.add("--teia.indicators.rebuild-parallelism=" + rebuildParallelism);
    }
    try (ConfigurableApplicationContext context = BenchMain.application(arguments)) {
      if (comparisonOnly) {
        comparisonOnly(context, codes);
        return;
      }

      long start = System.nanoTime();
      OnboardingReport onboarded = phase("onboarding", () -> context.getBean(TenantOnboarding.class).onboard(codes));
      Duration onboarding = since(start);
      log("onboarded %d (%d failed) in %s", onboarded.onboarded().size(), onboarded.failed().size(), Stats.human(onboarding));

      start = System.nanoTime();
      Map<String, Integer> populations = phase("seeding", () -> seed(context, codes));
      Duration seeding = since(start);
      log("seeded demo-sized structure data in %s", Stats.human(seeding));
      UUID regionSet = regions(context.getBean(JdbcClient.class), uf, codes, populations);

      List<Duration> rebuilds = new ArrayList<>();
      TenantJobReport rebuild = null;
      for (int i = 0; i < 2; i++) {
        start = System.nanoTime();
        rebuild = phase("rollup rebuild " + (i + 1), () -> context.getBean(IndicatorRebuild.class).rebuildAll());
        rebuilds.add(since(start));
        log("rollup rebuild %d: %s", i + 1, Stats.human(rebuilds.getLast()));
      }
      long rollupRows = context.getBean(JdbcClient.class).sql("SELECT count(*) FROM platform.indicator_value")
          .query(Long.class).single();

      Comparisons measured = phase("comparisons, cold then cached", () -> comparisons(context, codes, regionSet));
      log("comparison cold %s, after a rollup move %s, cached %s", measured.cold(), measured.afterMove(), measured.cached());

      List<Duration> naive = new ArrayList<>();
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      String union = String.join("\nUNION ALL\n", codes.stream()
          .map(c -> "SELECT '" + c + "' AS tenant, count(*) AS n FROM mun_" + c
              + ".unit WHERE type = 'CRAS' AND status = 'ACTIVE'").toList());
      Map<String, String> regionOf = new HashMap<>();
      jdbc.sql("SELECT ibge_code, region_id::text FROM platform.region_municipality WHERE region_set_id = ?")
          .param(regionSet).query((rs, n) -> regionOf.put(rs.getString(1), rs.getString(2))).list();
      // One statement over every schema takes a lock per table and index: at 5,570 schemas that may
      // outgrow PostgreSQL's lock table (max_locks_per_transaction); the report says so instead of failing.
      String[] failure = new String[1];
      phase("naive UNION ALL", () -> {
        for (int i = 0; i < naiveSamples && failure[0] == null; i++) {
          String municipality = codes.get((i * 37) % codes.size());
          long t = System.nanoTime();
          Map<String, Long> counts = new HashMap<>();
          try {
            jdbc.sql(union).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
          } catch (DataAccessException e) {
            failure[0] = e.getMostSpecificCause().getMessage();
            log("naive UNION ALL failed: %s", failure[0]);
            continue;
          }
          long own = counts.get(municipality);
          long region = counts.entrySet().stream().filter(e -> regionOf.get(e.getKey()).equals(regionOf.get(municipality)))
              .mapToLong(Map.Entry::getValue).sum();
          long peers = counts.entrySet().stream()
              .filter(e -> sizeClass(populations.get(e.getKey())) == sizeClass(populations.get(municipality)))
              .mapToLong(Map.Entry::getValue).sum();
          long state = counts.values().stream().mapToLong(Long::longValue).sum();
          naive.add(since(t));
          if (i == 0) {
            log("naive answer for %s: own %d, region %d, peers %d, state %d", municipality, own, region, peers, state);
          }
        }
        return null;
      });
      String naiveFailure = failure[0];
      log("naive UNION ALL %s", Stats.of(naive));

      write(codes.size(), onboarding, seeding, rebuilds, rebuild, rollupRows, measured, Stats.of(naive), naiveFailure);
    }
  }

  /**
   * {@code --comparison-only}: the comparison reads nothing but platform tables, so its cost at a
   * size (the whole country) can be measured without onboarding a schema per town: the catalogue,
   * populations, a region set and every declared indicator's figure of every town ({@code --months}
   * monthly points of history each, the latest the current value) are written straight into the
   * platform schema, then the same comparison question is asked cold and cached.
   */
  private void comparisonOnly(ConfigurableApplicationContext context, List<String> codes) throws Exception {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    Municipalities municipalities = context.getBean(Municipalities.class);
    Map<String, Integer> populations = new HashMap<>();
    phase("synthetic catalogue and rollup", () -> {
      for (int i = 0; i < codes.size(); i++) {
        String code = codes.get(i);
        Municipality m = municipalities.find(TenantId.of(code)).orElseThrow();
        jdbc.sql("INSERT INTO platform.tenant (ibge_code, name, uf, status, schema_name) VALUES (?, ?, ?, 'ACTIVE', ?)")
            .params(code, m.name(), m.uf(), TenantId.of(code).schemaName()).update();
        populations.put(code, population(i));
      }
      // a figure of 0..15 per town, indicator and month (counts under and over k alike), rates over 20
      jdbc.sql("""
              INSERT INTO platform.indicator_history (code, tenant_code, period, value, denominator)
              SELECT d.code, t.ibge_code, (date_trunc('month', now()) - make_interval(months => m))::date,
                     abs(hashtext(d.code || t.ibge_code || m)) % 16,
                     CASE WHEN d.kind = 'RATE' THEN 20 END
              FROM platform.indicator_definition d CROSS JOIN platform.tenant t CROSS JOIN generate_series(0, ? - 1) m""")
          .param(Math.max(1, months)).update();
      jdbc.sql("""
              INSERT INTO platform.indicator_value (code, tenant_code, value, denominator, updated_at)
              SELECT code, tenant_code, value, denominator, now() FROM platform.indicator_history
              WHERE period = date_trunc('month', now())::date""").update();
      jdbc.sql("ANALYZE platform.indicator_value").update();
      jdbc.sql("ANALYZE platform.indicator_history").update();
      return null;
    });
    UUID regionSet = regions(jdbc, uf, codes, populations);
    long rollupRows = jdbc.sql("SELECT count(*) FROM platform.indicator_value").query(Long.class).single();
    long historyRows = jdbc.sql("SELECT count(*) FROM platform.indicator_history").query(Long.class).single();
    log("synthetic rollup: %d values, %d history points", rollupRows, historyRows);
    Comparisons measured = phase("comparisons, cold then cached", () -> comparisons(context, codes, regionSet));
    log("comparison cold %s, after a rollup move %s, cached %s", measured.cold(), measured.afterMove(), measured.cached());
    results.append("# Indicators benchmark, comparison only\n\n")
        .append("Written by `infra/bench-indicators.sh --comparison-only` (`platform/benchmarks` `IndicatorsBenchmark`) on ")
        .append(ZonedDateTime.now(ZoneOffset.UTC).toLocalDate()).append(", commit `")
        .append(System.getProperty("teia.bench.commit", "unknown")).append("`, ").append(machine()).append(".\n\n")
        .append("No tenant schema: the catalogue and the rollup of every declared indicator are written straight into the ")
        .append("platform schema (a figure of 0..15 per town, indicator and month), which is all a comparison reads.\n\n")
        .append("| what | figure | target |\n|---|---|---|\n")
        .append(row("municipalities of " + uf, String.valueOf(codes.size()), everyOne(codes.size())))
        .append(row("rollup rows (`platform.indicator_value`)", String.valueOf(rollupRows), ""))
        .append(row("history points (`platform.indicator_history`), months", historyRows + ", " + Math.max(1, months), ""))
        .append(row("comparison, cold (cache cleared), n=" + measured.cold().count(), "p50 "
            + Stats.human(measured.cold().median()) + ", p95 " + Stats.human(measured.cold().p95()),
            "p95 < 100 ms " + verdict(measured.cold().p95(), Duration.ofMillis(100))))
        .append(afterMoveRow(measured.afterMove()))
        .append(row("comparison, cached, n=" + measured.cached().count(), "p50 "
            + Stats.human(measured.cached().median()) + ", p95 " + Stats.human(measured.cached().p95()),
            "p95 < 200 ms " + verdict(measured.cached().p95(), Duration.ofMillis(200))));
    appendSampleAndLoad(measured.last());
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, results.toString());
    log("wrote %s", output);
  }

  /**
   * {@code cold}: every cache emptied (after a restart, or an edit of a region set or a population);
   * {@code afterMove}: the comparisons dropped as a rollup move drops them ({@link IndicatorsRolledUp}),
   * the groups kept: the disclosure control runs again, the groups are not rebuilt.
   */
  record Comparisons(Stats cold, Stats afterMove, Stats cached, ComparisonScreen last) {}

  /** The comparison question {@code --cold} times, the cache cleared before each, then {@code --cached} times. */
  private Comparisons comparisons(ConfigurableApplicationContext context, List<String> codes, UUID regionSet) {
    ComparisonService comparisons = context.getBean(ComparisonService.class);
    ComparisonCache cache = context.getBean(ComparisonCache.class);
    List<Duration> cold = new ArrayList<>();
    List<Duration> afterMove = new ArrayList<>();
    List<Duration> cached = new ArrayList<>();
    ComparisonScreen[] last = new ComparisonScreen[1];
    asAssociationStaff(() -> {
      for (int i = 0; i < coldSamples; i++) {
        String municipality = codes.get((i * 37) % codes.size());
        cache.clear();
        long t = System.nanoTime();
        last[0] = comparisons.screen(CODE, municipality, regionSet.toString(), null);
        cold.add(since(t));
      }
      for (int i = 0; i < coldSamples; i++) {
        String municipality = codes.get((i * 41) % codes.size());
        cache.rolledUp(new IndicatorsRolledUp(null, Set.of(CODE)));
        long t = System.nanoTime();
        comparisons.screen(CODE, municipality, regionSet.toString(), null);
        afterMove.add(since(t));
      }
      for (int i = 0; i < cachedSamples; i++) {
        String municipality = codes.get((i * 37) % codes.size());
        long t = System.nanoTime();
        comparisons.screen(CODE, municipality, regionSet.toString(), null);
        cached.add(since(t));
      }
      return null;
    });
    return new Comparisons(Stats.of(cold), Stats.of(afterMove), Stats.of(cached), last[0]);
  }

  /** Machine, PostgreSQL, JDK and JVM flags, for the report's first line. */
  private String machine() {
    return Machine.cores() + " CPUs (" + Machine.cpu() + ", " + Machine.memory() + "), PostgreSQL "
        + databases.serverVersion() + ", JDK " + Machine.jdk() + ", JVM flags `"
        + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> !a.startsWith("-Dteia.bench.commit")).toList()) + "`";
  }

  private static String afterMoveRow(Stats afterMove) {
    return row("comparison, cold after a rollup move (comparisons dropped as a write drops them, groups kept), n="
        + afterMove.count(), "p50 " + Stats.human(afterMove.median()) + ", p95 " + Stats.human(afterMove.p95()),
        "p95 < 100 ms " + verdict(afterMove.p95(), Duration.ofMillis(100)));
  }

  /** The last cold answer, then how busy the machine was around each phase. */
  private void appendSampleAndLoad(ComparisonScreen sample) {
    if (sample != null) {
      results.append("\nLast cold answer: ").append(sample.name()).append(", ").append(sample.comparison().size())
          .append(" comparison rows, ").append(sample.ranking().size()).append(" ranked, ")
          .append(sample.distribution().hidden()).append(" hidden in the state.\n");
    }
    results.append("\nHow busy the machine was (load average over 1 / 5 / 15 minutes, from `/proc/loadavg`; the CPU ")
        .append("other processes than this benchmark and its PostgreSQL backends used during the phase):\n\n")
        .append("| phase | load before | load after | other processes meanwhile |\n|---|---|---|---|\n");
    phases.forEach(p -> results.append(p).append('\n'));
  }

  /**
   * Runs a phase, noting the machine's load average (one minute) before and after it and the CPU
   * other processes used meanwhile (the machine may be shared: the report says how clean each figure is).
   */
  private <T> T phase(String name, Neighbours.Work<T> work) throws Exception {
    String before = loadAverage();
    Neighbours.Measured<T> measured = Neighbours.during(databases, work);
    String after = loadAverage();
    phases.add("| " + name + " | " + before + " | " + after + " | " + measured.usage().describe() + " |");
    log("%s: load %s before, %s after; others %s", name, before, after, measured.usage().describe());
    return measured.result();
  }

  /** The one-, five- and fifteen-minute load averages ({@code /proc/loadavg}), or "?" elsewhere. */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (java.io.IOException | RuntimeException e) {
      return "?";
    }
  }

  /** Demo-sized structure per municipality: a managing body and units by size, through the services. */
  static Map<String, Integer> seed(ConfigurableApplicationContext context, List<String> codes) {
    SystemWork system = context.getBean(SystemWork.class);
    ManagingBodyService bodies = context.getBean(ManagingBodyService.class);
    UnitService units = context.getBean(UnitService.class);
    Map<String, Integer> populations = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      int population = population(i);
      populations.put(code, population);
      int cras = population <= 20_000 ? 1 : population <= 50_000 ? 2 : population <= 100_000 ? 3
          : population <= 900_000 ? 6 : 12;
      int creas = population <= 20_000 ? (i % 3 == 0 ? 1 : 0) : Math.max(1, cras / 3);
      system.in(TenantId.of(code), Role.MUNICIPAL_MANAGER, () -> {
        bodies.save(null, new ManagingBodyForm("Secretaria Municipal de Assistência Social", cnpj(code),
            "Gestor(a) " + code, "100/2015", LocalDate.of(2015, 6, 1), null, population,
            population > 100_000 ? SuasManagementLevel.PLENA : SuasManagementLevel.BASICA));
        for (int c = 1; c <= cras; c++) {
          units.create(new UnitForm(UnitType.CRAS, "CRAS " + c, "Rua " + c + ", 100", null, LocalDate.of(2010, 3, 1),
              null, population <= 20_000 ? 2500 : 5000, null, Set.of("PAIF", "SCFV")));
        }
        for (int c = 1; c <= creas; c++) {
          units.create(new UnitForm(UnitType.CREAS, "CREAS " + c, "Rua " + c + ", 200", null, LocalDate.of(2012, 3, 1),
              null, 80, null, Set.of("PAEFI")));
        }
        return null;
      });
      if ((i + 1) % 100 == 0) {
        log("  seeded %d/%d", i + 1, codes.size());
      }
    }
    return populations;
  }

  /** A spread like Minas Gerais': most towns small, a few large, one metropolis. */
  static int population(int i) {
    int r = Math.floorMod(i * 7919, 1000);
    return r < 700 ? 2_000 + r * 25 : r < 900 ? 20_001 + (r - 700) * 150 : r < 960 ? 50_001 + (r - 900) * 800
        : r < 995 ? 100_001 + (r - 960) * 20_000 : 2_300_000;
  }

  static int sizeClass(int population) {
    return population <= 20_000 ? 0 : population <= 50_000 ? 1 : population <= 100_000 ? 2 : population <= 900_000 ? 3 : 4;
  }

  /** Populations for the peer groups and a region set of about twelve regions (by code order). */
  private static UUID regions(JdbcClient jdbc, String uf, List<String> codes, Map<String, Integer> populations) {
    populations.forEach((code, population) -> jdbc.sql("""
            INSERT INTO platform.member_profile (ibge_code, population) VALUES (?, ?)
            ON CONFLICT (ibge_code) DO UPDATE SET population = excluded.population""")
        .params(code, population).update());
    UUID set = UUID.randomUUID();
    jdbc.sql("INSERT INTO platform.region_set (id, name, uf) VALUES (?, 'Regionais (benchmark)', ?)").params(set, uf).update();
    int regions = Math.max(2, Math.min(12, codes.size() / 10));
    List<UUID> ids = new ArrayList<>();
    for (int r = 0; r < regions; r++) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      jdbc.sql("INSERT INTO platform.region (id, region_set_id, name) VALUES (?, ?, ?)").params(id, set, "Regional " + (r + 1))
          .update();
    }
    for (int i = 0; i < codes.size(); i++) {
      jdbc.sql("INSERT INTO platform.region_municipality (region_set_id, region_id, ibge_code) VALUES (?, ?, ?)")
          .params(set, ids.get(i * regions / codes.size()), codes.get(i)).update();
    }
    return set;
  }

  private static <T> T asAssociationStaff(Supplier<T> work) {
    TeiaUser user = new TeiaUser(UUID.randomUUID(), "bench@cogemas.demo", "Benchmark", Set.of(Role.ASSOCIATION_STAFF), Map.of());
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(TeiaAuthentication.of(user, null));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private void write(int tenants, Duration onboarding, Duration seeding, List<Duration> rebuilds, TenantJobReport rebuild,
      long rollupRows, Comparisons measured, Stats naive, String naiveFailure) throws Exception {
    Stats cold = measured.cold();
    Stats cached = measured.cached();
    ComparisonScreen sample = measured.last();
    String commit = System.getProperty("teia.bench.commit", "unknown");
    Duration bestRebuild = rebuilds.stream().min(Duration::compareTo).orElseThrow();
    results.append("# Indicators benchmark\n\n")
        .append("Written by `infra/bench-indicators.sh` (`platform/benchmarks` `IndicatorsBenchmark`) on ")
        .append(ZonedDateTime.now(ZoneOffset.UTC).toLocalDate()).append(", commit `").append(commit).append("`, ")
        .append(machine()).append(", rollup rebuild ").append(rebuildParallelism == null ? "at the application's default parallelism"
            : "with `teia.indicators.rebuild-parallelism=" + rebuildParallelism + "`")
        .append(".\n\n")
        .append("| what | figure | target |\n|---|---|---|\n")
        .append(row("municipalities of " + uf, String.valueOf(tenants), everyOne(tenants)))
        .append(row("onboarding (real changelog)", Stats.human(onboarding), ""))
        .append(row("seeding demo-sized structure data through the services", Stats.human(seeding), ""))
        .append(row("rollup rows (`platform.indicator_value`)", String.valueOf(rollupRows), ""))
        .append(row("full rollup rebuild, runs " + rebuilds.stream().map(Stats::human).toList(), Stats.human(bestRebuild)
            + " (best)" + (rebuild == null ? "" : ", " + rebuild.done().size() + " done, " + rebuild.failed().size() + " failed"), "< 60 s " + verdict(bestRebuild, Duration.ofSeconds(60))))
        .append(row("comparison, cold (cache cleared), n=" + cold.count(), "p50 " + Stats.human(cold.median()) + ", p95 "
            + Stats.human(cold.p95()), "p95 < 100 ms " + verdict(cold.p95(), Duration.ofMillis(100))))
        .append(afterMoveRow(measured.afterMove()))
        .append(row("comparison, cached, n=" + cached.count(), "p50 " + Stats.human(cached.median()) + ", p95 "
            + Stats.human(cached.p95()), "p95 < 200 ms " + verdict(cached.p95(), Duration.ofMillis(200))))
        .append(row("same question, naive UNION ALL over every tenant schema (unprotected), n=" + naive.count(),
            naiveFailure != null ? "**failed**: " + naiveFailure.replace('\n', ' ')
                : "p50 " + Stats.human(naive.median()) + ", p95 " + Stats.human(naive.p95()), ""))
        .append("\nThe comparison question: indicator `").append(CODE).append("` for one municipality against its region ")
        .append("(a set of about twelve regions), its size-class peers and the state, with ranking, quartiles and the ")
        .append("monthly series, every figure protected by the keyed contributions of ADR 0018. Cold means every comparison cache ")
        .append("was cleared before each query (the disclosure control runs again and the groups are rebuilt: after a restart, ")
        .append("or an edit of a region set or a population); cold after a rollup move is what the first reader after any ")
        .append("write meets (the disclosure control runs again, the groups are kept); cached is what every later screen, ")
        .append("export and open-data call pays until the rollup moves. The naive query reads one table in every schema ")
        .append("and applies no disclosure control at all.\n");
    appendSampleAndLoad(sample);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, results.toString());
    log("wrote %s", output);
  }

  /** The full run takes every municipality of {@code uf}; a smaller run says how many that would be. */
  private String everyOne(int tenants) {
    int all = BenchMain.codes(uf).size();
    return tenants < all ? all + " for the full run" : String.valueOf(all);
  }

  private static String row(String what, String figure, String target) {
    return "| " + what + " | " + figure + " | " + target + " |\n";
  }

  private static String verdict(Duration measured, Duration target) {
    return measured.compareTo(target) < 0 ? "(met)" : "(**not met**)";
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** A well-formed CNPJ from the IBGE code (fictitious). */
  static String cnpj(String ibge) {
    String base = ("0" + ibge).substring(0, 8) + "0001";
    int first = digit(base);
    int second = digit(base + first);
    return base + first + second;
  }

  private static int digit(String digits) {
    int sum = 0;
    int weight = digits.length() - 7;
    for (char c : digits.toCharArray()) {
      sum += (c - '0') * weight;
      weight = weight == 2 ? 9 : weight - 1;
    }
    int rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  }

  static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, "%s [bench] %s%n",
        ZonedDateTime.now(ZoneOffset.UTC).toLocalTime().toString(), String.format(Locale.ROOT, format, args));
  }
}
