package br.org.teia.kernel.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.DomainRefusal;
import org.junit.jupiter.api.Test;

/** The one rule for a password a person sets, each refusal under the form's field. */
class PasswordPolicyTest {

  @Test
  void ten_characters_with_letters_and_something_else_pass() {
    assertThatCode(() -> PasswordPolicy.check("Teia@demo2026", "ana@teste.teia", "password")).doesNotThrowAnyException();
    assertThatCode(() -> PasswordPolicy.check("conselho municipal 1", "ana@teste.teia", "password")).doesNotThrowAnyException();
  }

  @Test
  void a_short_password_is_refused_under_its_field() {
    refused("Curta-1", "account.password.too-short");
    refused(null, "account.password.too-short");
  }

  @Test
  void letters_only_or_digits_only_are_refused() {
    refused("somenteletras", "account.password.too-simple");
    refused("12345678901", "account.password.too-simple");
  }

  @Test
  void the_e_mail_is_no_password() {
    refused("Ana.Maria@Teste.Teia", "account.password.is-email");
  }

  @Test
  void more_than_bcrypt_reads_is_refused_rather_than_silently_cut() {
    refused("ç".repeat(37), "account.password.too-long"); // 74 bytes in UTF-8
    refused("Senha-com\u0000nulo-1", "account.password.too-long");
  }

  private static void refused(String password, String key) {
    assertThatThrownBy(() -> PasswordPolicy.check(password, "ana.maria@teste.teia", "password"))
        .isInstanceOfSatisfying(DomainRefusal.class, e -> {
          org.assertj.core.api.Assertions.assertThat(e.messageKey()).isEqualTo(key);
          org.assertj.core.api.Assertions.assertThat(e.field()).contains("password");
        });
  }
}
