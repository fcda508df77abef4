package br.org.teia.benchmarks;

import br.org.teia.fund.importing.ImportResult;
import br.org.teia.fund.importing.ImportService;
import br.org.teia.fund.reports.ExecutionReport;
import br.org.teia.fund.reports.ReportService;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fund import benchmark: one municipality (Belo Horizonte) imports a generated execution export of
 * {@code --lines} lines (default 100,000: commitments each followed by a liquidation and a payment)
 * through {@code ImportService.importExecution}, the whole file checked against the stage rules and
 * written in one transaction (target under 20 s); then the same file again (recognised by its
 * digest) and a copy with one more line (every other line skipped by its natural key); then the
 * year's annual report on those hundred thousand entries (target under 2 s). Writes a markdown
 * report. Run with {@code infra/bench-fund-import.sh}; options:
 * {@code --lines=100000 --output=docs/benchmarks/fund-import.md}.
 */
public final class FundImportBenchmark {

  private static final TenantId TOWN = TenantId.of("3106200");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** 500 creditors: completing check digits is slow, so once each, not once per line. */
  private static final String[] CREDITORS = java.util.stream.IntStream.range(0, 500)
      .mapToObj(n -> Cnpj.withCheckDigits("98765" + String.format("%03d", n) + "0001").digits()).toArray(String[]::new);

