package br.org.teia.structure.entity;

/** Brazilian phone numbers kept as digits (area code + 8 or 9 digits), shown as (31) 3333-4444 or (31) 98888-7777. */
final class Phones {

  private Phones() {}

  static String format(String digits) {
    if (digits == null || !digits.matches("\\d{10,11}")) {
      return digits;
    }
    int split = digits.length() - 4;
    return "(" + digits.substring(0, 2) + ") " + digits.substring(2, split) + "-" + digits.substring(split);
  }
}
