package br.org.teia.council.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A deliberation the conference approved, as approved, and whom it is addressed to. */
public record DeliberationForm(
    @NotBlank(message = "{council.conference.deliberation.required}")
    @Size(max = 4000, message = "{council.conference.deliberation.size}") String text,
    @NotNull(message = "{council.conference.scope.required}") DeliberationScope scope) {

  public DeliberationForm {
    text = text == null ? null : text.strip();
  }
}
