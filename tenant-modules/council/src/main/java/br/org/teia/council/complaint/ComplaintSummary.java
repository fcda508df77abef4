package br.org.teia.council.complaint;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.UUID;

/** A complaint in a list: no personal data (the complainant is only in {@link ComplaintDetail}). */
public record ComplaintSummary(UUID id, UUID councilId, int year, int number, LocalDate receivedOn,
    ComplaintChannel channel, String subject, String concerning, ComplaintStatus status, ComplaintOutcome outcome,
    LocalDate closedOn, int version) {

  /** The protocol the complainant is given, e.g. "7/2026" (also in the API's answers). */
  @JsonProperty
  public String protocol() {
    return number + "/" + year;
  }

  public boolean closed() {
    return status == ComplaintStatus.CLOSED;
  }
}
