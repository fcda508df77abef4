package br.org.teia.kernel.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** Changing one's password in "Minha conta": the current one, and the new one twice. */
public record PasswordChange(
    @NotBlank(message = "{account.password.current.required}") String current,
    @NotBlank(message = "{account.password.required}") String password,
    @NotBlank(message = "{account.password.confirmation.required}") String confirmation) {

  /** The new password typed the same twice (shown under the confirmation field, property "confirmed"). */
  @AssertTrue(message = "{account.password.confirmation.differs}")
  public boolean isConfirmed() {
    return password == null || password.equals(confirmation);
  }
}
