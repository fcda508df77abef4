package br.org.teia.council.meeting;

import java.time.LocalDate;
import java.util.UUID;

/** An agenda item with its meeting's date and status: what another feature needs to read a deliberation. */
public record ItemDeliberation(UUID meetingId, LocalDate meetingDate, MeetingStatus meetingStatus,
    AgendaItemSummary item) {}
