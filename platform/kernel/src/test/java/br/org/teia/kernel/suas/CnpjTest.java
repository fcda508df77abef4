package br.org.teia.kernel.suas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.constraints.br.CNPJ;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CnpjTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  private record Annotated(@CNPJ String cnpj) {}

  @Test
  void check_digits_are_computed_by_the_modulus_11_rule() {
    assertThat(Cnpj.withCheckDigits("112223330001").digits()).isEqualTo("11222333000181");
    assertThat(Cnpj.isValid("11222333000181")).isTrue();
  }

  @Test
  void a_remainder_under_two_gives_a_zero_check_digit() {
    // 100000080001: first sum ≡ 0 (mod 11); 100000170001: first sum ≡ 1 (mod 11)
    assertThat(Cnpj.withCheckDigits("100000080001").digits()).isEqualTo("10000008000101");
    assertThat(Cnpj.withCheckDigits("100000170001").digits()).isEqualTo("10000017000100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"11222333000180", "11222333000182", "11222333000171", "11222333000191", "21222333000181"})
  void one_wrong_digit_is_refused(String digits) {
    assertThat(Cnpj.isValid(digits)).isFalse();
    assertThat(Cnpj.parse(digits)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"00000000000000", "11111111111111", "99999999999999"})
  void a_number_of_one_repeated_digit_is_refused_though_its_arithmetic_holds(String digits) {
    assertThat(Cnpj.isValid(digits)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1122233300018", "112223330001811", "1122233300018A", ""})
  void anything_but_fourteen_digits_is_refused(String text) {
    assertThat(Cnpj.isValid(text)).isFalse();
    assertThat(Cnpj.parse(text)).isEmpty();
  }

  @Test
  void punctuation_and_spaces_are_ignored_when_parsing() {
    assertThat(Cnpj.parse(" 11.222.333/0001-81 ")).contains(new Cnpj("11222333000181"));
    assertThat(Cnpj.parse("11 222 333 0001 81")).contains(new Cnpj("11222333000181"));
    assertThat(Cnpj.parse(null)).isEmpty();
  }

  @Test
  void shown_as_00_000_000_slash_0000_dash_00() {
    assertThat(new Cnpj("11222333000181").formatted()).isEqualTo("11.222.333/0001-81");
    assertThat(Cnpj.format("10000017000100")).isEqualTo("10.000.017/0001-00");
    assertThat(Cnpj.format("123")).isEqualTo("123");
    assertThat(Cnpj.format(null)).isNull();
  }

  @Test
  void an_invalid_cnpj_cannot_be_built() {
    assertThatThrownBy(() -> new Cnpj("11222333000182")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cnpj.withCheckDigits("1122233300")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"11222333000181", "10000008000101", "11222333000182", "11111111111111", "00000000000000",
      "1122233300018"})
  void the_domain_and_the_forms_bean_validation_agree(String digits) {
    assertThat(VALIDATOR.validate(new Annotated(digits)).isEmpty()).isEqualTo(Cnpj.isValid(digits));
  }
}
