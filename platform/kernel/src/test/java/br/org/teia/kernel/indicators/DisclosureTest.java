package br.org.teia.kernel.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.indicators.Disclosure.Group;
import br.org.teia.kernel.indicators.Disclosure.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Each case is checked by an attacker independent of the algorithm: every assignment of the hidden
 * cells (those under k from 0 to k-1, the others from k up) that agrees with every shown total is
 * enumerated, and each hidden cell must keep at least two possible values.
 */
class DisclosureTest {

  static final int K = 5;

  @Test
  void a_lone_small_count_in_a_region_takes_the_smallest_other_member_with_it() {
    Map<String, Long> counts = counts("a", 2, "b", 10, "c", 12, "d", 30, "e", 40);
    List<Group> groups = List.of(state(counts), group("r1", "a", "b", "c", "d"), group("r2", "e"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.primary()).containsExactly("a");
    assertThat(outcome.complementary()).containsExactly("b");
    assertUnrecoverable(counts, groups, outcome);
  }

  @Test
  void without_complementary_suppression_the_small_count_would_be_recovered() {
    Map<String, Long> counts = counts("a", 2, "b", 10, "c", 12);
    List<Group> groups = List.of(state(counts));
    Outcome primaryOnly = new Outcome(Set.of("a"), Set.of(), Set.of());

    assertThat(feasibleValues(counts, groups, primaryOnly).get("a")).containsExactly(2L);
  }

  @Test
  void two_hidden_zeros_would_be_pinned_by_their_zero_sum() {
    Map<String, Long> counts = counts("a", 0, "b", 0, "c", 9, "d", 11);
    List<Group> groups = List.of(state(counts));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.primary()).containsExactlyInAnyOrder("a", "b");
    assertThat(outcome.complementary()).containsExactly("c");
    assertUnrecoverable(counts, groups, outcome);
  }

  @Test
  void two_hidden_cells_at_k_minus_one_would_be_pinned_by_their_largest_sum() {
    Map<String, Long> counts = counts("a", 4, "b", 4, "c", 9, "d", 11);
    List<Group> groups = List.of(state(counts));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.complementary()).containsExactly("c");
    assertUnrecoverable(counts, groups, outcome);
  }

  @Test
  void overlapping_regions_and_peer_groups_cannot_be_combined_to_solve_for_a_cell() {
    // x is small; its region pairs it with y, its peer group with z, and another region holds y and z.
    Map<String, Long> counts = counts("x", 1, "y", 7, "z", 8, "w", 20, "v", 25);
    List<Group> groups = List.of(state(counts), group("region-1", "x", "y"), group("peers-1", "x", "z"),
        group("region-2", "y", "z", "w"), group("region-3", "v"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertUnrecoverable(counts, groups, outcome);
  }

  @Test
  void a_group_total_under_k_is_hidden_and_the_state_total_never_is() {
    Map<String, Long> counts = counts("a", 1, "b", 2, "c", 50);
    List<Group> groups = List.of(state(counts), group("small-region", "a", "b"), group("big", "c"));

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.hiddenGroups()).contains("small-region").doesNotContain("state");
    assertUnrecoverable(counts, groups, outcome);
  }

  @Test
  void nothing_is_hidden_when_every_count_reaches_k() {
    Map<String, Long> counts = counts("a", 5, "b", 6, "c", 70);

    Outcome outcome = Disclosure.protect(counts, List.of(state(counts), group("r", "a", "b")), K);

    assertThat(outcome.primary()).isEmpty();
    assertThat(outcome.complementary()).isEmpty();
    assertThat(outcome.hiddenGroups()).isEmpty();
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
    List<Group> groups = new ArrayList<>(List.of(state(counts)));
    for (int g = 0; g < 3; g++) {
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

    Outcome outcome = Disclosure.protect(counts, groups, K);

    assertThat(outcome.primary()).as("seed %d", seed)
        .isEqualTo(counts.entrySet().stream().filter(e -> e.getValue() < K).map(Map.Entry::getKey)
            .collect(java.util.stream.Collectors.toSet()));
    assertUnrecoverable(counts, groups, outcome);
  }

  // --- the attacker ---------------------------------------------------------------------------

  static void assertUnrecoverable(Map<String, Long> counts, List<Group> groups, Outcome outcome) {
    Map<String, Set<Long>> feasible = feasibleValues(counts, groups, outcome);
    feasible.forEach((cell, values) ->
        assertThat(values).as("possible values of hidden cell %s (true value %d) in %s, groups %s, outcome %s", cell, counts.get(cell), counts, groups, outcome)
            .contains(counts.get(cell)).hasSizeGreaterThan(1));
  }

  /** Every value each hidden cell can take, given all the shown cells and totals. */
  static Map<String, Set<Long>> feasibleValues(Map<String, Long> counts, List<Group> groups, Outcome outcome) {
    List<String> hidden = counts.keySet().stream().filter(outcome::hidden).sorted().toList();
    List<Group> shown = groups.stream().filter(g -> !outcome.hiddenGroups().contains(g.id())).toList();
    // Each shown total is checked as soon as its last hidden member has a value (prunes the search).
    Map<Integer, List<Group>> checkAt = new HashMap<>();
    for (Group g : shown) {
      int last = g.members().stream().mapToInt(hidden::indexOf).max().orElse(-1);
      checkAt.computeIfAbsent(last, x -> new ArrayList<>()).add(g);
    }
    Map<String, Set<Long>> feasible = new HashMap<>();
    hidden.forEach(h -> feasible.put(h, new HashSet<>()));
    enumerate(0, hidden, new long[hidden.size()], counts, checkAt, outcome, feasible);
    return feasible;
  }

  private static void enumerate(int i, List<String> hidden, long[] assignment, Map<String, Long> counts,
      Map<Integer, List<Group>> checkAt, Outcome outcome, Map<String, Set<Long>> feasible) {
    if (i == hidden.size()) {
      for (int j = 0; j < hidden.size(); j++) {
        feasible.get(hidden.get(j)).add(assignment[j]);
      }
      return;
    }
    boolean primary = outcome.primary().contains(hidden.get(i));
    long from = primary ? 0 : K;
    long to = primary ? K - 1 : K + 25; // shown values stay under K + 12: no false pin at this bound
    for (long v = from; v <= to; v++) {
      assignment[i] = v;
      if (agrees(checkAt.getOrDefault(i, List.of()), hidden, assignment, counts)) {
        enumerate(i + 1, hidden, assignment, counts, checkAt, outcome, feasible);
      }
    }
  }

  private static boolean agrees(List<Group> groups, List<String> hidden, long[] assignment, Map<String, Long> counts) {
    for (Group g : groups) {
      long shownTotal = g.members().stream().mapToLong(counts::get).sum();
      long guess = 0;
      for (String m : g.members()) {
        int at = hidden.indexOf(m);
        guess += at < 0 ? counts.get(m) : assignment[at];
      }
      if (guess != shownTotal) {
        return false;
      }
    }
    return true;
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
