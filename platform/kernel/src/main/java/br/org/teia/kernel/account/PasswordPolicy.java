package br.org.teia.kernel.account;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.security.PlainText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a local account's password must be, wherever one is set (changed in "Minha conta" or set
 * anew through a reset link): at least {@value #MIN_LENGTH} characters, letters and something
 * else (a digit, a symbol), not the person's e-mail, and within what bcrypt reads
 * ({@value #MAX_BYTES} bytes in UTF-8: it ignores whatever follows, so a longer one is refused
 * rather than silently cut). Each refusal names the form's field.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  static final int MAX_BYTES = 72;

  private PasswordPolicy() {}

  /**
   * Refuses a password outside the policy, under {@code field}.
   *
   * @throws DomainRefusal naming {@code field}
   */
  public static void check(String password, String email, String field) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new DomainRefusal(field, "account.password.too-short", MIN_LENGTH);
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES || !PlainText.isAllowed(password)) {
      throw new DomainRefusal(field, "account.password.too-long");
    }
    boolean letters = password.codePoints().anyMatch(Character::isLetter);
    boolean others = password.codePoints().anyMatch(c -> !Character.isLetter(c));
    if (!letters || !others) {
      throw new DomainRefusal(field, "account.password.too-simple");
    }
    if (email != null && password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
      throw new DomainRefusal(field, "account.password.is-email");
    }
  }
}
