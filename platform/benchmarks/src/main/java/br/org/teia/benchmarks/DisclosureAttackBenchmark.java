package br.org.teia.benchmarks;

import br.org.teia.console.comparison.ComparisonExport;
import br.org.teia.console.comparison.ComparisonService;
import br.org.teia.console.comparison.OpenDataIndicator;
import br.org.teia.console.disclosure.attack.Attack;
import br.org.teia.console.disclosure.attack.Observations;
import br.org.teia.console.disclosure.attack.StaffAttacker;
import br.org.teia.console.member.MemberService;
import br.org.teia.console.region.RegionService;
import br.org.teia.console.region.RegionSetForm;
import br.org.teia.kernel.indicators.IndicatorRelation;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.ActingAs;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The disclosure attack of issue 17 at full size (ADR 0018): onboards the municipalities of a state
 * (MG: 853), writes demo-sized counts into the rollup (CRAS and CREAS units, workers by bond and by
 * profession with their declared sums, four months of CREAS), then plays the association's staff
 * with the test harness ({@code console.disclosure.attack}): reads open data, screens and CSV, takes
 * towns out of their region and puts them back, moves towns to another size class and back, knows
 * one town's own counts and which towns' CREAS did not change from one month to the next (two of
 * them change alone), and solves everything with OR-Tools CP-SAT. Writes what it recovered
 * (target: 0 exact, 0 narrowed below 0..k-1) and how far the published totals are from the truth.
 * Run with {@code infra/bench-disclosure-attack.sh}; options:
 * {@code --uf=MG --limit=N --rounds=10 --population-rounds=2 --screens=10 --output=docs/benchmarks/disclosure-attack.md}.
 */
public final class DisclosureAttackBenchmark {

  static final String CRAS = "structure.units.cras";
  static final String CREAS = "structure.units.creas";
  static final String WORKERS = "structure.workers.total";
  /**
   * CREAS months, as a real series moves: from the first to the second about one town in ten
   * changes; then one town alone each month (under k to under k, then under k to k or more); the
   * current figures are the last month's.
   */
  static final List<String> MONTHS = List.of("2026-08-01", "2026-09-01", "2026-10-01", "2026-11-01");

  private final String uf;
  private final long limit;
  private final int rounds;
  private final int populationRounds;
  private final int screens;
  private final Path output;
  private final BenchDatabases databases = new BenchDatabases();

  private DisclosureAttackBenchmark(Map<String, String> options) {
    uf = options.getOrDefault("uf", "MG");
    limit = Long.parseLong(options.getOrDefault("limit", String.valueOf(Long.MAX_VALUE)));
    rounds = Integer.parseInt(options.getOrDefault("rounds", "10"));
    populationRounds = Integer.parseInt(options.getOrDefault("population-rounds", "2"));
    screens = Integer.parseInt(options.getOrDefault("screens", "10"));
    output = Path.of(options.getOrDefault("output", "docs/benchmarks/disclosure-attack.md"));
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = BenchMain.options(args);
    new DisclosureAttackBenchmark(options).run();
    System.exit(0); // the shutdown hook drops the benchmark database
  }

