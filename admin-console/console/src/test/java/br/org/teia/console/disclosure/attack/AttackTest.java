package br.org.teia.console.disclosure.attack;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.indicators.Disclosure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The harness has teeth: what it finds on figures published by the method of ADR 0008 (suppression
 * decided again for each release), the method Teia used before ADR 0018. The screens are simulated
 * here from {@code kernel.indicators.Disclosure} as the comparison used it: protected from scratch
 * after each edit of a region set.
 */
class AttackTest {

  @Test
  void a_lone_hidden_count_under_a_shown_total_is_found_exactly() {
    Observations seen = new Observations();
    seen.method("t.count", Observations.Method.exact(5));
    seen.cell("t.count", "now", "a", null, true);
    seen.cell("t.count", "now", "b", 12L, false);
    seen.total("t.count", "now", Set.of("a", "b"), 15L);

    List<Attack.Range> ranges = Attack.solve(seen, Map.of("t.count|now|a", 3L));

    assertThat(ranges).singleElement().satisfies(r -> {
      assertThat(r.exact()).isTrue();
      assertThat(r.low()).isEqualTo(3);
      assertThat(r.wrong()).isFalse();
    });
  }

  @Test
  void an_insider_and_a_declared_sum_narrow_what_the_published_method_leaves_open() {
    Observations seen = new Observations();
    seen.method("t.total", Observations.Method.exact(5));
    seen.method("t.p1", Observations.Method.exact(5));
    seen.method("t.p2", Observations.Method.exact(5));
    seen.sum("t.total", List.of(List.of("t.p1", "t.p2")));
    seen.cell("t.total", "now", "a", 7L, false);
    seen.cell("t.p1", "now", "a", null, true);
    seen.cell("t.p2", "now", "a", null, true);
    // a + b hidden under k in a region whose total is shown; b is the insider
    seen.cell("t.p1", "now", "b", null, true);
    seen.total("t.p1", "now", Set.of("a", "b"), 6L);
    seen.own("t.p1", "now", "b", 2);

    List<Attack.Range> ranges = Attack.solve(seen, Map.of());

    assertThat(ranges).filteredOn(r -> r.town().equals("a") && r.indicator().equals("t.p1"))
        .singleElement().satisfies(r -> assertThat(List.of(r.low(), r.high())).containsExactly(4L, 4L));
    assertThat(ranges).filteredOn(r -> r.town().equals("a") && r.indicator().equals("t.p2"))
        .singleElement().satisfies(r -> assertThat(List.of(r.low(), r.high())).containsExactly(3L, 3L));
  }

  /**
   * Issue 17's first finding, reproduced on 24 towns: take one town out of its region, read, put it
   * back, read; ten rounds. Under ADR 0008 the harness pins hidden counts exactly, every one right.
   */
  @Test
  void the_old_method_gives_cells_away_when_a_region_set_is_edited() {
    Random random = new Random(17);
    int k = 5;
    Map<String, Long> counts = towns(random, k);
    List<String> towns = new ArrayList<>(counts.keySet());
    Map<String, Set<String>> regions = groups(towns, "region:", i -> i % 4);
    Map<String, Set<String>> peers = groups(towns, "peer:", i -> i * 7 % 3);
    Observations seen = new Observations();
    seen.method("t.count", Observations.Method.exact(k));
    read(seen, counts, regions, peers, k);
    for (int round = 0; round < 10; round++) {
      String town = towns.get(round * 2);
      String region = regions.entrySet().stream().filter(e -> e.getValue().contains(town)).findFirst().orElseThrow().getKey();
      regions.get(region).remove(town);
      read(seen, counts, regions, peers, k);
      regions.get(region).add(town);
    }
    Map<String, Long> truth = new HashMap<>();
    counts.forEach((m, v) -> truth.put("t.count|now|" + m, v));

    List<Attack.Range> ranges = Attack.solve(seen, truth);

    assertThat(ranges).noneMatch(Attack.Range::wrong);
    assertThat(ranges).filteredOn(Attack.Range::exact).isNotEmpty();
  }

