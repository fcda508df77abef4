package br.org.teia.council.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A meeting as the calendar list and the API read it; {@code minutes} is null while none was drafted. */
public record MeetingSummary(UUID id, UUID councilId, String councilAcronym, MeetingKind kind, LocalDate date,
    LocalTime startTime, String place, MeetingStatus status, LocalDate agendaPublishedOn, int items,
    MinutesStatus minutes, int version) {}
