package br.org.teia.council.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A council concluded the appreciation of a matter another module submitted
 * ({@link CouncilAppreciationRequested}): the agenda item it became was voted and the resolution of that
 * vote was published. Published by the council module in the municipality's scope and in the
 * transaction that publishes the resolution, so the submitting module records the opinion exactly
 * when the resolution becomes public. Listeners pick their own {@code sourceModule}.
 *
 * @param council          the council's acronym (e.g. CMAS)
 * @param sourceModule     the module that submitted the matter
 * @param reference        the submitting module's identifier of the matter, as it was submitted
 * @param approved         more votes for than against
 * @param votesFor         votes for
 * @param votesAgainst     votes against
 * @param abstentions      abstentions
 * @param meetingDate      the date of the meeting that voted
 * @param resolutionNumber the resolution as it is cited, e.g. "3/2026"
 * @param resolutionTitle  the resolution's title
 * @param resolutionText   the resolution's text: the council's opinion in its own words
 * @param publishedOn      the day the resolution was published
 */
public record CouncilAppreciationConcluded(String council, String sourceModule, String reference, boolean approved,
    int votesFor, int votesAgainst, int abstentions, LocalDate meetingDate, String resolutionNumber,
    String resolutionTitle, String resolutionText, LocalDate publishedOn) {

  public CouncilAppreciationConcluded {
    Objects.requireNonNull(council, "council");
    Objects.requireNonNull(sourceModule, "sourceModule");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(meetingDate, "meetingDate");
    Objects.requireNonNull(resolutionNumber, "resolutionNumber");
    Objects.requireNonNull(publishedOn, "publishedOn");
  }
}
