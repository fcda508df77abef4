package br.org.teia.council.conference;

import java.time.LocalDate;
import java.util.UUID;

public record ConferenceSummary(UUID id, UUID councilId, ConferenceKind kind, int edition, String theme,
    LocalDate startsOn, LocalDate endsOn, String venue, String convenedBy, ConferenceStatus status, int version) {}
