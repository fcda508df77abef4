package br.org.teia.console.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.comparison.ComparisonRepository.Value;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorKind;
import br.org.teia.kernel.indicators.Sensitivity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What one protection decides (ADR 0018), kind by kind, before any screen cuts its part. */
class ProtectionTest {

  static final byte[] SECRET = "a test secret, not the deployment's".getBytes(StandardCharsets.UTF_8);

  static final Grouping GROUPING = grouping(List.of("a", "b"), List.of("c", "d"));

  static Grouping grouping(List<String> north, List<String> south) {
    return new Grouping(List.of(
        new ComparisonGroup("state:MG", GroupType.STATE, "MG", null, null, List.of("a", "b", "c", "d")),
        new ComparisonGroup("region:s:r1", GroupType.REGION, "Norte", "s", "Regionais", north),
        new ComparisonGroup("region:s:r2", GroupType.REGION, "Sul", "s", "Regionais", south),
        new ComparisonGroup("region:s:empty", GroupType.REGION, "Oeste", "s", "Regionais", List.of())),
        Map.of("a", place("a"), "b", place("b"), "c", place("c"), "d", place("d")));
  }

  @Test
  void every_value_of_the_window_can_come_from_every_hidden_count_and_on_average_the_count_itself() {
    for (Sensitivity s : List.of(Sensitivity.STANDARD, Sensitivity.SENSITIVE, new Sensitivity(4, 0, 1))) {
      int k = s.minimumCount();
      int w = Math.max(s.perturbation(), k / 2);
      Random random = new Random(k);
      for (int x = 0; x < k; x++) {
        Set<Long> seen = new HashSet<>();
        long sum = 0;
        int n = 40_000;
        for (int i = 0; i < n; i++) {
          byte[] key = new byte[8];
          random.nextBytes(key);
          long c = Protection.contribution(x, k, s.perturbation(), key);
          assertThat(c).isBetween((long) -w, (long) k - 1 + w);
          seen.add(c);
          sum += c;
        }
        assertThat(seen).as("k=%d, x=%d", k, x).hasSize(k + 2 * w);
        assertThat((double) sum / n).as("mean, k=%d, x=%d", k, x).isCloseTo(x, org.assertj.core.data.Offset.offset(0.1));
      }
    }
  }

  @Test
  void a_shown_count_is_at_least_k_and_moved_by_at_most_d() {
    Random random = new Random(1);
    for (int i = 0; i < 10_000; i++) {
      byte[] key = new byte[8];
      random.nextBytes(key);
      long x = 5 + random.nextInt(100);
      assertThat(Protection.contribution(x, 5, 2, key)).isBetween(Math.max(5, x - 2), x + 2);
    }
  }

  @Test
  void a_town_shows_the_same_figure_whatever_the_grouping_and_every_total_is_the_sum_of_its_members() {
    IndicatorDefinition count = new IndicatorDefinition("t.count", IndicatorKind.COUNT, 5);
    Map<String, Value> values = Map.of("a", value(2, null), "b", value(30, null), "c", value(40, null), "d", value(3, null));
    ProtectedIndicator before = Protection.protect(count, null, values, GROUPING, SECRET);
    ProtectedIndicator edited = Protection.protect(count, null, values, grouping(List.of("a", "b", "c"), List.of("d")), SECRET);

    assertThat(edited.municipalities()).isEqualTo(before.municipalities());
    assertThat(before.municipality("a").visibility()).isEqualTo(Visibility.PRIMARY);
    assertThat(before.municipality("d").visibility()).isEqualTo(Visibility.PRIMARY);
    long r1 = before.group("region:s:r1").value().longValueExact();
    long r2 = before.group("region:s:r2").value().longValueExact();
    long state = before.group("state:MG").value().longValueExact();
    assertThat(r1 + r2).isEqualTo(state);
    // moving c from the south to the north moves its contribution, which is its shown figure
    long c = before.municipality("c").value().longValueExact();
    assertThat(edited.group("region:s:r1").value().longValueExact()).isEqualTo(r1 + c);
    assertThat(edited.group("state:MG").value().longValueExact()).isEqualTo(state);
    assertThat(state).isBetween(75L - 2 - 2 - 2 - 2 - 4, 75L + 2 + 2 + 2 + 2 + 4);
  }

  @Test
  void a_rate_is_hidden_when_its_base_is_under_k_and_its_hidden_figures_carry_no_value() {
    ProtectedIndicator rate = Protection.protect(new IndicatorDefinition("t.rate", IndicatorKind.RATE, 5), null,
        Map.of("a", value(1, 3L), "b", value(4, 20L), "c", value(6, 30L), "d", value(9, 40L)), GROUPING, SECRET);

    assertThat(rate.municipality("a").visibility()).isEqualTo(Visibility.PRIMARY);
    assertThat(rate.municipality("a").value()).isNull();
    assertThat(rate.municipality("a").denominator()).isNull();
    assertThat(rate.municipality("b").visibility()).as("numerator 4 < 5").isEqualTo(Visibility.COMPLEMENTARY);
    assertThat(rate.municipality("d").isShown()).isTrue();
    assertThat(rate.municipality("d").value().longValue()).isBetween(7L, 11L);
    assertThat(rate.municipality("d").denominator().longValue()).isBetween(38L, 42L);
  }

