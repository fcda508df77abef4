package br.org.teia.exchange.practice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A good practice as the municipality writes it (plain text, shown as typed). */
public record PracticeForm(
    @NotBlank(message = "{exchange.practice.title.required}")
    @Size(max = 200, message = "{exchange.practice.title.size}") String title,
    @NotNull(message = "{exchange.practice.theme.required}") PracticeTheme theme,
    @NotBlank(message = "{exchange.practice.problem.required}")
    @Size(max = 10_000, message = "{exchange.practice.text.size}") String problem,
    @NotBlank(message = "{exchange.practice.action.required}")
    @Size(max = 10_000, message = "{exchange.practice.text.size}") String actionTaken,
    @NotBlank(message = "{exchange.practice.results.required}")
    @Size(max = 10_000, message = "{exchange.practice.text.size}") String results,
    @NotBlank(message = "{exchange.practice.contact.required}")
    @Size(max = 300, message = "{exchange.practice.contact.size}") String contact) {

  public PracticeForm {
    title = title == null ? null : title.strip();
    contact = contact == null ? null : contact.strip();
  }
}
