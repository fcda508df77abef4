package br.org.teia.benchmarks;

import br.org.teia.benchmarks.TenancyBenchmark.Bulk;
import br.org.teia.benchmarks.TenancyBenchmark.Check;
import br.org.teia.benchmarks.TenancyBenchmark.Migration;
import br.org.teia.benchmarks.TenancyBenchmark.Plain;
import br.org.teia.benchmarks.TenancyBenchmark.Single;
import br.org.teia.benchmarks.TenancyBenchmark.Start;
import br.org.teia.benchmarks.TenancyBenchmark.StartSeries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/** The markdown results file; rewritten after every phase, so a broken run still leaves its figures. */
final class Report {

  private static final Duration ONE_TENANT = Duration.ofSeconds(1);

  /** A state's targets (MG, 853), and the whole country's (issue 15: 5,570, tighter for migrate-all and start). */
  private record Targets(Duration allTenants, Duration migrateAll, Duration start) {}

  private static final Targets STATE = new Targets(Duration.ofMinutes(3), Duration.ofMinutes(2), Duration.ofSeconds(20));
  private static final Targets COUNTRY = new Targets(Duration.ofMinutes(6), Duration.ofMinutes(1), Duration.ofSeconds(15));

  private final TenancyBenchmark.Options options;
  private final String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
  private String machine = "";
  private String postgres = "";

  Start startWarmup;
  List<StartSeries> startEmpty;
  Duration aotTraining;
  long aotCacheBytes;
  Bulk syntheticOnboarding;
  Check syntheticCheck;
  Duration migrateContextStart;
  Migration migration;
  Check migrationCheck;
  List<StartSeries> startFull;
  Single single;
  Plain plainSynthetic;
  Bulk realOnboarding;
  Check realCheck;
  Plain plainReal;
  int compareParallelism;
  Bulk compareOnboarding;
  Check compareCheck;
  boolean finished;
  int heldOut;
  java.util.List<TenancyBenchmark.Pool> pools = java.util.List.of();
  final java.util.List<TenancyBenchmark.Catalogue> catalogues = new java.util.ArrayList<>();
  java.util.List<TenancyBenchmark.CacheStep> connectionCache = java.util.List.of();
  private final java.util.List<String> phases = new java.util.ArrayList<>();

  Report(TenancyBenchmark.Options options) {
    this.options = options;
  }

  void machine(BenchDatabases databases) {
    postgres = databases.serverVersion() + (databases.external()
        ? " (the machine's service, `TEIA_TEST_DB_URL`; same machine, sharing the cores)"
        : " (embedded, zonky; same machine)");
    machine = """
        | | |
        |---|---|
        | CPU | %d cores, %s |
        | memory | %s |
        | OS | %s |
        | JDK | %s |
        | PostgreSQL | %s |
        | its settings | %s |
        | tenancy parallelism | %d (`teia.tenancy.parallelism`%s) |
        """.formatted(Machine.cores(), Machine.cpu(), Machine.memory(), Machine.os(), Machine.jdk(), postgres,
        databases.durabilitySettings(), options.parallelism, options.parallelism == 2 ? ", the default" : "");
  }

  /**
   * A finished phase: its result is stored ({@code into}, e.g. {@code r -> report.startFull = r})
   * before the file is rewritten. Storing it after the write (as this did) left the phase's own
   * figures out of the file until some later phase wrote it again: the last phase of a run (the
   * starts with all tenants, under {@code --only=start,migrate}) was missing from the file whenever
   * the run ended before its final write.
   */
  <T> void phase(String name, Duration took, String before, Neighbours.Usage others, T result, Consumer<T> into) {
    into.accept(result);
    phases.add("| %s | %s | %s | %s | %s |".formatted(name, Stats.human(took), before, others.describe(), others.io()));
    write();
  }

