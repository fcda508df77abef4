package br.org.teia.kernel.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;

/** A password set anew through a reset link: typed twice. */
public record NewPassword(
    @NotBlank(message = "{account.password.required}") String password,
    @NotBlank(message = "{account.password.confirmation.required}") String confirmation) {

  /** The new password typed the same twice (shown under the confirmation field, property "confirmed"). */
  @AssertTrue(message = "{account.password.confirmation.differs}")
  public boolean isConfirmed() {
    return password == null || password.equals(confirmation);
  }
}
