package br.org.teia.structure.workforce;

/**
 * The Brazilian individual taxpayer number (CPF): 9 digits and 2 check digits (modulo 11). The
 * same rule as Hibernate Validator's {@code @CPF}, kept here so the domain refuses an invalid CPF
 * whatever the entry point. A CPF is personal data: {@link #mask} is how it is shown by default.
 */
public final class Cpf {

  private Cpf() {}

  /** Only the digits, or the text unchanged when it has anything but digits and punctuation. */
  public static String normalize(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip().replaceAll("[.\\-\\s]", "");
  }

  /** 11 digits whose check digits hold, and not all equal (000.000.000-00 passes modulo 11 but is no CPF). */
  public static boolean isValid(String digits) {
    if (digits == null || !digits.matches("[0-9]{11}")) {
      return false;
    }
    if (digits.chars().distinct().count() == 1) {
      return false;
    }
    return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0'
        && checkDigit(digits.substring(0, 10)) == digits.charAt(10) - '0';
  }

  /** The check digit that follows {@code digits} (9 or 10 of them). */
  public static int checkDigit(String digits) {
    int sum = 0;
    int weight = digits.length() + 1;
    for (char c : digits.toCharArray()) {
      sum += (c - '0') * weight--;
    }
    int rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  }

  /** A valid CPF from 9 base digits: for generated (fictitious) demo and test data. */
  public static String withCheckDigits(String nineDigits) {
    if (nineDigits == null || !nineDigits.matches("[0-9]{9}")) {
      throw new IllegalArgumentException("nine digits expected");
    }
    int first = checkDigit(nineDigits);
    return nineDigits + first + checkDigit(nineDigits + first);
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
