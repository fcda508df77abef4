package br.org.teia.kernel.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.indicators.Disclosure.Group;
import br.org.teia.kernel.indicators.Disclosure.Outcome;
import br.org.teia.testsupport.DisclosureAttacker;
import br.org.teia.testsupport.SyntheticMinasGerais;
import br.org.teia.testsupport.SyntheticMinasGerais.Indicator;
import br.org.teia.testsupport.SyntheticMinasGerais.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style: a made-up Minas Gerais (853 municipalities, three region sets cutting across each
 * other, seven size classes) with fixed seeds, three indicator shapes and several k. For each, every
 * count under k is hidden, the state total is shown, and the attacker recovers nothing.
 */
class DisclosureMinasGeraisTest {

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    // 12 cases keep this under about 5 s: the attacker's exact elimination over ~800 unknowns is slow
    for (Shape shape : Shape.values()) {
      for (int k : new int[] {3, 5, 10}) {
        cases.add(Arguments.of(1L, shape, k));
      }
      cases.add(Arguments.of(2L, shape, 5));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "seed {0}, {1}, k = {2}")
  @MethodSource("cases")
  void nothing_hidden_can_be_recovered_from_what_is_shown(long seed, Shape shape, int k) {
    Indicator indicator = new SyntheticMinasGerais(seed).indicator(shape, seed * 31 + k);
    List<Group> groups = groups(indicator);
    Map<String, Long> counts = indicator.counts();

    Outcome outcome = Disclosure.protect(counts, groups, k);

    counts.forEach((m, v) -> assertThat(v >= k || outcome.primary().contains(m)).as("%s = %d hidden", m, v).isTrue());
    assertThat(outcome.conceals(SyntheticMinasGerais.STATE)).isFalse();
    assertThat(DisclosureAttacker.recover(DisclosureTest.shown(counts, groups, outcome, k)))
        .as("recovered with %d primary, %d complementary, %d hidden totals", outcome.primary().size(),
            outcome.complementary().size(), outcome.hiddenGroups().size())
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(Shape.class)
  void the_same_state_in_another_order_gets_the_same_outcome(Shape shape) {
    Indicator indicator = new SyntheticMinasGerais(3).indicator(shape, 7);
    List<Group> groups = groups(indicator);
    Outcome first = Disclosure.protect(indicator.counts(), groups, 5);

    List<String> ids = new ArrayList<>(indicator.counts().keySet());
    java.util.Collections.shuffle(ids, new java.util.Random(11));
    Map<String, Long> shuffled = new java.util.LinkedHashMap<>();
    ids.forEach(id -> shuffled.put(id, indicator.counts().get(id)));
    List<Group> reversed = new ArrayList<>(groups);
    java.util.Collections.reverse(reversed);

    assertThat(Disclosure.protect(shuffled, reversed, 5)).isEqualTo(first);
    assertThat(Disclosure.protect(new java.util.HashMap<>(indicator.counts()), groups, 5)).isEqualTo(first);
  }

  static List<Group> groups(Indicator indicator) {
    return indicator.groups().entrySet().stream()
        .map(e -> new Group(e.getKey(), e.getValue(), e.getKey().equals(SyntheticMinasGerais.STATE)))
        .toList();
  }
}