  /**
   * Issue 17's "consecutive months" on the ADR 0008 method: 24 towns, six months, one town changing
   * alone each month (under k to under k, under k to k or more, shown to shown, k or more to under
   * k). Each month protected on its own gives none of them exactly; once the attacker knows which towns did not change,
   * the difference of two months' state totals is the lone town's change and pins its hidden counts.
   */
  @Test
  void the_old_method_gives_a_town_changing_alone_away_across_months() {
    Random random = new Random(18);
    int k = 5;
    Map<String, Long> counts = towns(random, k);
    List<String> towns = new ArrayList<>(counts.keySet());
    counts.putAll(Map.of(towns.get(0), 1L, towns.get(1), 2L, towns.get(2), 9L, towns.get(3), 7L));
    Map<String, Set<String>> regions = groups(towns, "region:", i -> i % 4);
    Map<String, Set<String>> peers = groups(towns, "peer:", i -> i * 7 % 3);
    List<String> months = List.of("2026-05-01", "2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01");
    long[][] alone = {{0, 4}, {1, 8}, {2, 12}, {3, 1}};
    Observations seen = new Observations();
    seen.method("t.count", Observations.Method.exact(k));
    Map<String, Long> truth = new HashMap<>();
    for (int month = 0; month < months.size(); month++) {
      if (month > 0) {
        counts.put(towns.get((int) alone[month - 1][0]), alone[month - 1][1]);
      }
      String period = months.get(month);
      read(seen, counts, regions, peers, k, period);
      counts.forEach((m, v) -> truth.put("t.count|" + period + "|" + m, v));
    }
    List<String> lone = List.of(towns.get(0), towns.get(1), towns.get(3));

    List<Attack.Range> monthByMonth = Attack.solve(seen, truth);
    int facts = seen.unchangedAsIn(truth, months);
    List<Attack.Range> knowingWhatStayed = Attack.solve(seen, truth);

    assertThat(facts).isEqualTo(towns.size() * (months.size() - 1) - alone.length);
    assertThat(monthByMonth).noneMatch(Attack.Range::wrong);
    assertThat(monthByMonth).filteredOn(r -> lone.contains(r.town())).isNotEmpty().noneMatch(Attack.Range::exact);
    assertThat(knowingWhatStayed).noneMatch(Attack.Range::wrong);
    // 1 -> 4 under k: the difference 3 leaves 0..1 before and 3..4 after; 2 -> 8: 2 exactly; 7 -> 1: 1 exactly
    assertThat(knowingWhatStayed).filteredOn(r -> lone.contains(r.town())).allMatch(Attack.Range::narrowed)
        .filteredOn(r -> !r.town().equals(towns.get(0))).isNotEmpty().allMatch(Attack.Range::exact);
  }

  /** What the screens of ADR 0008 showed for one grouping: exact shown counts and totals, "< k", hidden. */
  private static void read(Observations seen, Map<String, Long> counts, Map<String, Set<String>> regions,
      Map<String, Set<String>> peers, int k) {
    read(seen, counts, regions, peers, k, "now");
  }

  private static void read(Observations seen, Map<String, Long> counts, Map<String, Set<String>> regions,
      Map<String, Set<String>> peers, int k, String period) {
    List<Disclosure.Group> groups = new ArrayList<>();
    groups.add(new Disclosure.Group("state", counts.keySet(), true));
    regions.forEach((id, members) -> groups.add(new Disclosure.Group(id, members, false)));
    peers.forEach((id, members) -> groups.add(new Disclosure.Group(id, members, false)));
    Disclosure.Outcome outcome = Disclosure.protect(counts, groups, k);
    seen.reading();
    counts.forEach((m, v) -> seen.cell("t.count", period, m, outcome.hidden(m) ? null : v, v < k));
    for (Disclosure.Group g : groups) {
      long total = g.members().stream().mapToLong(counts::get).sum();
      boolean hidden = !g.alwaysShown() && (outcome.conceals(g.id()) || total < k);
      // a region's total under the same id changes with the edit: its members are part of what was seen
      seen.total("t.count", period, Set.copyOf(g.members()), hidden ? null : total);
    }
  }

  /** The towns grouped by their place in the list: town {@code i} goes to group {@code prefix + group(i)}. */
  private static Map<String, Set<String>> groups(List<String> towns, String prefix, IntUnaryOperator group) {
    Map<String, Set<String>> groups = new LinkedHashMap<>();
    for (int i = 0; i < towns.size(); i++) {
      groups.computeIfAbsent(prefix + group.applyAsInt(i), g -> new HashSet<>()).add(towns.get(i));
    }
    return groups;
  }

  /** 24 towns, six in ten under k, the rest 5..24: their counts in town order. */
  private static Map<String, Long> towns(Random random, int k) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < 24; i++) {
      counts.put("31%05d".formatted(i), random.nextInt(10) < 6 ? (long) random.nextInt(k) : 5L + random.nextInt(20));
    }
    return counts;
  }
}
