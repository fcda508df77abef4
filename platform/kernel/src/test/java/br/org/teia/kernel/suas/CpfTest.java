package br.org.teia.kernel.suas;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Random;
import org.hibernate.validator.constraints.br.CPF;
import org.junit.jupiter.api.Test;

class CpfTest {

  private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

  record Holder(@CPF String cpf) {}

  @Test
  void a_cpf_with_right_check_digits_is_valid_with_or_without_punctuation() {
    assertThat(Cpf.isValid(Cpf.normalize("529.982.247-25"))).isTrue();
    assertThat(Cpf.isValid("52998224725")).isTrue();
    assertThat(Cpf.withCheckDigits("529982247")).isEqualTo("52998224725");
  }

  @Test
  void a_wrong_check_digit_a_wrong_length_letters_or_all_equal_digits_are_invalid() {
    assertThat(Cpf.isValid("52998224724")).isFalse();
    assertThat(Cpf.isValid("52998224752")).isFalse();
    assertThat(Cpf.isValid("5299822472")).isFalse();
    assertThat(Cpf.isValid("529982247250")).isFalse();
    assertThat(Cpf.isValid("5299822472A")).isFalse();
    assertThat(Cpf.isValid("00000000000")).isFalse();
    assertThat(Cpf.isValid("11111111111")).isFalse();
    assertThat(Cpf.isValid(null)).isFalse();
  }

  @Test
  void the_domain_rule_agrees_with_hibernate_validators_cpf_on_thousands_of_numbers() {
    Random random = new Random(2026);
    for (int i = 0; i < 5_000; i++) {
      String base = String.format("%09d", random.nextInt(1_000_000_000));
      String valid = Cpf.withCheckDigits(base);
      String wrong = valid.substring(0, 10) + (char) ('0' + (valid.charAt(10) - '0' + 1 + random.nextInt(9)) % 10);
      for (String candidate : new String[] {valid, wrong}) {
        boolean hibernate = VALIDATOR.validate(new Holder(candidate)).isEmpty()
            && VALIDATOR.validate(new Holder(Cpf.format(candidate))).isEmpty();
        boolean domain = Cpf.isValid(candidate);
        if (candidate.chars().distinct().count() > 1) {
          assertThat(domain).as(candidate).isEqualTo(hibernate);
        }
      }
      assertThat(Cpf.isValid(valid)).isTrue();
      assertThat(Cpf.isValid(wrong)).isFalse();
    }
  }

  @Test
  void a_cpf_is_shown_masked_keeping_only_the_middle_six_digits() {
    assertThat(Cpf.mask("12345678909")).isEqualTo("***.456.789-**");
    assertThat(Cpf.format("12345678909")).isEqualTo("123.456.789-09");
    assertThat(Cpf.mask(null)).isEqualTo("***.***.***-**");
  }
}
