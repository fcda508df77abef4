package br.org.teia.council.inscription;

import br.org.teia.kernel.TeiaException;

/** The CNPJ's check digits, by the Receita Federal's rule (this module cannot use structure's internals). */
final class Cnpjs {

  private Cnpjs() {}

  /** The 14 digits of a valid CNPJ typed with or without punctuation; refused otherwise. */
  static String digits(String typed) {
    String digits = typed == null ? "" : typed.replaceAll("[.\\-/\\s]", "");
    if (!digits.matches("\\d{14}") || digits.chars().distinct().count() == 1
        || check(digits, 12) != digits.charAt(12) - '0' || check(digits, 13) != digits.charAt(13) - '0') {
      throw new TeiaException("council.inscription.cnpj.invalid");
    }
    return digits;
  }

  static String format(String digits) {
    if (digits == null || digits.length() != 14) {
      return digits;
    }
    return digits.substring(0, 2) + "." + digits.substring(2, 5) + "." + digits.substring(5, 8) + "/"
        + digits.substring(8, 12) + "-" + digits.substring(12);
  }

  private static int check(String digits, int length) {
    int sum = 0;
    int weight = length - 7;
    for (int i = 0; i < length; i++) {
      sum += (digits.charAt(i) - '0') * weight--;
      if (weight < 2) {
        weight = 9;
      }
    }
    int rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  }
}
