package br.org.teia.kernel.suas;

import java.util.Objects;
import java.util.Optional;

/**
 * A numeric CNPJ: 14 digits, the last two check digits of the Receita Federal's modulus-11 rule,
 * verified by Hibernate Validator's {@code @CNPJ} ({@link CheckDigits}). A number of one repeated
 * digit (00000000000000, 11111111111111...) is never issued, and is refused. Kept as digits, shown
 * as 00.000.000/0000-00.
 *
 * <p>Only numeric CNPJs: the kernel's {@code EntityInscriptionChanged} carries 14 digits, and the
 * network's entities hold numeric ones; alphanumeric CNPJs (issued from July 2026) would widen
 * both together.
 */
public record Cnpj(String digits) {

  public Cnpj {
    Objects.requireNonNull(digits, "digits");
    if (!isValid(digits)) {
      throw new IllegalArgumentException("invalid CNPJ: " + digits);
    }
  }

  /** The CNPJ in {@code text}, with or without its punctuation (dots, slash, hyphen, spaces); empty if invalid. */
  public static Optional<Cnpj> parse(String text) {
    String digits = strip(text);
    return digits != null && isValid(digits) ? Optional.of(new Cnpj(digits)) : Optional.empty();
  }

  /** {@code text} without punctuation (dots, slash, hyphen, spaces); null when blank. */
  public static String strip(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.replaceAll("[.\\-/\\s]", "");
  }

  /** True for 14 digits, not all the same, whose last two are the check digits of the first twelve. */
  public static boolean isValid(String digits) {
    return digits != null && digits.chars().distinct().count() > 1 && CheckDigits.cnpj(digits);
  }

  /** The CNPJ whose first twelve digits (root of 8 + branch of 4) are {@code twelve}: for demo and test data. */
  public static Cnpj withCheckDigits(String twelve) {
    if (twelve == null || !twelve.matches("\\d{12}")) {
      throw new IllegalArgumentException("twelve digits expected: " + twelve);
    }
    return new Cnpj(CheckDigits.complete(twelve, CheckDigits::cnpj));
  }

  /** 00.000.000/0000-00. */
  public String formatted() {
    return format(digits);
  }

  /** {@code digits} as 00.000.000/0000-00 when they are 14 digits; as given otherwise. */
  public static String format(String digits) {
    if (digits == null || !digits.matches("\\d{14}")) {
      return digits;
    }
    return digits.substring(0, 2) + '.' + digits.substring(2, 5) + '.' + digits.substring(5, 8) + '/'
        + digits.substring(8, 12) + '-' + digits.substring(12);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
