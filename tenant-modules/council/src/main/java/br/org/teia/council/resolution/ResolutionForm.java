package br.org.teia.council.resolution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new resolution: the agenda item the council deliberated on, and the resolution's title and text. */
public record ResolutionForm(
    @NotNull(message = "{council.resolution.item.required}") UUID agendaItemId,
    @NotBlank(message = "{council.resolution.title.required}")
    @Size(max = 300, message = "{council.resolution.title.size}") String title,
    @NotBlank(message = "{council.resolution.text.required}")
    @Size(max = 100000, message = "{council.resolution.text.size}") String text) {

  public ResolutionForm {
    title = title == null ? null : title.strip();
    text = text == null ? null : text.strip();
  }
}
