package br.org.teia.council.meeting;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agenda item the council voted on, in a meeting that was held: what a resolution can be made
 * from. {@code approved} when more votes were for than against.
 */
public record DeliberatedItem(UUID councilId, UUID meetingId, MeetingKind meetingKind, LocalDate meetingDate,
    UUID itemId, int position, String title, String description, int votesFor, int votesAgainst, int abstentions) {

  public boolean approved() {
    return votesFor > votesAgainst;
  }

  static DeliberatedItem of(Meeting meeting, AgendaItemSummary item) {
    return new DeliberatedItem(meeting.councilId(), meeting.id(), meeting.kind(), meeting.date(), item.id(),
        item.position(), item.title(), item.description(), item.votesFor(), item.votesAgainst(), item.abstentions());
  }
}
