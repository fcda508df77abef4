package br.org.teia.console.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.comparison.ComparisonRepository.Value;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What one protection decides, kind by kind, before any screen cuts its part. */
class ProtectionTest {

  static final Grouping GROUPING = new Grouping(List.of(
      new ComparisonGroup("state:MG", GroupType.STATE, "MG", null, null, List.of("a", "b", "c", "d")),
      new ComparisonGroup("region:s:r1", GroupType.REGION, "Norte", "s", "Regionais", List.of("a", "b")),
      new ComparisonGroup("region:s:r2", GroupType.REGION, "Sul", "s", "Regionais", List.of("c", "d")),
      new ComparisonGroup("region:s:empty", GroupType.REGION, "Oeste", "s", "Regionais", List.of())),
      Map.of("a", place("a"), "b", place("b"), "c", place("c"), "d", place("d")));

  @Test
  void a_rate_is_hidden_when_its_base_is_under_k_and_its_hidden_figures_carry_no_value() {
    ProtectedIndicator rate = Protection.protect(new IndicatorDefinition("t.rate", IndicatorKind.RATE, 5), null,
        Map.of("a", value(1, 3L), "b", value(4, 20L), "c", value(6, 30L), "d", value(9, 40L)), GROUPING);

    assertThat(rate.municipality("a").isShown()).isFalse();
    assertThat(rate.municipality("a").value()).isNull();
    assertThat(rate.municipality("a").denominator()).isNull();
    assertThat(rate.group("state:MG")).isEqualTo(Figure.shown(new BigDecimal("20"), new BigDecimal("93")));
    // region Norte's total less b's base would give a's: one of them is hidden too
    assertThat(rate.group("region:s:r1").isShown() && rate.municipality("b").isShown()).isFalse();
  }

  @Test
  void flags_and_amounts_are_facts_about_municipalities_and_are_shown() {
    ProtectedIndicator flag = Protection.protect(new IndicatorDefinition("t.flag", IndicatorKind.FLAG, 5), null,
        Map.of("a", value(1, null), "b", value(0, null), "c", value(1, null), "d", value(1, null)), GROUPING);

    assertThat(flag.municipalities().values()).allMatch(Figure::isShown);
    assertThat(flag.group("region:s:r1")).isEqualTo(Figure.shown(new BigDecimal("1"), null));
  }

  @Test
  void an_empty_region_says_under_k_and_the_state_is_always_shown() {
    ProtectedIndicator count = Protection.protect(new IndicatorDefinition("t.count", IndicatorKind.COUNT, 5), null,
        Map.of("a", value(2, null), "b", value(30, null), "c", value(40, null), "d", value(50, null)), GROUPING);

    assertThat(count.group("region:s:empty").visibility()).isEqualTo(Visibility.PRIMARY);
    assertThat(count.group("state:MG")).isEqualTo(Figure.shown(new BigDecimal("122"), null));
    assertThat(count.municipality("a").visibility()).isEqualTo(Visibility.PRIMARY);
    assertThat(count.municipalities().values().stream().filter(f -> !f.isShown()).count()).isGreaterThanOrEqualTo(2);
  }

  private static Value value(long value, Long denominator) {
    return new Value(BigDecimal.valueOf(value), denominator == null ? null : BigDecimal.valueOf(denominator));
  }

  private static Grouping.Place place(String code) {
    return new Grouping.Place(code, code, "MG", null, List.of());
  }
}
