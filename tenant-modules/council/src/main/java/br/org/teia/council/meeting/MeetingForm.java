package br.org.teia.council.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/** Scheduling a meeting. */
public record MeetingForm(
    @NotNull(message = "{council.meeting.kind.required}") MeetingKind kind,
    @NotNull(message = "{council.meeting.date.required}") LocalDate date,
    @NotNull(message = "{council.meeting.time.required}") LocalTime startTime,
    @NotBlank(message = "{council.meeting.place.required}")
    @Size(max = 200, message = "{council.meeting.place.size}") String place) {

  public MeetingForm {
    place = place == null ? null : place.strip();
  }
}
