package br.org.teia.benchmarks;

import br.org.teia.kernel.indicators.Disclosure;
import br.org.teia.kernel.indicators.Disclosure.Group;
import br.org.teia.kernel.indicators.Disclosure.Outcome;
import br.org.teia.testsupport.DisclosureAttacker;
import br.org.teia.testsupport.SyntheticMinasGerais;
import br.org.teia.testsupport.SyntheticMinasGerais.Indicator;
import br.org.teia.testsupport.SyntheticMinasGerais.Shape;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How long {@link Disclosure#protect} takes over a made-up Minas Gerais (853 municipalities, the
 * state, three region sets of 13, 70 and 20 regions, 7 size classes: about 110 groups), for several
 * indicator shapes and k, and what it hides. Each case is also given once to the test-support
 * attacker, which must recover nothing. Run by {@code infra/bench-disclosure.sh}; writes
 * docs/benchmarks/disclosure.md. Options: --seeds=N (states per case), --runs=N (timed runs per state),
 * --output=FILE.
 */
public final class DisclosureBenchmark {

  private static final Duration TARGET = Duration.ofMillis(50);
  private static final int[] KS = {3, 5, 10};
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
  private static final List<Duration> allCpu = new ArrayList<>();

  record Case(Shape shape, int k, Stats stats, Stats cpu, double primary, double complementary, double share,
      double hiddenTotals,
      double groups, int recovered) {}

  public static void main(String[] args) throws IOException {
    int seeds = 5;
    int runs = 20;
    Path output = Path.of("docs/benchmarks/disclosure.md");
    for (String arg : args) {
      if (arg.startsWith("--seeds=")) {
        seeds = Integer.parseInt(arg.substring(8));
      } else if (arg.startsWith("--runs=")) {
        runs = Integer.parseInt(arg.substring(7));
      } else if (arg.startsWith("--output=")) {
        output = Path.of(arg.substring(9));
      } else {
        throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    warmUp();
    List<Case> cases = new ArrayList<>();
    List<Duration> all = new ArrayList<>();
    for (Shape shape : Shape.values()) {
      for (int k : KS) {
        Case c = measure(shape, k, seeds, runs, all);
        cases.add(c);
        System.out.printf(Locale.ROOT, "%-6s k=%2d median %s p95 %s max %s (CPU median %s p95 %s), recovered %d%n",
            shape, k, ms(c.stats().median()), ms(c.stats().p95()), ms(c.stats().max()), ms(c.cpu().median()),
            ms(c.cpu().p95()), c.recovered());
      }
    }
    Files.writeString(output, report(cases, Stats.of(all), Stats.of(allCpu), seeds, runs, load()));
    System.out.println("wrote " + output);
  }

  /** The JIT compiles the hot paths before anything is timed. */
  private static void warmUp() {
    for (Shape shape : Shape.values()) {
      Indicator indicator = new SyntheticMinasGerais(999).indicator(shape, 999);
      for (int i = 0; i < 10; i++) {
        Disclosure.protect(indicator.counts(), groups(indicator), 5);
      }
    }
  }

  private static Case measure(Shape shape, int k, int seeds, int runs, List<Duration> all) {
    List<Duration> timings = new ArrayList<>();
    List<Duration> cpuTimings = new ArrayList<>();
    double primary = 0;
    double complementary = 0;
    double share = 0;
    double hiddenTotals = 0;
    double groupCount = 0;
    int recovered = 0;
    for (int seed = 1; seed <= seeds; seed++) {
      Indicator indicator = new SyntheticMinasGerais(seed).indicator(shape, seed * 31L + k);
      List<Group> groups = groups(indicator);
      Outcome outcome = null;
      for (int run = 0; run < runs; run++) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        outcome = Disclosure.protect(indicator.counts(), groups, k);
        timings.add(Duration.ofNanos(System.nanoTime() - start));
        cpuTimings.add(Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpuStart));
      }
      primary += outcome.primary().size();
      complementary += outcome.complementary().size();
      long state = indicator.counts().values().stream().mapToLong(Long::longValue).sum();
      long protecting = outcome.complementary().stream().mapToLong(indicator.counts()::get).sum();
      share += state == 0 ? 0 : 100.0 * protecting / state;
      hiddenTotals += outcome.hiddenGroups().size();
      groupCount += groups.size();
      recovered += DisclosureAttacker.recover(shown(indicator, groups, outcome, k)).size();
    }
    all.addAll(timings);
    allCpu.addAll(cpuTimings);
    return new Case(shape, k, Stats.of(timings), Stats.of(cpuTimings), primary / seeds, complementary / seeds, share / seeds, hiddenTotals / seeds,
        groupCount / seeds, recovered);
  }