  private void run() throws Exception {
    List<String> codes = new Municipalities().ofState(uf).stream().map(m -> m.id().ibgeCode()).limit(limit).toList();
    String url = databases.create("disclosure_attack");
    IndicatorsBenchmark.log("%d municipalities of %s; PostgreSQL %s", codes.size(), uf, databases.serverVersion());
    try (ConfigurableApplicationContext context = BenchMain.application(databases.arguments(url), "--teia.demo.enabled=false")) {
      context.getBean(TenantOnboarding.class).onboard(codes);
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      ComparisonService comparisons = context.getBean(ComparisonService.class);
      List<List<String>> workerSums = comparisons.relations().stream()
          .filter(r -> r.type() == IndicatorRelation.Type.SUM && r.total().equals(WORKERS))
          .map(IndicatorRelation::parts).toList();
      Map<String, Long> truth = new HashMap<>();
      Map<String, Integer> populations = seed(jdbc, codes, workerSums, truth);
      RegionService regions = context.getBean(RegionService.class);
      UUID set = ActingAs.as(Role.ASSOCIATION_STAFF, () -> regions.create(new RegionSetForm("Regionais (benchmark)", uf))).id();
      StringBuilder csv = new StringBuilder();
      for (int i = 0; i < codes.size(); i++) {
        csv.append(codes.get(i)).append(';').append("Regional ").append(i % 12 + 1).append('\n');
      }
      ActingAs.as(Role.ASSOCIATION_STAFF, () -> regions.importCsv(set, csv.toString().getBytes(StandardCharsets.UTF_8)));

      List<String> indicators = new ArrayList<>(List.of(CRAS, CREAS, WORKERS));
      workerSums.forEach(indicators::addAll);
      StaffAttacker attacker = new StaffAttacker(comparisons, context.getBean(ComparisonExport.class), regions,
          context.getBean(MemberService.class), indicators);
      List<String> screened = new ArrayList<>();
      for (int i = 0; i < screens; i++) {
        screened.add(codes.get((i * 97) % codes.size()));
      }
      // and the towns changing alone, so their hidden counts of past months are attacked too
      for (String code : codes) {
        for (int m = 2; m < MONTHS.size(); m++) {
          if (!truth.get(CREAS + "|" + MONTHS.get(m - 1) + "|" + code).equals(truth.get(CREAS + "|" + MONTHS.get(m) + "|" + code))
              && !screened.contains(code)) {
            screened.add(code);
          }
        }
      }
      long start = System.nanoTime();
      attacker.read(set, screened);
      for (int r = 0; r < rounds; r++) {
        attacker.regionEdit(set, codes.get((r * 53 + 7) % codes.size()), screened);
        IndicatorsBenchmark.log("region edit %d of %d", r + 1, rounds);
      }
      for (int r = 0; r < populationRounds; r++) {
        String town = codes.get((r * 31 + 3) % codes.size());
        int population = populations.get(town);
        attacker.populationEdit(set, town, population, population <= 20_000 ? 35_000 : 15_000, screened);
        IndicatorsBenchmark.log("population edit %d of %d", r + 1, populationRounds);
      }
      String insider = codes.get(1 % codes.size());
      attacker.insider(insider, truth);
      List<String> periods = new ArrayList<>(MONTHS);
      periods.add("now");
      int unchanged = attacker.observations().unchangedAsIn(truth, periods);
      IndicatorsBenchmark.log("the attacker knows %d counts unchanged from one month to the next", unchanged);
      Duration reading = Duration.ofNanos(System.nanoTime() - start);
      Observations seen = attacker.observations();
      IndicatorsBenchmark.log("%d readings, %d totals seen in %s; solving", seen.readings(), seen.totalsSeen(),
          Stats.human(reading));
      start = System.nanoTime();
      List<Attack.Range> ranges = Attack.solve(seen, truth);
      Duration solving = Duration.ofNanos(System.nanoTime() - start);
      IndicatorsBenchmark.log("solved in %s", Stats.human(solving));
      write(codes.size(), seen, ranges, unchanged, reading, solving, accuracy(comparisons, jdbc, truth));
    }
  }