  private final int lines;
  private final Path output;
  private final BenchDatabases databases = new BenchDatabases();
  /** The importing thread's own CPU: what the import costs here whatever else the shared machine runs. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private Duration firstCpu;
  private Duration overlapCpu;
  private double loadBefore;
  private double loadAfter;

  private FundImportBenchmark(Map<String, String> options) {
    lines = Integer.parseInt(options.getOrDefault("lines", "100000"));
    output = Path.of(options.getOrDefault("output", "docs/benchmarks/fund-import.md"));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchMain.options(args);
    new FundImportBenchmark(options).run();
    System.exit(0); // the shutdown hook drops the benchmark database
  }

  private void run() throws Exception {
    String url = databases.create("fundimport");
    try (ConfigurableApplicationContext context = BenchMain.application(databases.arguments(url), "--teia.demo.enabled=false")) {
      context.getBean(TenantOnboarding.class).onboard(List.of(TOWN.ibgeCode()));
      SystemWork system = context.getBean(SystemWork.class);
      ImportService imports = context.getBean(ImportService.class);

      byte[] file = executionFile(lines);
      log("generated %d lines, %d bytes", lines, file.length);
      loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      long cpu = THREADS.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      ImportResult first = system.in(TOWN, Role.MUNICIPAL_MANAGER,
          () -> imports.importExecution("bench.csv", file, progress -> {}));
      Duration firstTime = since(start);
      firstCpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu);
      log("first import: %s, %d added, refusals %d", Stats.human(firstTime), first.added(), first.refusals().size());

      start = System.nanoTime();
      ImportResult same = system.in(TOWN, Role.MUNICIPAL_MANAGER,
          () -> imports.importExecution("bench.csv", file, progress -> {}));
      Duration sameTime = since(start);

      byte[] longer = (new String(file, StandardCharsets.UTF_8) + line(lines / 3 + 1, "Empenho", "E", 0)).getBytes(StandardCharsets.UTF_8);
      cpu = THREADS.getCurrentThreadCpuTime();
      start = System.nanoTime();
      ImportResult overlap = system.in(TOWN, Role.MUNICIPAL_MANAGER,
          () -> imports.importExecution("bench-2.csv", longer, progress -> {}));
      Duration overlapTime = since(start);
      overlapCpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu);
      long entries = context.getBean(JdbcClient.class).sql("SELECT count(*) FROM " + TOWN.schemaName() + ".fund_ledger_entry")
          .query(Long.class).single();
      log("same file %s; overlapping file %s (%d added, %d already present); %d entries",
          Stats.human(sameTime), Stats.human(overlapTime), overlap.added(), overlap.alreadyPresent(), entries);

      ReportService reports = context.getBean(ReportService.class);
      Duration[] reportTimes = new Duration[2]; // the first request after the import, then the next one
      ExecutionReport annual = null;
      for (int i = 0; i < reportTimes.length; i++) {
        start = System.nanoTime();
        annual = system.in(TOWN, Role.MUNICIPAL_MANAGER, () -> reports.annual(2026));
        reportTimes[i] = since(start);
      }
      log("annual report: %s, then %s; %d lines, committed %s", Stats.human(reportTimes[0]), Stats.human(reportTimes[1]),
          annual.lines().size(), annual.total().committed());
      loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      write(file.length, first, firstTime, same, sameTime, overlap, overlapTime, entries, annual, reportTimes);
    }
  }

  /** {@code count} lines: each commitment, then its liquidation and its payment. */
  static byte[] executionFile(int count) {
    StringBuilder file = new StringBuilder("municipio;exercicio;empenho;fase;documento;data;valor;bloco;fonte;natureza;"
        + "subfuncao;credor_documento;credor_nome;unidade;historico\n");
    String[] stages = {"Empenho", "Liquidação", "Pagamento"};
    String[] prefixes = {"E", "NL", "OP"};
    for (int i = 0; i < count; i++) {
      file.append(line(i / 3, stages[i % 3], prefixes[i % 3], i % 3));
    }
    return file.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String line(int expense, String stage, String prefix, int step) {
    String[] blocks = {"PSB", "PSE", "GSUAS", "GPBF"};
    String cnpj = CREDITORS[expense % 500];
    LocalDate date = LocalDate.of(2026, 1, 2).plusDays(expense % 300 + step * 5L);
    return TOWN.ibgeCode() + ";2026;2026NE" + String.format("%07d", expense) + ";" + stage + ";" + prefix + expense + ";"
        + date.format(DATE) + ";" + (100 + expense % 900) + ",50;" + blocks[expense % 4] + ";FNAS;3.3.90.39;244;" + cnpj
        + ";Fornecedor " + (expense % 500) + " Ltda;;Despesa " + expense + "\n";
  }

  private void write(int bytes, ImportResult first, Duration firstTime, ImportResult same, Duration sameTime,
      ImportResult overlap, Duration overlapTime, long entries, ExecutionReport annual, Duration[] reportTimes)
      throws Exception {
    String commit = System.getProperty("teia.bench.commit", "unknown");
    String report = "# Fund execution import benchmark\n\n"
        + "Written by `infra/bench-fund-import.sh` (`platform/benchmarks` `FundImportBenchmark`) on "
        + ZonedDateTime.now(ZoneOffset.UTC).toLocalDate() + ", commit `" + commit + "`, "
        + Runtime.getRuntime().availableProcessors() + " CPUs, PostgreSQL " + databases.serverVersion() + ".\n\n"
        + "| what | figure | target |\n|---|---|---|\n"
        + row("execution file of one municipality", lines + " lines, " + bytes / 1024 + " KiB, "
            + first.added() / 3 + " commitments each liquidated and paid", "")
        + row("first import (parse, check every line's stage rules, write all in one transaction)",
            Stats.human(firstTime) + " (" + Stats.human(firstCpu) + " of the importing thread's CPU), " + first.added()
                + " entries, " + first.refusals().size() + " refused",
            "< 20 s " + (firstTime.compareTo(Duration.ofSeconds(20)) <= 0 ? "✔" : "✘"))
        + row("the same file again (known by its SHA-256)", Stats.human(sameTime) + (same.sameFile() ? ", nothing changed" : ""), "")
        + row("another file: the same lines plus one", Stats.human(overlapTime) + " (" + Stats.human(overlapCpu)
            + " of CPU), " + overlap.added() + " added, " + overlap.alreadyPresent() + " already present", "")
        + row("entries in the ledger after the three imports", String.valueOf(entries), String.valueOf(lines + 1))
        + row("annual report of the year (ReportService.annual: every block and its expense natures), first request "
            + "after the imports, then the next", Stats.human(reportTimes[0]) + ", then " + Stats.human(reportTimes[1])
            + "; " + annual.lines().size() + " lines, R$ " + annual.total().committed() + " committed",
            "< 2 s " + (reportTimes[0].compareTo(Duration.ofSeconds(2)) <= 0 ? "✔" : "✘"))
        + "\nOn 2 cores that other work may share: load average "
        + String.format(java.util.Locale.ROOT, "%.1f", loadBefore) + " when the first import started, "
        + String.format(java.util.Locale.ROOT, "%.1f", loadAfter) + " after the report (one minute); the figures are one run, "
        + "not a median. The CPU of the importing thread leaves out PostgreSQL's and the garbage collector's.\n";
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, report);
    log("wrote %s", output);
  }

  private static String row(String what, String figure, String target) {
    return "| " + what + " | " + figure + " | " + target + " |\n";
  }

  private static Duration since(long start) {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private static void log(String format, Object... args) {
    System.out.printf("[fund-import] " + format + "%n", args);
  }
}
