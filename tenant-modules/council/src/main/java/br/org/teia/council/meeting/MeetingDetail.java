package br.org.teia.council.meeting;

import java.util.List;

/** A meeting's page: agenda, attendance, quorum, minutes (null when none was drafted). */
public record MeetingDetail(MeetingSummary meeting, List<AgendaItemSummary> items, List<AttendanceLine> attendance,
    Quorum quorum, MinutesSummary minutes) {}
