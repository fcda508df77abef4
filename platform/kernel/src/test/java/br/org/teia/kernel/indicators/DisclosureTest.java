package br.org.teia.kernel.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import br.org.teia.kernel.indicators.Disclosure.Group;
import br.org.teia.kernel.indicators.Disclosure.Outcome;
import br.org.teia.testsupport.DisclosureAttacker;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Small-town cases. Each outcome is checked by two attackers independent of the algorithm: the
 * test-support {@link DisclosureAttacker} (elimination and bounds) and, here, an exhaustive one that
 * enumerates every assignment of the hidden cells (under k: 0 to k-1; the others: k and up) agreeing
 * with every shown total; each hidden cell must keep at least two possible values.
 */
class DisclosureTest {

  static final int K = 5;

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 5, 10})
  void a_count_of_k_minus_one_is_hidden_and_a_count_of_k_is_shown(int k) {
    Map<String, Long> counts = counts("a", k - 1, "b", k, "c", k + 1, "d", 10 * k);
    List<Group> groups = List.of(state(counts));

    Outcome outcome = Disclosure.protect(counts, groups, k);

    assertThat(outcome.primary()).containsExactly("a");
    assertThat(outcome.complementary()).containsExactly("b"); // k is shown as a number, hidden only to protect a
    assertSafe(counts, groups, outcome, k);
  }

  @Test
  void a_lone_small_town_in_a_region_takes_the_smallest_other_member_with_it() {
    Map<String, Long> counts = counts("a", 2, "b", 10, "c", 12, "d", 30, "e", 40);
    List<Group> groups = List.of(state(counts), group("r1", "a", "b", "c", "d"), group("r2", "e"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.primary()).containsExactly("a");
    assertThat(outcome.complementary()).containsExactly("b");
    assertThat(outcome.hiddenGroups()).isEmpty();
    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void without_complementary_suppression_the_small_count_would_be_recovered() {
    Map<String, Long> counts = counts("a", 2, "b", 10, "c", 12);
    List<Group> groups = List.of(state(counts));
    Outcome primaryOnly = new Outcome(Set.of("a"), Set.of(), Set.of());

    assertThat(feasibleValues(counts, groups, primaryOnly, K).get("a")).containsExactly(2L);
    assertThat(DisclosureAttacker.recover(shown(counts, groups, primaryOnly, K))).containsEntry("a", 2L);
  }

  @Test
  void two_small_towns_in_a_region_protect_each_other_when_their_sum_is_ambiguous() {
    Map<String, Long> counts = counts("a", 1, "b", 3, "c", 30, "d", 12, "e", 40);
    List<Group> groups = List.of(state(counts), group("r1", "a", "b", "c"), group("r2", "d", "e"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.primary()).containsExactlyInAnyOrder("a", "b");
    assertThat(outcome.complementary()).isEmpty();
    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void two_hidden_zeros_would_be_pinned_by_their_zero_sum() {
    Map<String, Long> counts = counts("a", 0, "b", 0, "c", 9, "d", 11);
    List<Group> groups = List.of(state(counts));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.primary()).containsExactlyInAnyOrder("a", "b");
    assertThat(outcome.complementary()).containsExactly("c");
    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void two_hidden_cells_at_k_minus_one_would_be_pinned_by_their_largest_sum() {
    Map<String, Long> counts = counts("a", 4, "b", 4, "c", 9, "d", 11);
    List<Group> groups = List.of(state(counts));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.complementary()).containsExactly("c");
    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void a_small_cell_and_its_complement_at_exactly_k_would_be_pinned_by_their_sum() {
    // 0 + 5 = 5 can only be "< 5" at 0 and the complement at 5: one more cell must go.
    Map<String, Long> counts = counts("a", 0, "b", 5, "c", 9, "d", 30);
    List<Group> groups = List.of(state(counts));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.complementary()).containsExactlyInAnyOrder("b", "c");
    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void overlapping_region_sets_and_peer_groups_cannot_be_combined_to_solve_for_a_cell() {
    // x is small; its region pairs it with y, its peer group with z, and another region holds y and z.
    Map<String, Long> counts = counts("x", 1, "y", 7, "z", 8, "w", 20, "v", 25);
    List<Group> groups = List.of(state(counts), group("region-1", "x", "y"), group("peers-1", "x", "z"),
        group("region-2", "y", "z", "w"), group("region-3", "v"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void two_region_sets_cutting_across_each_other_are_differenced() {
    // set A: {a,b,c} {d,e,f}; set B: {a,d} {b,e} {c,f}; a 2x3 table with every margin shown.
    Map<String, Long> counts = counts("a", 2, "b", 14, "c", 9, "d", 11, "e", 6, "f", 20);
    List<Group> groups = List.of(state(counts), group("A1", "a", "b", "c"), group("A2", "d", "e", "f"),
        group("B1", "a", "d"), group("B2", "b", "e"), group("B3", "c", "f"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.primary()).containsExactly("a");
    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void an_all_zero_region_hides_its_total_and_the_state_total_stays() {
    Map<String, Long> counts = counts("a", 0, "b", 0, "c", 0, "d", 20, "e", 30, "f", 8);
    List<Group> groups = List.of(state(counts), group("zeros", "a", "b", "c"), group("rest", "d", "e", "f"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.conceals("zeros")).isTrue();
    assertThat(outcome.conceals("state")).isFalse();
    assertThat(outcome.primary()).containsExactlyInAnyOrder("a", "b", "c");
    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void a_region_of_one_municipality_hides_its_total_when_that_municipality_is_hidden() {
    // b is the smallest big cell, so it protects a; its own one-member region would give it away.
    Map<String, Long> counts = counts("a", 3, "b", 9, "c", 40, "d", 50);
    List<Group> groups = List.of(state(counts), group("only-b", "b"), group("r", "a", "b", "c"),
        group("only-d", "d"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.hidden("a")).isTrue();
    assertThat(outcome.hidden("b") ? outcome.conceals("only-b") : true).isTrue();
    assertThat(outcome.conceals("only-d")).isFalse();
    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void a_region_identical_to_a_region_of_another_set_gives_nothing_more() {
    Map<String, Long> counts = counts("a", 1, "b", 12, "c", 7, "d", 30, "e", 25);
    List<Group> groups = List.of(state(counts), group("health-1", "a", "b", "c"), group("micro-1", "a", "b", "c"),
        group("health-2", "d", "e"), group("micro-2", "d"), group("micro-3", "e"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.complementary()).containsExactly("c");
    assertThat(outcome.hiddenGroups()).isEmpty();
    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void a_group_total_under_k_is_hidden_and_the_state_total_never_is() {
    Map<String, Long> counts = counts("a", 1, "b", 2, "c", 50);
    List<Group> groups = List.of(state(counts), group("small-region", "a", "b"), group("big", "c"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.hiddenGroups()).contains("small-region").doesNotContain("state");
    assertSafe(counts, groups, outcome, K);
  }

  @Test
  void nothing_is_hidden_when_every_count_reaches_k() {
    Map<String, Long> counts = counts("a", 5, "b", 6, "c", 70);

    Outcome outcome = Disclosure.protect(counts, List.of(state(counts), group("r", "a", "b")), K);

    assertThat(outcome.primary()).isEmpty();
    assertThat(outcome.complementary()).isEmpty();
    assertThat(outcome.hiddenGroups()).isEmpty();
  }

  @Test
  void a_state_of_zeros_is_answered_without_an_error() {
    Map<String, Long> counts = counts("a", 0, "b", 0, "c", 0);
    List<Group> groups = List.of(state(counts), group("r", "a", "b"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.primary()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(outcome.conceals("state")).isFalse();
  }

  @Test
  void mostly_zero_counts_like_vacant_council_seats_never_throw_and_never_leak() {
    // The shape that made the earlier version give up with "cannot protect".
    Random random = new Random(42);
    for (int round = 0; round < 600; round++) {
      Map<String, Long> counts = new LinkedHashMap<>();
      int size = 3 + random.nextInt(5);
      for (int i = 0; i < size; i++) {
        counts.put("m" + i, random.nextInt(3) == 0 ? (long) random.nextInt(9) : 0L);
      }
      List<Group> groups = randomGroups(counts, random, 4);

      Outcome outcome = Disclosure.protect(counts, groups, K);

      // the exhaustive search too: small systems are probed value by value (ADR 0008)
      assertSafeUnlessOnlyTheStateIsLeft(counts, groups, outcome, K);
    }
  }

  @Test
  void the_outcome_does_not_depend_on_the_order_of_the_inputs() {
    Map<String, Long> counts = counts("a", 2, "b", 10, "c", 10, "d", 10, "e", 3, "f", 40, "g", 0);
    List<Group> groups = new ArrayList<>(List.of(state(counts), group("r1", "a", "b", "c"),
        group("r2", "d", "e", "f", "g"), group("p1", "a", "d"), group("p2", "b", "e", "g")));
    Outcome first = Disclosure.protect(counts, groups, K);

    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      List<String> keys = new ArrayList<>(counts.keySet());
      Collections.shuffle(keys, random);
      Map<String, Long> reordered = new LinkedHashMap<>();
      keys.forEach(key -> reordered.put(key, counts.get(key)));
      Collections.shuffle(groups, random);

      assertThat(Disclosure.protect(reordered, groups, K)).isEqualTo(first);
    }
    assertSafe(counts, groups, first, K);
  }

  @Test
  void a_rate_is_hidden_when_its_numerator_or_its_denominator_is() {
    Outcome numerator = new Outcome(Set.of("a"), Set.of("b"), Set.of("r1"));
    Outcome denominator = new Outcome(Set.of("c"), Set.of(), Set.of("r2"));

    assertThat(Disclosure.rateHidden(numerator, denominator, "a")).isTrue();
    assertThat(Disclosure.rateHidden(numerator, denominator, "b")).isTrue();
    assertThat(Disclosure.rateHidden(numerator, denominator, "c")).isTrue();
    assertThat(Disclosure.rateHidden(numerator, denominator, "d")).isFalse();
    assertThat(Disclosure.groupRateHidden(numerator, denominator, "r2")).isTrue();
    assertThat(Disclosure.groupRateHidden(numerator, denominator, "r3")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(longs = {1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30})
  void random_small_states_never_leak_a_hidden_cell(long seed) {
    Random random = new Random(seed);
    Map<String, Long> counts = new LinkedHashMap<>();
    int size = 4 + random.nextInt(3);
    for (int i = 0; i < size; i++) {
      counts.put("m" + i, (long) (random.nextInt(3) == 0 ? random.nextInt(K) : K + random.nextInt(12)));
    }
    List<Group> groups = randomGroups(counts, random, 3);

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.primary()).as("seed %d", seed)
        .isEqualTo(counts.entrySet().stream().filter(e -> e.getValue() < K).map(Map.Entry::getKey)
            .collect(Collectors.toSet()));
    assertSafeUnlessOnlyTheStateIsLeft(counts, groups, outcome, K);
  }

  // --- helpers --------------------------------------------------------------------------------

  static List<Group> randomGroups(Map<String, Long> counts, Random random, int howMany) {
    List<Group> groups = new ArrayList<>(List.of(state(counts)));
    for (int g = 0; g < howMany; g++) {
      Set<String> members = new HashSet<>();
      for (String m : counts.keySet()) {
        if (random.nextBoolean()) {
          members.add(m);
        }
      }
      if (!members.isEmpty()) {
        groups.add(new Group("g" + g, members, false));
      }
    }
    return groups;
  }

  /** What the screen, the export and the API show of this outcome, as the attacker reads it. */
  static DisclosureAttacker.Shown shown(Map<String, Long> counts, List<Group> groups, Outcome outcome, int k) {
    Map<String, Long> cells = new HashMap<>();
    counts.forEach((m, v) -> {
      if (!outcome.hidden(m)) {
        cells.put(m, v);
      }
    });
    Map<String, Long> totals = new HashMap<>();
    Map<String, Set<String>> members = new HashMap<>();
    for (Group g : groups) {
      members.put(g.id(), g.members());
      if (!outcome.conceals(g.id())) {
        totals.put(g.id(), g.members().stream().mapToLong(counts::get).sum());
      }
    }
    return new DisclosureAttacker.Shown(cells, totals, members, outcome.primary(), k);
  }

  static void assertSafe(Map<String, Long> counts, List<Group> groups, Outcome outcome, int k) {
    assertThat(DisclosureAttacker.recover(shown(counts, groups, outcome, k)))
        .as("cells recovered from %s, groups %s, outcome %s", counts, groups, outcome).isEmpty();
    Map<String, Set<Long>> feasible = feasibleValues(counts, groups, outcome, k);
    feasible.forEach((cell, values) -> assertThat(values)
        .as("possible values of hidden cell %s (true value %d) in %s, groups %s, outcome %s",
            cell, counts.get(cell), counts, groups, outcome)
        .contains(counts.get(cell)).hasSizeGreaterThan(1));
  }

  /**
   * As {@link #assertSafe} except when every cell is hidden and every total but the state's is: then
   * the state's total alone may pin them (all 0, say), which nothing can prevent.
   */
  static void assertSafeUnlessOnlyTheStateIsLeft(Map<String, Long> counts, List<Group> groups, Outcome outcome,
      int k) {
    if (!onlyTheStateIsLeft(counts, groups, outcome)) {
      assertSafe(counts, groups, outcome, k);
    }
  }

  static boolean onlyTheStateIsLeft(Map<String, Long> counts, List<Group> groups, Outcome outcome) {
    return counts.keySet().stream().allMatch(outcome::hidden)
        && groups.stream().allMatch(g -> g.alwaysShown() || outcome.conceals(g.id()));
  }

  /** Every value each hidden cell can take, given all the shown cells and totals. */
  static Map<String, Set<Long>> feasibleValues(Map<String, Long> counts, List<Group> groups, Outcome outcome, int k) {
    List<String> hidden = counts.keySet().stream().filter(outcome::hidden).sorted().toList();
    List<Group> shownGroups = groups.stream().filter(g -> !outcome.conceals(g.id())).toList();
    int n = hidden.size();
    // remaining[g]: the shown total of g less its shown members, still to be made by the hidden ones
    long[] remaining = new long[shownGroups.size()];
    int[] lastMember = new int[shownGroups.size()];
    List<List<Integer>> groupsOf = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      groupsOf.add(new ArrayList<>());
    }
    for (int g = 0; g < shownGroups.size(); g++) {
      lastMember[g] = -1;
      for (String m : shownGroups.get(g).members()) {
        int at = hidden.indexOf(m);
        if (at < 0) {
          continue;
        }
        remaining[g] += counts.get(m);
        groupsOf.get(at).add(g);
        lastMember[g] = Math.max(lastMember[g], at);
      }
    }
    Map<String, Set<Long>> feasible = new HashMap<>();
    hidden.forEach(h -> feasible.put(h, new HashSet<>()));
    long free = counts.values().stream().mapToLong(Long::longValue).sum() + k; // bound for cells in no shown group
    enumerate(0, hidden, new long[n], outcome, k, free, remaining, lastMember, groupsOf, feasible);
    return feasible;
  }

  private static void enumerate(int i, List<String> hidden, long[] assignment, Outcome outcome, int k, long free,
      long[] remaining, int[] lastMember, List<List<Integer>> groupsOf, Map<String, Set<Long>> feasible) {
    if (i == hidden.size()) {
      for (int j = 0; j < hidden.size(); j++) {
        feasible.get(hidden.get(j)).add(assignment[j]);
      }
      return;
    }
    boolean primary = outcome.primary().contains(hidden.get(i));
    long from = primary ? 0 : k;
    long to = primary ? k - 1 : free;
    for (int g : groupsOf.get(i)) {
      to = Math.min(to, remaining[g]);
    }
    for (long v = from; v <= to; v++) {
      assignment[i] = v;
      boolean fits = true;
      for (int g : groupsOf.get(i)) {
        remaining[g] -= v;
        fits &= lastMember[g] != i || remaining[g] == 0;
      }
      if (fits) {
        enumerate(i + 1, hidden, assignment, outcome, k, free, remaining, lastMember, groupsOf, feasible);
      }
      for (int g : groupsOf.get(i)) {
        remaining[g] += v;
      }
    }
  }

  static Map<String, Long> counts(Object... pairs) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      counts.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return counts;
  }

  static Group state(Map<String, Long> counts) {
    return new Group("state", counts.keySet(), true);
  }

  static Group group(String id, String... members) {
    return new Group(id, Set.of(members), false);
  }
}
