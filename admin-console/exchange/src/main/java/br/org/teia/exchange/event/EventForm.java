package br.org.teia.exchange.event;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/** An event as staff type it (Brasília time); the registration link, when given, is a web address. */
public record EventForm(
    @NotNull(message = "{exchange.event.kind.required}") EventKind kind,
    @NotBlank(message = "{exchange.event.title.required}")
    @Size(max = 200, message = "{exchange.event.title.size}") String title,
    @Size(max = 5_000, message = "{exchange.event.description.size}") String description,
    @Size(max = 300, message = "{exchange.event.place.size}") String place,
    @NotNull(message = "{exchange.event.starts.required}") LocalDateTime startsAt,
    @NotNull(message = "{exchange.event.ends.required}") LocalDateTime endsAt,
    @Size(max = 500, message = "{exchange.event.registration.invalid}")
    @Pattern(regexp = "https?://\\S+", message = "{exchange.event.registration.invalid}") String registrationUrl) {

  public EventForm {
    title = title == null ? null : title.strip();
    registrationUrl = registrationUrl == null || registrationUrl.isBlank() ? null : registrationUrl.strip();
  }

  @AssertTrue(message = "{exchange.event.ends.before-start}")
  public boolean isEndsAfterStart() {
    return startsAt == null || endsAt == null || !endsAt.isBefore(startsAt);
  }
}
