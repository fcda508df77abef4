package br.org.teia.kernel.security;

/**
 * The one rule for text a client may send: no control characters but tab, carriage return and
 * line feed. PostgreSQL refuses NUL (0x00) outright, and the others have no place in names,
 * addresses or notes (they hide text, break exports and terminals).
 */
public final class PlainText {

  private PlainText() {}

  public static boolean isAllowed(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  /** The text with each refused control character shown as U+FFFD, for logs and the audit trail. */
  public static String visible(String text) {
    if (isAllowed(text)) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length());
    text.chars().forEach(c -> shown.append(isAllowed(String.valueOf((char) c)) ? (char) c : '\uFFFD'));
    return shown.toString();
  }
}
