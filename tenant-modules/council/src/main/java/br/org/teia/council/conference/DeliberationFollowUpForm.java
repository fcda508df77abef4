package br.org.teia.council.conference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What was done about a deliberation, when, and where that leaves it. */
public record DeliberationFollowUpForm(
    @NotNull(message = "{council.conference.occurred-on.required}")
    @PastOrPresent(message = "{council.conference.occurred-on.future}") LocalDate occurredOn,
    @NotNull(message = "{council.conference.deliberation-status.required}") DeliberationStatus status,
    @NotBlank(message = "{council.conference.note.required}")
    @Size(max = 4000, message = "{council.conference.note.size}") String note) {

  public DeliberationFollowUpForm {
    note = note == null ? null : note.strip();
  }
}