  void write() {
    try {
      Path output = options.output;
      if (output.getParent() != null) {
        Files.createDirectories(output.getParent());
      }
      Files.writeString(output, render());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String render() {
    int n = syntheticOnboarding == null ? 0 : syntheticOnboarding.tenants();
    Targets targets = options.country() ? COUNTRY : STATE;
    StringBuilder md = new StringBuilder();
    md.append("# Tenancy benchmark: onboarding, migrate-all, application start\n\n");
    md.append("Measured by `infra/bench.sh` (`platform/benchmarks`, `TenancyBenchmark`) on ").append(date)
        .append(", commit `").append(System.getProperty("teia.bench.commit", "?")).append("`, ")
        .append(finished ? "all phases in one run." : "**partial: the run had not finished when this was written.**")
        .append(options.country()
            ? " Tenants: every municipality of the reference list (`Municipalities.all()`), the last %d of them held out of the bulk onboarding and onboarded one per call (no other state is left for those samples)."
                .formatted(heldOut)
            : " Tenants: the municipalities of " + options.uf + " (`Municipalities.ofState(\"" + options.uf + "\")`).")
        .append("\n\nArguments: `").append(options.arguments).append("`.\n\n");
    md.append("## Machine\n\n").append(machine).append('\n');

    md.append("## Against the targets\n\n| what | measured | target | met |\n|---|---|---|---|\n");
    if (syntheticOnboarding != null) {
      Bulk b = syntheticOnboarding;
      row(md, "one tenant: build time per tenant, p95, while onboarding all %d (synthetic changelog)".formatted(n),
          Stats.human(b.perTenant().p95()), "< 1 s", met(b.perTenant().p95(), ONE_TENANT));
      row(md, "all %d onboarded, wall time (synthetic changelog)".formatted(n), Stats.human(b.wall())
          + (b.failed() > 0 ? ", **" + b.failed() + " failed**" : ", 0 failed"), "< " + limit(targets.allTenants()),
          met(b.wall(), targets.allTenants()) && b.failed() == 0);
    }
    if (single != null) {
      row(md, "one tenant onboarded by its own call, p95 of %d calls, %d tenants already there".formatted(
          single.rest().count(), n), Stats.human(single.rest().p95()), "< 1 s", met(single.rest().p95(), ONE_TENANT));
    }
    if (migration != null) {
      var r = migration.report();
      row(md, "migrate-all of one new changeset, %d tenants, verified".formatted(r.tenants()),
          "%s; %d verified, %d failed".formatted(Stats.human(r.elapsed()), r.verified(), r.failed().size()),
          "< " + limit(targets.migrateAll()) + ", every schema verified",
          met(r.elapsed(), targets.migrateAll()) && r.allOk() && migrationCheck != null && migrationCheck.ok());
    }
    if (startFull != null) {
      // the target is checked on the last --start-with mode: the way production starts (aot) when given
      StartSeries last = startFull.getLast();
      row(md, "application start with %d tenants, median of %d (spawn to HTTP port answering), %s".formatted(n,
          last.runs().size(), last.mode().label()), Stats.human(last.portAnswers().median()), "< " + limit(targets.start()),
          met(last.portAnswers().median(), targets.start()));
    }
    md.append('\n');

    md.append("## Onboarding (`TenantOnboarding.onboard`, all tenants in one call)\n\n");
    md.append("| changelog | tenants | wall | preparation¹ | per tenant² median | p95 | max | failed | independent check³ |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    bulkRow(md, "synthetic: 60 tables, 25 changesets", syntheticOnboarding, syntheticCheck);
    bulkRow(md, "real: the tenant changelog of this commit", realOnboarding, realCheck);
    bulkRow(md, "synthetic, parallelism " + compareParallelism + " (comparison)", compareOnboarding, compareCheck);
    md.append("""

        1. From the call until the first tenant starts: catalogue rows for every tenant, the advisory
           lock, the template schema migrated by plain Liquibase and the SQL generated once.
        2. Each tenant's build (one transaction: claim, `CREATE SCHEMA`, the generated script, the
           catalogue update, commit), timed in its worker thread and reported through `Progress`,
           while %d tenants build at once (unless the row says otherwise).
        3. Plain SQL after the run, independent of the kernel: every schema holds every changeset id
           and every table of the template, no Liquibase lock row held, every tenant ACTIVE at the
           changelog's version.
        """.formatted(options.parallelism));
    if (single != null) {
      md.append("\nOnboarding one municipality per call (%s, %d calls, new Spring context, %d tenants already there): "
          .formatted(options.country() ? "held out of the bulk" : options.otherUf, single.rest().count() + 1, n))
          .append("first call ").append(Stats.human(single.first()))
          .append(" (builds the template and generates the SQL), then median ").append(Stats.human(single.rest().median()))
          .append(", p95 ").append(Stats.human(single.rest().p95())).append(", max ").append(Stats.human(single.rest().max()))
          .append(" per call.\n");
    }
    md.append('\n');

    md.append("## Plain Liquibase per schema, same run (`LiquibaseRunner.update` on fresh schemas)\n\n");
    md.append("A sample, one schema at a time (Liquibase calls are serialised: see `docs/decisions/0002`), ")
        .append("on its own fresh database. The %d-tenant figure is **extrapolated** (mean × %d), not measured.\n\n"
            .formatted(n, n));
    md.append("| changelog | schemas | per schema median | p95 | mean | %d schemas, extrapolated | kernel, measured | kernel faster by |\n".formatted(n));
    md.append("|---|---|---|---|---|---|---|---|\n");
    if (plainSynthetic != null) {
      plainRow(md, "synthetic, new schema", plainSynthetic.schemas(), plainSynthetic.create(), n,
          syntheticOnboarding == null ? null : syntheticOnboarding.wall());
      plainRow(md, "synthetic, one new changeset", plainSynthetic.schemas(), plainSynthetic.oneChangeSet(), n,
          migration == null ? null : migration.report().elapsed());
    }
    if (plainReal != null) {
      plainRow(md, "real, new schema", plainReal.schemas(), plainReal.create(), n,
          realOnboarding == null ? null : realOnboarding.wall());
    }
    md.append('\n');

    if (migration != null) {
      var r = migration.report();
      md.append("## Migrate-all of one new changeset (`TenantMigrations.migrateAll`, synthetic v1 → v2)\n\n");
      md.append("| tenants | migrated | already current | verified | failed | total | preparation⁴ | migrating⁵ | after the last⁵ | per tenant median | p95 | independent check |\n");
      md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
      md.append("| %d | %d | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s |\n".formatted(r.tenants(), r.migrated(),
          r.alreadyCurrent(), r.verified(), r.failed().size(), Stats.human(r.elapsed()),
          Stats.human(migration.preparation()), Stats.human(migration.migrating()), Stats.human(migration.verifying()),
          Stats.human(migration.perTenant().median()), Stats.human(migration.perTenant().p95()), check(migrationCheck)));
      md.append("""

          4. Exclusive advisory lock, template brought to v2 by plain Liquibase, tenant list. The new
             changeset's SQL is generated once for the group of tenants at v1. The Spring context of
             the run (a new one, as a `migrate-all` command would have) started in %s, not counted.
          5. Each schema is verified (changesets, tables, grants, lock) right after its migration, on
             the same thread (since 2026-12-05; before, a second pass verified them all): "migrating"
             and the per-tenant times include it. "After the last": recording the verified ACTIVE.

          """.formatted(Stats.human(migrateContextStart)));
    }

    if (startEmpty != null || startFull != null) {
      md.append("## Application start (`TeiaApplication`, web, demo off, child JVM)\n\n");
      md.append("| tenants in the catalogue | started as | runs | spawn → HTTP port answers: median | min | max | JVM CPU when the port answered: median | Spring \"Started in\": median | JVM uptime at \"Started\": median |\n");
      md.append("|---|---|---|---|---|---|---|---|---|\n");
      startRows(md, "0", startEmpty);
      startRows(md, n + " (synthetic changelog v2)", startFull);
      if (startWarmup != null) {
        md.append("\nA warm-up start before these (not counted; it also created the platform schema): ")
            .append(Stats.human(startWarmup.portAnswers())).append(" to the port answering.\n");
      }
      if (aotTraining != null) {
        md.append("The AOT cache's training run took %s and wrote %d MB.\n".formatted(Stats.human(aotTraining),
            aotCacheBytes >> 20));
      } else if (aotCacheBytes > 0) {
        md.append("The AOT cache (%d MB) was reused: made by an earlier run's training of the same jar.\n".formatted(
            aotCacheBytes >> 20));
      }
      md.append("""

          Each run starts the application in `platform/server` with `--spring.datasource.url=<benchmark
          database> --teia.demo.enabled=false --server.port=<free>` and no other JVM option: `classpath` is
          `java -cp <the server's runtime classpath + the benchmark changelogs> br.org.teia.TeiaApplication`
          (Vaadin as that build left it); `jar` is the production jar (`--start-jar`) unpacked by Spring Boot's
          `extract`, as `infra/start-app.sh` (and so `infra/run.sh`) runs it, with the benchmark changelogs in a
          jar after it; `aot` is that with `-XX:AOTCache`, made once by a training run of the same command with
          `-XX:AOTCacheOutput -Dspring.context.exit=onRefresh`. The modes alternate run by run. It polls
          `GET /` every 20 ms until any HTTP answer, reads the JVM's CPU time then, and reads Spring's
          "Started TeiaApplication in X seconds (process running for Y)" line (logged on
          ApplicationStartedEvent, right before ApplicationReadyEvent). The JVM is stopped after each run.

          """);
    }

    catalogue(md);

    if (!phases.isEmpty()) {
      md.append("""
          ## The machine during the run

          The machine may be shared with other work (here: other sessions building and testing on the
          same 2 cores). Before each timed phase the benchmark waits (up to %d s) until processes other
          than itself, its child JVMs and PostgreSQL use less than %.0f%% of the machine; while the
          phase runs it samples every second the CPU those other processes use, counting PostgreSQL
          backends of other databases as others (PostgreSQL's own background work counts for nobody).
          I/O wait is the share of CPU time spent waiting for the disk; checkpoints are PostgreSQL's,
          whose writes and fsyncs compete with the fsync that PostgreSQL 15 does after each index it
          builds (about 150 per schema of the synthetic changelog).

          | phase | took | before | CPU used by other processes meanwhile | I/O wait | checkpoints |
          |---|---|---|---|---|---|
          """.formatted(options.quietWait.toSeconds(), options.quietThreshold * 100));
      phases.forEach(p -> md.append(p).append('\n'));
      md.append('\n');
    }

    md.append("""
        ## How to reproduce

        ```
        export TEIA_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres   # optional: else embedded PostgreSQL
        infra/bench.sh                                                      # writes docs/benchmarks/tenancy.md
        infra/bench.sh --limit=50 --plain-sample=5 --start-runs=1           # a quick smoke run
        infra/bench.sh --uf=BR --compare-parallelism=4                      # the whole country (5,570)
        ```

        The synthetic changelog (`platform/benchmarks/src/main/resources/db/changelog/bench/`) stands in
        for the planned tenant modules: 60 tables with primary keys, foreign keys within the schema
        (also across modules), unique and plain indexes, check constraints, reference rows; two modules
        written with Liquibase change types, four as formatted SQL. Version 2 adds one changeset (a
        column with a check, an index, a table with a foreign key). Every phase runs on a fresh database
        of the same PostgreSQL server; the databases are dropped at the end.
        """);
    return md.toString();
  }

  /** PostgreSQL's catalogue at the end of the run, and the pools whose connections cache it. */
  private void catalogue(StringBuilder md) {
    if (catalogues.isEmpty() && pools.isEmpty()) {
      return;
    }
    md.append("""
        ## PostgreSQL's catalogue at the end of the run

        Every tenant schema adds rows to the catalogue of its database; each backend caches the
        catalogue entries of the relations it touches (relcache, catcache) for as long as it lives,
        so a pooled connection that visits many schemas grows until the pool retires it.

        | database | pg_class rows | pg_attribute rows | pg_namespace rows | database size | pg_class size | pg_attribute size | pg_depend size |
        |---|---|---|---|---|---|---|---|
        """);
    for (var c : catalogues) {
      md.append("| %s | %d | %d | %d | %s | %s | %s | %s |\n".formatted(c.label(), c.classes(), c.attributes(),
          c.namespaces(), megabytes(c.databaseBytes()), megabytes(c.tableBytes().get("pg_class")),
          megabytes(c.tableBytes().get("pg_attribute")), megabytes(c.tableBytes().get("pg_depend"))));
    }
    if (!catalogues.isEmpty()) {
      md.append("\nAutovacuum of the catalogue tables (`pg_stat_sys_tables`; autovacuum ")
          .append(catalogues.getFirst().autovacuum()).append("):\n\n")
          .append("| database | table | live rows | dead rows | autovacuums | last autovacuum | autoanalyzes | last autoanalyze |\n")
          .append("|---|---|---|---|---|---|---|---|\n");
      for (var c : catalogues) {
        for (var v : c.vacuum()) {
          md.append("| %s | %s | %d | %d | %d | %s | %d | %s |\n".formatted(c.label(), v.table(), v.live(), v.dead(),
              v.autovacuums(), v.lastAutovacuum() == null ? "never" : v.lastAutovacuum(), v.autoanalyzes(),
              v.lastAutoanalyze() == null ? "never" : v.lastAutoanalyze()));
        }
      }
    }
    if (!connectionCache.isEmpty()) {
      md.append("""

          One connection reading five tables of each tenant schema in turn, as requests of random
          municipalities do (`pg_backend_memory_contexts` of that backend; cache: `CacheMemoryContext`
          and its children, the relcache and catcache, which keep every relation touched until the
          backend ends):

          | schemas read | backend memory | of it, catalogue cache | time reading |
          |---|---|---|---|
          """);
      connectionCache.forEach(step -> md.append("| %d | %s | %s | %s |\n".formatted(step.schemas(),
          megabytes(step.backendBytes()), megabytes(step.cacheBytes()), Stats.human(step.elapsed()))));
    }
    if (!pools.isEmpty()) {
      md.append("\nThe application's connection pools (as configured in the onboarding context):\n\n")
          .append("| pool | maximum size | minimum idle | max lifetime | idle timeout |\n|---|---|---|---|---|\n");
      pools.forEach(p -> md.append("| %s | %d | %d | %s | %s |\n".formatted(p.name(), p.maximumSize(), p.minimumIdle(),
          Stats.human(p.maxLifetime()), Stats.human(p.idleTimeout()))));
    }
    md.append('\n');
  }

  private static String limit(Duration target) {
    return target.toSeconds() >= 60 && target.toSeconds() % 60 == 0 ? target.toMinutes() + " min" : target.toSeconds() + " s";
  }

  private static String megabytes(Long bytes) {
    return bytes == null ? "-" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }

  private static void row(StringBuilder md, String what, String measured, String target, boolean met) {
    md.append("| ").append(what).append(" | ").append(measured).append(" | ").append(target).append(" | ")
        .append(met ? "yes" : "**no**").append(" |\n");
  }

  private static boolean met(Duration measured, Duration target) {
    return measured.compareTo(target) < 0;
  }

  private static void bulkRow(StringBuilder md, String label, Bulk b, Check check) {
    if (b == null) {
      return;
    }
    md.append("| %s | %d | %s | %s | %s | %s | %s | %d | %s |\n".formatted(label, b.tenants(), Stats.human(b.wall()),
        Stats.human(b.preparation()), Stats.human(b.perTenant().median()), Stats.human(b.perTenant().p95()),
        Stats.human(b.perTenant().max()), b.failed(), check(check)));
  }

  private static String check(Check check) {
    if (check == null) {
      return "-";
    }
    return check.ok() ? check.complete() + "/" + check.schemas() + " complete"
        : "**" + check.complete() + "/" + check.schemas() + " complete: " + String.join("; ", check.problems()) + "**";
  }

  private static void plainRow(StringBuilder md, String label, int schemas, Stats stats, int n, Duration kernel) {
    Duration extrapolated = stats.mean().multipliedBy(n);
    String ratio = kernel == null || kernel.isZero() ? "-"
        : String.format(Locale.ROOT, "%.1f×", extrapolated.toNanos() / (double) kernel.toNanos());
    md.append("| %s | %d | %s | %s | %s | %s | %s | %s |\n".formatted(label, schemas, Stats.human(stats.median()),
        Stats.human(stats.p95()), Stats.human(stats.mean()), Stats.human(extrapolated),
        kernel == null ? "-" : Stats.human(kernel), ratio));
  }

  private static void startRows(StringBuilder md, String tenants, List<StartSeries> series) {
    if (series == null) {
      return;
    }
    Function<Stats, String> med = st -> Stats.human(st.median());
    for (StartSeries s : series) {
      md.append("| %s | %s | %d | %s | %s | %s | %s | %s | %s |\n".formatted(tenants, s.mode().label(), s.runs().size(),
          med.apply(s.portAnswers()), Stats.human(s.portAnswers().min()), Stats.human(s.portAnswers().max()),
          med.apply(s.cpuAtAnswer()), med.apply(s.springStarted()), med.apply(s.uptimeAtStarted())));
    }
  }
}
