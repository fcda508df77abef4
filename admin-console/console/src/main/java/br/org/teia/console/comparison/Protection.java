package br.org.teia.console.comparison;

import br.org.teia.console.comparison.ComparisonRepository.Value;
import br.org.teia.kernel.indicators.Disclosure;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protects one indicator once over every group (ADR 0009). Counts are protected on their value,
 * rates on their denominator and on their numerator (hidden when either is); flags (facts about a
 * municipality, not counts of people) and amounts are shown. When disclosure control cannot
 * protect the figures, every figure below the state is hidden until it can.
 */
final class Protection {

  private static final Logger log = LoggerFactory.getLogger(Protection.class);

  private Protection() {}

  static ProtectedIndicator protect(IndicatorDefinition definition, LocalDate period, Map<String, Value> values,
      Grouping grouping) {
    int k = definition.minimumCount();
    Map<String, Value> known = new HashMap<>(values);
    known.keySet().retainAll(grouping.municipalities().keySet());
    Map<String, Long> counts = new HashMap<>();
    known.forEach((m, v) -> counts.put(m, protectedCount(definition.kind(), v)));

    List<Disclosure.Group> groups = new ArrayList<>();
    for (ComparisonGroup g : grouping.groups()) {
      Set<String> members = new HashSet<>(g.members());
      members.retainAll(known.keySet());
      if (!members.isEmpty()) {
        groups.add(new Disclosure.Group(g.id(), members, g.type() == GroupType.STATE));
      }
    }

    boolean protects = definition.kind() == IndicatorKind.COUNT || definition.kind() == IndicatorKind.RATE;
    Set<String> primary = new HashSet<>();
    Set<String> complementary = new HashSet<>();
    Set<String> hiddenGroups = new HashSet<>();
    boolean fallback = false;
    if (protects) {
      try {
        // a count on its value; a rate on its denominator and on its numerator, each on its own: a rate
        // is hidden when either is (shown beside its base it would give the numerator back)
        List<Map<String, Long>> protectedCounts = definition.kind() == IndicatorKind.RATE
            ? List.of(counts, numerators(known)) : List.of(counts);
        for (Map<String, Long> c : protectedCounts) {
          Disclosure.Outcome outcome = Disclosure.protect(c, groups, k);
          primary.addAll(outcome.primary());
          complementary.addAll(outcome.complementary());
          hiddenGroups.addAll(outcome.hiddenGroups());
        }
        complementary.removeAll(primary);
      } catch (IllegalStateException e) {
        log.warn("indicator {} ({}): disclosure control could not protect the figures ({}); every figure below "
            + "the state is hidden", definition.code(), period == null ? "current" : period, e.getMessage());
        fallback = true;
        primary.clear();
        complementary.clear();
        counts.forEach((m, c) -> (c < k ? primary : complementary).add(m));
        grouping.groups().stream().filter(g -> g.type() != GroupType.STATE).forEach(g -> hiddenGroups.add(g.id()));
      }
    }

    Map<String, Figure> municipalities = new HashMap<>();
    for (Map.Entry<String, Value> e : known.entrySet()) {
      String m = e.getKey();
      municipalities.put(m, primary.contains(m) ? Figure.hidden(Visibility.PRIMARY)
          : complementary.contains(m) ? Figure.hidden(Visibility.COMPLEMENTARY)
          : Figure.shown(e.getValue().value(), e.getValue().denominator()));
    }
    Map<String, Figure> groupFigures = new HashMap<>();
    for (ComparisonGroup g : grouping.groups()) {
      BigDecimal value = BigDecimal.ZERO;
      BigDecimal denominator = definition.kind() == IndicatorKind.RATE ? BigDecimal.ZERO : null;
      long count = 0;
      for (String m : g.members()) {
        Value v = known.get(m);
        if (v != null) {
          value = value.add(v.value());
          if (denominator != null && v.denominator() != null) {
            denominator = denominator.add(v.denominator());
          }
          count += counts.get(m);
        }
      }
      boolean under = count < k || (definition.kind() == IndicatorKind.RATE && value.longValue() < k);
      boolean hidden = protects && g.type() != GroupType.STATE && (hiddenGroups.contains(g.id()) || under);
      groupFigures.put(g.id(), hidden ? Figure.hidden(under ? Visibility.PRIMARY : Visibility.COMPLEMENTARY)
          : Figure.shown(value, denominator));
    }
    return new ProtectedIndicator(definition.code(), definition.kind(), k, period, municipalities, groupFigures,
        fallback);
  }

  private static Map<String, Long> numerators(Map<String, Value> values) {
    Map<String, Long> numerators = new HashMap<>();
    values.forEach((m, v) -> numerators.put(m, v.value().longValue()));
    return numerators;
  }

  private static long protectedCount(IndicatorKind kind, Value v) {
    BigDecimal base = kind == IndicatorKind.RATE ? v.denominator() : v.value();
    return base == null ? 0 : base.longValue();
  }
}