  /** Demo-sized counts straight into the rollup (the structure module's codes and sums). */
  private static Map<String, Integer> seed(JdbcClient jdbc, List<String> codes, List<List<String>> workerSums,
      Map<String, Long> truth) {
    Random random = new Random(853);
    Map<String, Integer> populations = new HashMap<>();
    Map<String, long[]> creasMonths = new LinkedHashMap<>();
    for (String code : codes) {
      int population = (int) Math.min(2_500_000, Math.round(Math.exp(8.2 + random.nextGaussian() * 1.1)));
      populations.put(code, population);
      jdbc.sql("""
              INSERT INTO platform.member_profile (ibge_code, population) VALUES (?, ?)
              ON CONFLICT (ibge_code) DO UPDATE SET population = excluded.population, updated_at = now()""")
          .params(code, population).update();
      int cras = population <= 20_000 ? 1 : population <= 50_000 ? 2 : population <= 100_000 ? 3 : 6;
      write(jdbc, CRAS, code, cras, truth);
      int creas = population <= 20_000 ? (random.nextInt(3) == 0 ? 1 : 0) : 1 + random.nextInt(3);
      long first = random.nextInt(10) == 0 ? Math.max(0, creas + (random.nextBoolean() ? 1 : -1)) : creas;
      long[] months = {first, creas, creas, creas};
      creasMonths.put(code, months);
      long workers = 4 + random.nextInt(8) + population / 2_000;
      for (List<String> parts : workerSums) {
        long left = workers;
        for (int p = 0; p < parts.size(); p++) {
          long share = p == parts.size() - 1 ? left : Math.min(left, (long) (random.nextDouble() * 0.6 * left));
          write(jdbc, parts.get(p), code, share, truth);
          left -= share;
        }
      }
      write(jdbc, WORKERS, code, workers, truth);
    }
    // the towns changing alone: the first under k - 2 from the third on (+2, still under k), the next under k (to 7)
    String alone = null;
    for (String code : codes.subList(Math.min(2, codes.size()), codes.size())) {
      long[] months = creasMonths.get(code);
      if (alone == null && months[1] < 3) {
        alone = code;
        months[2] = months[1] + 2;
        months[3] = months[2];
      } else if (alone != null && months[2] < 5) {
        months[3] = 7;
        break;
      }
    }
    for (String code : codes) {
      long[] months = creasMonths.get(code);
      for (int m = 0; m < MONTHS.size(); m++) {
        jdbc.sql("INSERT INTO platform.indicator_history (code, tenant_code, period, value) VALUES (?, ?, ?, ?)")
            .params(CREAS, code, LocalDate.parse(MONTHS.get(m)), BigDecimal.valueOf(months[m])).update();
        truth.put(CREAS + "|" + MONTHS.get(m) + "|" + code, months[m]);
      }
      write(jdbc, CREAS, code, months[MONTHS.size() - 1], truth);
    }
    return populations;
  }

  private static void write(JdbcClient jdbc, String code, String town, long value, Map<String, Long> truth) {
    jdbc.sql("""
            INSERT INTO platform.indicator_value (code, tenant_code, value, denominator, updated_at) VALUES (?, ?, ?, NULL, now())
            ON CONFLICT (code, tenant_code) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""")
        .params(code, town, BigDecimal.valueOf(value)).update();
    truth.put(code + "|now|" + town, value);
  }

  /** How far the published totals are from the true ones: per indicator, mean and largest difference. */
  private static Map<String, String> accuracy(ComparisonService comparisons, JdbcClient jdbc, Map<String, Long> truth) {
    Map<String, String> result = new LinkedHashMap<>();
    for (String code : List.of(CRAS, CREAS, WORKERS)) {
      OpenDataIndicator open = comparisons.openData(code);
      Map<String, List<String>> members = new HashMap<>();
      ActingAs.as(Role.ASSOCIATION_STAFF, comparisons::groups).groups().forEach(g -> members.put(g.id(), g.members()));
      double sum = 0;
      long max = 0;
      int n = 0;
      long state = 0;
      long stateTrue = 0;
      for (OpenDataIndicator.GroupFigure g : open.groups()) {
        if (!g.figure().isShown()) {
          continue;
        }
        long real = members.get(g.id()).stream().mapToLong(m -> truth.getOrDefault(code + "|now|" + m, 0L)).sum();
        long diff = Math.abs(g.figure().value().longValue() - real);
        sum += diff;
        max = Math.max(max, diff);
        n++;
        if (g.id().startsWith("state:")) {
          state = g.figure().value().longValue();
          stateTrue = real;
        }
      }
      result.put(code, String.format(java.util.Locale.ROOT, "%d totals shown; mean |difference| %.1f, largest %d; state %d (true %d)",
          n, n == 0 ? 0 : sum / n, max, state, stateTrue));
    }
    return result;
  }

