package br.org.teia.council.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A meeting as the public page shows it: only once its agenda is published. No attendance by name. */
public record PublicMeeting(LocalDate date, LocalTime startTime, String place, MeetingKind kind, MeetingStatus status,
    LocalDate agendaPublishedOn, List<AgendaItemSummary> items, boolean minutesApproved, String minutesText) {}
