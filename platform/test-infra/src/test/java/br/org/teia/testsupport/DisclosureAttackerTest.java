package br.org.teia.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.testsupport.DisclosureAttacker.Shown;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The attacker must be able to fail a protection: each case here is one it has to break. */
class DisclosureAttackerTest {

  static final int K = 5;

  @Test
  void a_single_hidden_cell_in_a_shown_group_is_the_total_minus_the_others() {
    Shown shown = new Shown(cells("b", 10, "c", 12), totals("r", 24), members("r", "a", "b", "c"),
        Set.of("a"), K);

    assertThat(DisclosureAttacker.recover(shown)).containsExactly(Map.entry("a", 2L));
  }

  @Test
  void two_nested_groups_are_subtracted_to_isolate_a_cell() {
    // r = {a, b, c} and s = {b, c}: each has two hidden members, their difference leaves a alone.
    Map<String, Set<String>> members = members("r", "a", "b", "c", "d");
    members.putAll(members("s", "b", "c"));
    Shown shown = new Shown(cells("d", 40), totals("r", 40 + 3 + 9 + 11, "s", 20), members,
        Set.of("a"), K);

    assertThat(DisclosureAttacker.recover(shown)).containsEntry("a", 3L).doesNotContainKeys("b", "c");
  }

  @Test
  void overlapping_groups_are_solved_by_elimination_over_the_rationals() {
    // a + b = 110, a + c = 130, b + c = 140: only a fraction-free elimination gives 2a = 100.
    Map<String, Set<String>> members = members("x", "a", "b");
    members.putAll(members("y", "a", "c"));
    members.putAll(members("z", "b", "c"));
    Shown shown = new Shown(Map.of(), totals("x", 110, "y", 130, "z", 140), members, Set.of(), K);

    assertThat(DisclosureAttacker.recover(shown)).containsOnly(
        Map.entry("a", 50L), Map.entry("b", 60L), Map.entry("c", 80L));
  }

  @Test
  void a_remainder_of_zero_pins_every_hidden_member_at_zero() {
    Shown shown = new Shown(cells("c", 20), totals("r", 20), members("r", "a", "b", "c"),
        Set.of("a", "b"), K);

    assertThat(DisclosureAttacker.recover(shown)).containsOnly(Map.entry("a", 0L), Map.entry("b", 0L));
  }

  @Test
  void a_remainder_only_reachable_at_the_top_pins_every_cell_under_k_at_k_minus_one() {
    Shown shown = new Shown(cells("c", 20), totals("r", 28), members("r", "a", "b", "c"),
        Set.of("a", "b"), K);

    assertThat(DisclosureAttacker.recover(shown)).containsOnly(Map.entry("a", 4L), Map.entry("b", 4L));
  }

  @Test
  void a_complementary_cell_at_k_with_a_remainder_of_k_leaves_the_small_one_at_zero() {
    // a is "< 5", c hidden to protect it (so at least 5): a + c = 5 only as 0 + 5.
    Shown shown = new Shown(cells("d", 30), totals("r", 35), members("r", "a", "c", "d"), Set.of("a"), K);

    assertThat(DisclosureAttacker.recover(shown)).containsOnly(Map.entry("a", 0L), Map.entry("c", 5L));
  }

  @Test
  void bounds_learned_in_one_group_carry_into_another() {
    // r: a + b = 0 pins both; s: b + c = 7 then gives c (hidden to protect, not under k).
    Map<String, Set<String>> members = members("r", "a", "b");
    members.putAll(members("s", "b", "c"));
    Shown shown = new Shown(Map.of(), totals("r", 0, "s", 7), members, Set.of("a", "b"), K);

    assertThat(DisclosureAttacker.recover(shown))
        .containsOnly(Map.entry("a", 0L), Map.entry("b", 0L), Map.entry("c", 7L));
  }

  @Test
  void a_cell_pinned_by_bounds_then_frees_another_by_elimination() {
    // r: a + b = 8 with both "< 5" gives 4 and 4; s: b + c + d = 60 and t: c - nothing... c + e = 50,
    // u: d + e = 40: once b is known, s, t, u are three equations in c, d, e.
    Map<String, Set<String>> members = members("r", "a", "b");
    members.putAll(members("s", "b", "c", "d"));
    members.putAll(members("t", "c", "e"));
    members.putAll(members("u", "d", "e"));
    // c = 30, d = 26, e = 14  ->  s = 4 + 30 + 26 = 60, t = 44, u = 40
    Shown shown = new Shown(Map.of(), totals("r", 8, "s", 60, "t", 44, "u", 40), members, Set.of("a", "b"), K);

    assertThat(DisclosureAttacker.recover(shown)).containsOnly(Map.entry("a", 4L), Map.entry("b", 4L),
        Map.entry("c", 30L), Map.entry("d", 26L), Map.entry("e", 14L));
  }

  @Test
  void nothing_is_recovered_when_every_hidden_cell_keeps_two_possible_values() {
    // a, b "< 5" with a + b = 5: a in [1, 4]; c, d hidden to protect with c + d = 23: c in [5, 18].
    Map<String, Set<String>> members = members("state", "a", "b", "c", "d", "e");
    members.putAll(members("r", "a", "b", "e"));
    Shown shown = new Shown(cells("e", 50), totals("state", 78, "r", 55), members, Set.of("a", "b"), K);

    assertThat(DisclosureAttacker.recover(shown)).isEmpty();
  }

  @Test
  void a_hidden_group_total_gives_the_attacker_nothing() {
    Map<String, Set<String>> members = members("state", "a", "b", "c");
    members.putAll(members("r", "a", "b"));
    Shown shown = new Shown(cells("c", 9), totals("state", 9 + 2 + 7), members, Set.of("a"), K);

    assertThat(DisclosureAttacker.recover(shown)).isEmpty();
  }

  static Map<String, Long> cells(Object... pairs) {
    Map<String, Long> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
    }
    return out;
  }

  static Map<String, Long> totals(Object... pairs) {
    return cells(pairs);
  }

  static Map<String, Set<String>> members(String group, String... members) {
    Map<String, Set<String>> out = new HashMap<>();
    out.put(group, Set.of(members));
    return out;
  }
}
