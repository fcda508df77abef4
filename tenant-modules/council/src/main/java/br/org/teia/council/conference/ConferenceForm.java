package br.org.teia.council.conference;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Convening a conference: which one, its theme, dates and venue, and the act that convened it. */
public record ConferenceForm(
    @NotNull(message = "{council.conference.kind.required}") ConferenceKind kind,
    @Min(value = 1, message = "{council.conference.edition.required}") int edition,
    @NotBlank(message = "{council.conference.theme.required}")
    @Size(max = 300, message = "{council.conference.theme.size}") String theme,
    @NotNull(message = "{council.conference.starts-on.required}") LocalDate startsOn,
    @NotNull(message = "{council.conference.ends-on.required}") LocalDate endsOn,
    @NotBlank(message = "{council.conference.venue.required}")
    @Size(max = 200, message = "{council.conference.venue.size}") String venue,
    @NotBlank(message = "{council.conference.convened-by.required}")
    @Size(max = 200, message = "{council.conference.convened-by.size}") String convenedBy) {

  public ConferenceForm {
    theme = theme == null ? null : theme.strip();
    venue = venue == null ? null : venue.strip();
    convenedBy = convenedBy == null ? null : convenedBy.strip();
  }
}
