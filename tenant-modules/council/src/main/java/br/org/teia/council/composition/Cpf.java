package br.org.teia.council.composition;

/** The Brazilian individual taxpayer number: 11 digits, the last two check digits. */
final class Cpf {

  private Cpf() {}

  /** Digits only, or null when blank. */
  static String digits(String cpf) {
    if (cpf == null || cpf.isBlank()) {
      return null;
    }
    return cpf.replaceAll("[.\\-\\s]", "");
  }

  static boolean isValid(String cpf) {
    String digits = digits(cpf);
    if (digits == null || !digits.matches("\\d{11}") || digits.chars().distinct().count() == 1) {
      return false;
    }
    return digit(digits, 9) == digits.charAt(9) - '0' && digit(digits, 10) == digits.charAt(10) - '0';
  }

  private static int digit(String digits, int length) {
    int sum = 0;
    for (int i = 0; i < length; i++) {
      sum += (digits.charAt(i) - '0') * (length + 1 - i);
    }
    int rest = (sum * 10) % 11;
    return rest == 10 ? 0 : rest;
  }

  /** Shown in lists: only the middle digits, as the government's own portals do ("***.456.789-**"). */
  static String mask(String cpf) {
    return "***." + cpf.substring(3, 6) + "." + cpf.substring(6, 9) + "-**";
  }
}
