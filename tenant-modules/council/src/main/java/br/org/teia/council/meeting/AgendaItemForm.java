package br.org.teia.council.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record AgendaItemForm(
    @NotBlank(message = "{council.agenda-item.title.required}")
    @Size(max = 300, message = "{council.agenda-item.title.size}") String title,
    @Size(max = 4000, message = "{council.agenda-item.description.size}") String description) {

  public AgendaItemForm {
    title = title == null ? null : title.strip();
    description = description == null || description.isBlank() ? null : description.strip();
  }
}
