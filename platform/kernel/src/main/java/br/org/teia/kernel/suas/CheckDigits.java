package br.org.teia.kernel.suas;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.constraints.br.CNPJ;
import org.hibernate.validator.constraints.br.CPF;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The check digits of CPF and CNPJ as Hibernate Validator's {@code @CPF} and {@code @CNPJ} verify
 * them (the Receita Federal's modulus-11 rules), so the domain, the forms' bean validation and the
 * API agree by construction. Generating check digits (for demo and test data) tries the hundred
 * candidates and keeps the one the validator accepts: no arithmetic of our own.
 */
final class CheckDigits {

  private record Cpf(@CPF String value) {}

  private record Cnpj(@CNPJ String value) {}

  private static final Validator VALIDATOR = validator();

  private CheckDigits() {}

  /** 11 digits whose check digits hold by {@code @CPF}. */
  static boolean cpf(String digits) {
    return digits != null && digits.matches("\\d{11}") && VALIDATOR.validateValue(Cpf.class, "value", digits).isEmpty();
  }

  /** 14 digits whose check digits hold by {@code @CNPJ}. */
  static boolean cnpj(String digits) {
    return digits != null && digits.matches("\\d{14}") && VALIDATOR.validateValue(Cnpj.class, "value", digits).isEmpty();
  }

  /** {@code base} followed by the two check digits that {@code valid} accepts. */
  static String complete(String base, java.util.function.Predicate<String> valid) {
    for (int pair = 0; pair < 100; pair++) {
      String candidate = base + (pair < 10 ? "0" : "") + pair;
      if (valid.test(candidate)) {
        return candidate;
      }
    }
    throw new IllegalArgumentException("no check digits make a valid number of " + base);
  }

  private static Validator validator() {
    // The parameter interpolator needs no Expression Language: only validity is asked here.
    ValidatorFactory factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    return factory.getValidator();
  }
}
