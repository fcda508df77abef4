package br.org.teia.kernel.suas;

/**
 * The Brazilian individual taxpayer number (CPF): 9 digits and 2 check digits, verified by
 * Hibernate Validator's {@code @CPF} ({@link CheckDigits}), so the domain refuses an invalid CPF
 * whatever the entry point. Kept as its 11 digits. A CPF is personal data: {@link #mask} is how it
 * is shown by default.
 */
public final class Cpf {

  private Cpf() {}

  /** Only the digits (dots, hyphen and blanks removed); null when blank. */
  public static String normalize(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip().replaceAll("[.\\-\\s]", "");
  }

  /**
   * True for a CPF typed with or without punctuation whose 11 digits are not all equal (000.000.000-00
   * passes modulo 11 but is no CPF) and whose check digits hold.
   */
  public static boolean isValid(String text) {
    String digits = normalize(text);
    return digits != null && digits.chars().distinct().count() > 1 && CheckDigits.cpf(digits);
  }

  /** A valid CPF from 9 base digits: for generated (fictitious) demo and test data. */
  public static String withCheckDigits(String nineDigits) {
    if (nineDigits == null || !nineDigits.matches("[0-9]{9}")) {
      throw new IllegalArgumentException("nine digits expected");
    }
    return CheckDigits.complete(nineDigits, CheckDigits::cpf);
  }

  /** 123.456.789-09 */
  public static String format(String digits) {
    if (digits == null || digits.length() != 11) {
      return digits;
    }
    return digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6, 9) + "-"
        + digits.substring(9);
  }

  /** ***.456.789-** : the middle six digits only, as Brazilian public bodies publish a CPF. */
  public static String mask(String digits) {
    if (digits == null || digits.length() != 11) {
      return "***.***.***-**";
    }
    return "***." + digits.substring(3, 6) + "." + digits.substring(6, 9) + "-**";
  }
}
