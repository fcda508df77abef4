package br.org.teia.council.complaint;

import java.time.LocalDate;
import java.util.UUID;

public record FollowUpSummary(UUID id, LocalDate occurredOn, FollowUpKind kind, String note, String recordedBy) {}
