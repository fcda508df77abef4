package br.org.teia.benchmarks;

import br.org.teia.TeiaApplication;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.server.isolation.IsolationDriver;
import br.org.teia.structure.territory.TerritoryService;
import br.org.teia.testsupport.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The long run of the tenant-isolation check: by default 100 municipalities, 16 threads and a
 * million operations over a pool of 5 connections (service layer, async tasks, cached reads,
 * injected rollbacks), every answer checked to belong to its caller's municipality. Writes
 * docs/benchmarks/isolation.md. Run: {@code infra/bench-isolation.sh [--tenants=N] [--operations=N]}.
 */
public final class IsolationBenchmark {

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>(Map.of("tenants", "100", "threads", "16", "operations", "1000000",
        "pool", "5", "output", "docs/benchmarks/isolation.md"));
    for (String arg : args) {
      String[] pair = arg.replaceFirst("^--", "").split("=", 2);
      options.put(pair[0], pair.length > 1 ? pair[1] : "true");
    }
    int tenants = Integer.parseInt(options.get("tenants"));
    int threads = Integer.parseInt(options.get("threads"));
    long operations = Long.parseLong(options.get("operations"));

    TestPostgres postgres = TestPostgres.get(); // a fresh database, dropped at exit
    try (var context = new SpringApplicationBuilder(TeiaApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.autoconfigure.exclude=" + TeiaApplication.WEB_ONLY_AUTO_CONFIGURATION)
        .bannerMode(Banner.Mode.OFF)
        .run(Stream.concat(postgres.database().arguments().stream(), Stream.of("--teia.demo.enabled=false",
            "--spring.datasource.hikari.maximum-pool-size=" + options.get("pool"),
            "--logging.level.br.org.teia=warn")).toArray(String[]::new))) {
      var driver = new IsolationDriver(context.getBean(TerritoryService.class), context.getBean(TenantOnboarding.class),
          context.getBean(TransactionTemplate.class), context.getBean("applicationTaskExecutor", AsyncTaskExecutor.class),
          context.getBean(SystemWork.class));
      long prepareStart = System.nanoTime();
      var fixture = driver.prepare(context.getBean(Municipalities.class).ofState("MG").subList(0, tenants));
      long prepareMillis = (System.nanoTime() - prepareStart) / 1_000_000;
      IsolationDriver.Report report = driver.run(fixture, threads, operations, null);

      StringBuilder md = new StringBuilder()
          .append("# Tenant isolation under concurrency (long run)\n\n")
          .append("Measured by `infra/bench-isolation.sh` (`platform/benchmarks`, `IsolationBenchmark`) on ")
          .append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
          .append(", commit `").append(System.getProperty("teia.bench.commit", "unknown")).append("`.\n\n")
          .append("| | |\n|---|---|\n")
          .append("| machine | ").append(Machine.cores()).append(" cores, ").append(Machine.memory()).append(", ")
          .append(Machine.jdk()).append(" |\n")
          .append("| municipalities | ").append(tenants).append(" (MG, the i-th holding i+1 territories) |\n")
          .append("| threads | ").append(threads).append(" |\n")
          .append("| connection pool | ").append(options.get("pool")).append(" |\n")
          .append("| preparation (onboarding + data) | ").append(prepareMillis / 1000.0).append(" s |\n")
          .append("| operations | ").append(report.operations()).append(" |\n")
          .append("| wall time | ").append(report.millis() / 1000.0).append(" s |\n")
          .append("| throughput | ").append(Math.round(report.operations() * 1000.0 / Math.max(1, report.millis())))
          .append(" operations/s |\n")
          .append("| **violations** (a read outside the caller's municipality, a wrong schema, a wrong cached count, a leaked rollback) | **")
          .append(report.violations().size()).append("** |\n\n")
          .append("| operation | count |\n|---|---|\n");
      report.byOp().forEach((op, count) -> md.append("| ").append(op).append(" | ").append(count).append(" |\n"));
      if (!report.violations().isEmpty()) {
        md.append("\nFirst violations:\n\n");
        report.violations().forEach(v -> md.append("- ").append(v).append('\n'));
      }
      md.append("\nEXTRA (the REST API path) is exercised by the CI test `TenantIsolationIT`; this run has no web server.\n");
      Path output = Path.of(options.get("output"));
      Files.createDirectories(output.toAbsolutePath().getParent());
      Files.writeString(output, md);
      System.out.println(md);
      System.exit(report.violations().isEmpty() ? 0 : 1);
    }
  }
}
