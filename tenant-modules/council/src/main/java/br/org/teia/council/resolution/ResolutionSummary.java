package br.org.teia.council.resolution;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A resolution as lists, the API and the public page read it. {@code number}/{@code year} make its
 * name: "Resolução nº 3/2026". {@code publishedOn} is null while it is a draft.
 */
public record ResolutionSummary(UUID id, UUID councilId, int year, int number, UUID meetingId, LocalDate meetingDate,
    UUID agendaItemId, String title, String text, ResolutionStatus status, LocalDate publishedOn, int version) {

  /** "3/2026": the number as it is cited. */
  public String numberLabel() {
    return number + "/" + year;
  }

  public boolean published() {
    return status == ResolutionStatus.PUBLISHED;
  }
}
