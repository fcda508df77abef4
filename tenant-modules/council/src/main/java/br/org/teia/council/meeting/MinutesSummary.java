package br.org.teia.council.meeting;

import java.time.LocalDate;
import java.util.UUID;

public record MinutesSummary(String text, MinutesStatus status, UUID approvedAtMeetingId, LocalDate approvedOn,
    int version) {}
