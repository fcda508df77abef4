package br.org.teia.council.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A module submitted a matter for a council's appreciation. Published by the submitting module
 * (fund, monitoring, benefits...) in the municipality's scope and transaction; the council module
 * records it as a proposal the council's secretary can put on a meeting's agenda. Publishing the
 * same {@code sourceModule} + {@code reference} twice to the same council records it once.
 *
 * @param council       the council's acronym (e.g. CMAS, CMDCA)
 * @param sourceModule  the submitting module (e.g. fund, monitoring, benefits)
 * @param subject       what kind of matter it is
 * @param reference     the submitting module's identifier of the matter (max. 100 characters)
 * @param title         a title for the agenda (max. 300 characters)
 * @param summary       a short description for the councillors, or null
 * @param requestedOn   when it was submitted
 */
public record CouncilAppreciationRequested(String council, String sourceModule, AppreciationSubject subject,
    String reference, String title, String summary, LocalDate requestedOn) {

  public CouncilAppreciationRequested {
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(sourceModule, "sourceModule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(requestedOn, "requestedOn");
    if (reference.isBlank() || reference.length() > 100) {
      throw new IllegalArgumentException("reference must have 1 to 100 characters");
    }
    if (title.isBlank() || title.length() > 300) {
      throw new IllegalArgumentException("title must have 1 to 300 characters");
    }
  }
}