  @Test
  void flags_and_amounts_are_facts_about_municipalities_and_are_shown() {
    ProtectedIndicator flag = Protection.protect(new IndicatorDefinition("t.flag", IndicatorKind.FLAG, 5), null,
        Map.of("a", value(1, null), "b", value(0, null), "c", value(1, null), "d", value(1, null)), GROUPING, SECRET);

    assertThat(flag.municipalities().values()).allMatch(Figure::isShown);
    assertThat(flag.group("region:s:r1")).isEqualTo(Figure.shown(new BigDecimal("1"), null));
  }

  @Test
  void an_empty_region_is_protected_and_the_state_is_always_shown() {
    ProtectedIndicator count = Protection.protect(new IndicatorDefinition("t.count", IndicatorKind.COUNT, 5), null,
        Map.of("a", value(2, null), "b", value(1, null), "c", value(0, null), "d", value(3, null)), GROUPING, SECRET);

    assertThat(count.group("region:s:empty").isShown()).isFalse();
    assertThat(count.group("region:s:r1").isShown()).as("two hidden towns, fewer than k").isFalse();
    assertThat(count.group("state:MG").isShown()).isTrue();
    assertThat(count.municipalities().values()).allMatch(f -> f.visibility() == Visibility.PRIMARY);
  }

  @Test
  void counts_are_rounded_to_the_base_a_sensitive_indicator_declares() {
    IndicatorDefinition sensitive = new IndicatorDefinition("t.sensitive", IndicatorKind.COUNT, 5).with(Sensitivity.SENSITIVE);
    ProtectedIndicator count = Protection.protect(sensitive, null,
        Map.of("a", value(12, null), "b", value(31, null), "c", value(47, null), "d", value(3, null)), GROUPING, SECRET);

    assertThat(count.k()).isEqualTo(11);
    assertThat(count.municipality("a").value().longValue() % 5).isZero();
    assertThat(count.municipality("d").visibility()).isEqualTo(Visibility.PRIMARY);
    assertThat(count.group("state:MG").value().longValue() % 5).isZero();
  }

  @Test
  void another_secret_gives_other_perturbations() {
    IndicatorDefinition count = new IndicatorDefinition("t.count", IndicatorKind.COUNT, 5);
    Map<String, Value> values = new HashMap<>();
    for (String m : List.of("a", "b", "c", "d")) {
      values.put(m, value(100, null));
    }
    Set<Map<String, Figure>> seen = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      seen.add(Protection.protect(count, null, values, GROUPING, ("secret " + i).getBytes(StandardCharsets.UTF_8))
          .municipalities());
    }
    assertThat(seen).hasSizeGreaterThan(1);
  }

  @Test
  void a_declared_total_is_the_sum_of_its_parts_contributions_and_is_shown_only_when_a_part_is() {
    List<IndicatorDefinition> family = List.of(count("t.total"), count("t.p1"), count("t.p2"), count("t.q1"), count("t.q2"));
    List<br.org.teia.kernel.indicators.IndicatorRelation> relations = List.of(
        br.org.teia.kernel.indicators.IndicatorRelation.sum("t.total", List.of("t.p1", "t.p2")),
        br.org.teia.kernel.indicators.IndicatorRelation.sum("t.total", List.of("t.q1", "t.q2")));
    Map<String, Map<String, Value>> values = Map.of(
        "t.total", Map.of("a", value(14, null), "b", value(6, null), "c", value(20, null), "d", value(2, null)),
        "t.p1", Map.of("a", value(10, null), "b", value(3, null), "c", value(12, null), "d", value(1, null)),
        "t.p2", Map.of("a", value(4, null), "b", value(3, null), "c", value(8, null), "d", value(1, null)),
        "t.q1", Map.of("a", value(7, null), "b", value(6, null), "c", value(20, null), "d", value(2, null)),
        "t.q2", Map.of("a", value(7, null), "b", value(0, null), "c", value(0, null), "d", value(0, null)));

    Map<String, ProtectedIndicator> result = Protection.protect(family, relations, null, values, GROUPING, SECRET);

    ProtectedIndicator total = result.get("t.total");
    long p1 = result.get("t.p1").group("state:MG").value().longValueExact();
    long p2 = result.get("t.p2").group("state:MG").value().longValueExact();
    assertThat(total.group("state:MG").value().longValueExact()).isEqualTo(p1 + p2);
    assertThat(total.municipality("d").visibility()).as("every part hidden").isEqualTo(Visibility.COMPLEMENTARY);
    assertThat(total.municipality("b").isShown()).as("q1 = 6 is shown").isTrue();
    assertThat(result.get("t.p2").municipality("a").visibility()).isEqualTo(Visibility.PRIMARY);
  }

  private static IndicatorDefinition count(String code) {
    return new IndicatorDefinition(code, IndicatorKind.COUNT, 5);
  }

  private static Value value(long value, Long denominator) {
    return new Value(BigDecimal.valueOf(value), denominator == null ? null : BigDecimal.valueOf(denominator));
  }

  private static Grouping.Place place(String code) {
    return new Grouping.Place(code, code, "MG", null, List.of());
  }
}