  private void write(int towns, Observations seen, List<Attack.Range> ranges, int unchanged, Duration reading,
      Duration solving,
      Map<String, String> accuracy) throws Exception {
    long exact = ranges.stream().filter(Attack.Range::exact).count();
    long narrowed = ranges.stream().filter(Attack.Range::narrowed).count();
    long wrong = ranges.stream().filter(Attack.Range::wrong).count();
    long unknown = ranges.stream().filter(Attack.Range::unknown).count();
    long past = ranges.stream().filter(r -> !r.period().equals("now")).count();
    StringBuilder md = new StringBuilder("# Disclosure attack benchmark\n\n")
        .append("Written by `infra/bench-disclosure-attack.sh` (`platform/benchmarks` `DisclosureAttackBenchmark`) on ")
        .append(LocalDate.now()).append(", ").append(Machine.cores()).append(" CPUs, ").append(databases.serverVersion())
        .append(". Method: ADR 0018; harness: `admin-console/console` test package `console.disclosure.attack`.\n\n")
        .append("| what | figure | target |\n|---|---|---|\n")
        .append("| municipalities | ").append(towns).append(" | 853 |\n")
        .append("| readings (each after an edit: ").append(rounds).append(" region-set round trips, ").append(populationRounds)
        .append(" population round trips; open data of ").append(seen.methods().size())
        .append(" indicators, ").append(screens).append(" screens, and those of the towns changing alone, with their series and CSV each) | ")
        .append(seen.readings()).append(" in ").append(Stats.human(reading)).append(" | |\n")
        .append("| distinct group totals seen | ").append(seen.totalsSeen()).append(" | |\n")
        .append("| figures that read differently after an edit or on another surface | ").append(seen.changed()).append(" | 0 |\n")
        .append("| hidden counts attacked (\"< k\"; ").append(past).append(" of past months), one insider | ")
        .append(ranges.size()).append(" | |\n")
        .append("| counts the attacker knows unchanged from one month to the next (the true set; ")
        .append(MONTHS.size()).append(" months of CREAS and the current figures, two towns changing alone) | ")
        .append(unchanged).append(" | |\n")
        .append("| exact recoveries | ").append(exact).append(" | 0 ").append(exact == 0 ? "(met)" : "(**not met**)").append(" |\n")
        .append("| ranges narrower than 0..k-1 | ").append(narrowed).append(" | 0 ").append(narrowed == 0 ? "(met)" : "(**not met**)")
        .append(" |\n")
        .append("| ranges that miss the truth (would mean a wrong model) | ").append(wrong).append(" | 0 |\n")
        .append("| ranges not proven within the solver's time limit (unknown: no pass) | ").append(unknown).append(" | 0 ")
        .append(unknown == 0 ? "(met)" : "(**not met**)").append(" |\n")
        .append("| CP-SAT solving time (load average when it ended: ").append(load()).append(") | ").append(Stats.human(solving))
        .append(" | |\n\n")
        .append("What the published totals cost in accuracy (every shown group total against the true sum):\n\n");
    accuracy.forEach((code, text) -> md.append("- `").append(code).append("`: ").append(text).append('\n'));
    md.append("\nThe same harness on the ADR 0008 method (suppression decided again after each edit) pins hidden ")
        .append("counts exactly: `AttackTest.the_old_method_gives_cells_away_when_a_region_set_is_edited`.\n");
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, md.toString());
    IndicatorsBenchmark.log("wrote %s", output);
  }

  /** The machine's load averages (1, 5, 15 min): timings here are taken on a shared machine. */
  private static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (Exception e) {
      return "?";
    }
  }
}
