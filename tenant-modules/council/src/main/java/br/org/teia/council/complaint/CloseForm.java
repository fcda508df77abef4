package br.org.teia.council.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Closing a complaint: the outcome and its reasoning, which the complainant is told. */
public record CloseForm(
    @NotNull(message = "{council.complaint.closed-on.required}")
    @PastOrPresent(message = "{council.complaint.closed-on.future}") LocalDate closedOn,
    @NotNull(message = "{council.complaint.outcome.required}") ComplaintOutcome outcome,
    @NotBlank(message = "{council.complaint.reasoning.required}")
    @Size(max = 10000, message = "{council.complaint.reasoning.size}") String reasoning) {

  public CloseForm {
    reasoning = reasoning == null ? null : reasoning.strip();
  }
}
