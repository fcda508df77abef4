package br.org.teia.council.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One step of a complaint's follow-up: what was done, when. */
public record FollowUpForm(
    @NotNull(message = "{council.complaint.occurred-on.required}")
    @PastOrPresent(message = "{council.complaint.occurred-on.future}") LocalDate occurredOn,
    @NotNull(message = "{council.complaint.follow-up-kind.required}") FollowUpKind kind,
    @NotBlank(message = "{council.complaint.note.required}")
    @Size(max = 4000, message = "{council.complaint.note.size}") String note) {

  public FollowUpForm {
    note = note == null ? null : note.strip();
  }
}