  private static List<Group> groups(Indicator indicator) {
    return indicator.groups().entrySet().stream()
        .map(e -> new Group(e.getKey(), e.getValue(), e.getKey().equals(SyntheticMinasGerais.STATE)))
        .toList();
  }

  private static DisclosureAttacker.Shown shown(Indicator indicator, List<Group> groups, Outcome outcome, int k) {
    Map<String, Long> cells = new HashMap<>();
    indicator.counts().forEach((m, v) -> {
      if (!outcome.hidden(m)) {
        cells.put(m, v);
      }
    });
    Map<String, Long> totals = new HashMap<>();
    Map<String, Set<String>> members = new HashMap<>();
    for (Group g : groups) {
      members.put(g.id(), g.members());
      if (!outcome.conceals(g.id())) {
        totals.put(g.id(), g.members().stream().mapToLong(indicator.counts()::get).sum());
      }
    }
    return new DisclosureAttacker.Shown(cells, totals, members, outcome.primary(), k);
  }

  /** The machine's load average over the last minute (other sessions share the cores). */
  private static String load() {
    return String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        .getSystemLoadAverage());
  }

  private static String report(List<Case> cases, Stats all, Stats allCpu, int seeds, int runs, String load) {
    String date = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    StringBuilder b = new StringBuilder();
    b.append("# Disclosure control over 853 municipalities\n\n");
    b.append("Measured by `infra/bench-disclosure.sh` (`platform/benchmarks`, `DisclosureBenchmark`) on ")
        .append(date).append(", commit `").append(System.getProperty("teia.bench.commit", "unknown")).append("`.\n\n");
    b.append("""
        | | |
        |---|---|
        | machine | %d cores, %s, %s |
        | states | %d made-up Minas Gerais per case (`SyntheticMinasGerais`, seeds 1-%d): 853 municipalities, the state, region sets of 13, 70 and 20 regions drawn at random, 7 size classes |
        | runs | %d timed calls of `Disclosure.protect` per state, after a warm-up |
        | target | median well under %d ms |
        | **all calls, wall clock** | median **%s**, p95 **%s**, max %s (%d calls) |
        | **all calls, CPU time of the thread** | median **%s**, p95 **%s**, max %s |
        | load average at the end | %s (on %d cores: other sessions' builds were running) |

        """.formatted(Machine.cores(), Machine.memory(), Machine.jdk(), seeds, seeds, runs, TARGET.toMillis(),
        ms(all.median()), ms(all.p95()), ms(all.max()), all.count(), ms(allCpu.median()), ms(allCpu.p95()),
        ms(allCpu.max()), load, Machine.cores()));
    b.append("Shapes: SKEWED, about one per thousand people (many small towns under k); SPARSE, mostly 0 "
        + "(like vacant council seats); DENSE, nearly all well above k. Hidden figures are means per state; "
        + "\"recovered\" is what the test-support `DisclosureAttacker` (exact elimination and integer bounds) "
        + "worked out from the shown figures, over all states of the case.\n\n");
    b.append("| shape | k | median | p95 | max | CPU median | CPU p95 | under k (primary) | hidden to protect (% of the state's count) | hidden totals (of groups) | recovered |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Case c : cases) {
      b.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %.1f | %.1f (%.2f%%) | %.1f (of %.0f) | %d |%n",
          c.shape(), c.k(), ms(c.stats().median()), ms(c.stats().p95()), ms(c.stats().max()),
          ms(c.cpu().median()), ms(c.cpu().p95()), c.primary(),
          c.complementary(), c.share(), c.hiddenTotals(), c.groups(), c.recovered()));
    }
    b.append("\nThe machine is shared with other sessions' builds: compare figures within one run.\n");
    return b.toString();
  }

  private static String ms(Duration d) {
    return String.format(Locale.ROOT, "%.1f ms", d.toNanos() / 1e6);
  }
}
