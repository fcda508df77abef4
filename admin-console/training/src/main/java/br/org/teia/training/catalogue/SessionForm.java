package br.org.teia.training.catalogue;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** One session (encontro) of a class: its day, start and end, and what it covers. */
public record SessionForm(
    @NotNull(message = "{training.session.date.required}") LocalDate heldOn,
    @NotNull(message = "{training.session.time.required}") LocalTime startsAt,
    @NotNull(message = "{training.session.time.required}") LocalTime endsAt,
    @Size(max = 300, message = "{training.text.too-long}") String topic) {

  public SessionForm {
    topic = CourseForm.clean(topic);
  }

  @AssertTrue(message = "{training.session.time.order}")
  public boolean isTimeInOrder() {
    return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
  }
}
