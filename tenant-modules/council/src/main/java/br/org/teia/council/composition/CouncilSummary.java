package br.org.teia.council.composition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A council and its rules as grids, forms, the API and the public page read them. */
public record CouncilSummary(UUID id, String acronym, String name, String lawNumber, LocalDate lawDate, int seats,
    int mandateYears, int mandateReconductions, int presidencyTermYears, int presidencyReconductions,
    QuorumRule quorumRule, int quorumRequired, int noticeDays, int extraordinaryNoticeDays,
    List<SegmentSummary> segments, int version) {

  public CouncilForm form() {
    return new CouncilForm(acronym, name, lawNumber, lawDate, seats, mandateYears, mandateReconductions,
        presidencyTermYears, presidencyReconductions, quorumRule, noticeDays, extraordinaryNoticeDays,
        segments.stream().map(SegmentSummary::form).toList());
  }
}
