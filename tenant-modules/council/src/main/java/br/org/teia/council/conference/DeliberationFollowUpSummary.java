package br.org.teia.council.conference;

import java.time.LocalDate;
import java.util.UUID;

public record DeliberationFollowUpSummary(UUID id, LocalDate occurredOn, DeliberationStatus status, String note,
    String recordedBy) {}
