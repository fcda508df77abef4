package br.org.teia.council.composition;

import java.time.LocalDate;
import java.util.UUID;

/** A mandate as grids and the API read it; the CPF only masked. */
public record MandateSummary(UUID id, UUID councilId, UUID segmentId, String segmentName, SegmentKind segmentKind,
    Side side, int seatNumber, MandateRole role, UUID personId, String personName, String maskedCpf,
    String organisation, boolean managementPosition, LocalDate startsOn, LocalDate endsOn, LocalDate endedOn) {

  /** The last day of the mandate: its early end, when there was one. */
  public LocalDate lastDay() {
    return endedOn == null ? endsOn : endedOn;
  }

  public boolean activeOn(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(lastDay());
  }
}
