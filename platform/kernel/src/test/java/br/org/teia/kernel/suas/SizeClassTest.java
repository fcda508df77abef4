package br.org.teia.kernel.suas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SizeClassTest {

  @ParameterizedTest(name = "{0} inhabitants -> {1}")
  @CsvSource({
      "1, PEQUENO_I",
      "20000, PEQUENO_I",
      "20001, PEQUENO_II",
      "50000, PEQUENO_II",
      "50001, MEDIO",
      "100000, MEDIO",
      "100001, GRANDE",
      "900000, GRANDE",
      "900001, METROPOLE",
      "2315560, METROPOLE"})
  void size_class_follows_the_population_with_inclusive_upper_bounds(int population, SizeClass expected) {
    assertThat(SizeClass.of(population)).isEqualTo(expected);
  }

  @Test
  void a_municipality_without_inhabitants_has_no_size_class() {
    assertThatThrownBy(() -> SizeClass.of(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_unknown_population_has_no_size_class_and_each_class_knows_its_bounds() {
    assertThat(SizeClass.of(null)).isNull();
    assertThat(SizeClass.PEQUENO_II.from()).isEqualTo(20_001);
    assertThat(SizeClass.PEQUENO_II.upTo()).isEqualTo(50_000);
    assertThat(SizeClass.METROPOLE.labelKey()).isEqualTo("suas.size-class.METROPOLE");
  }
}
