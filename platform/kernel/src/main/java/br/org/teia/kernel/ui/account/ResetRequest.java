package br.org.teia.kernel.ui.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** "Esqueci minha senha": the e-mail a person signs in with. */
public record ResetRequest(
    @NotBlank(message = "{account.forgot.email.required}")
    @Size(max = 254, message = "{account.forgot.email.invalid}")
    @Email(message = "{account.forgot.email.invalid}") String email) {}
