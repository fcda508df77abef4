package br.org.teia.kernel.account;

import br.org.teia.kernel.i18n.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person may change of their own account: the name the application shows, and the language. */
public record ProfileForm(
    @NotBlank(message = "{account.name.required}")
    @Size(max = 200, message = "{account.name.size}") String displayName,
    @NotNull(message = "{account.language.required}") Language language) {}
