package br.org.teia.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.benchmarks.TenancyBenchmark.Start;
import br.org.teia.benchmarks.TenancyBenchmark.StartMode;
import br.org.teia.benchmarks.TenancyBenchmark.StartSeries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tenancy report file after each phase: a run that stops there still leaves that phase's figures. */
class ReportTest {

  @TempDir
  Path dir;

  @Test
  void the_file_written_after_the_last_start_phase_holds_its_start_table() throws Exception {
    Path output = dir.resolve("tenancy.md");
    TenancyBenchmark.Options options = TenancyBenchmark.Options.parse(
        new String[] {"--only=start,migrate", "--output=" + output});
    Report report = new Report(options);
    Neighbours.Usage quiet = new Neighbours.Usage(0, 0, "", 0, 0);

    report.phase("application start, 0 tenants", Duration.ofSeconds(40), "quiet", quiet, series(13_400),
        r -> report.startEmpty = r);
    report.phase("application start, 853 tenants", Duration.ofSeconds(45), "quiet", quiet, series(14_700),
        r -> report.startFull = r);

    // no later phase, no final write: the run ended here
    String written = Files.readString(output);
    assertThat(written).contains("## Application start");
    assertThat(written).contains("| 0 | classpath | 1 | 13.4 s");
    assertThat(written).contains("(synthetic changelog v2) | classpath | 1 | 14.7 s");
    assertThat(written).contains("| application start, 853 tenants | 45.0 s");
  }

  private static List<StartSeries> series(long millis) {
    Duration took = Duration.ofMillis(millis);
    Start start = new Start(took, took, took, took);
    Stats stats = Stats.of(List.of(took));
    return List.of(new StartSeries(StartMode.CLASSPATH, List.of(start), stats, stats, stats, stats));
  }
}
