package br.org.teia.council.composition;

import java.time.LocalDate;
import java.util.UUID;

public record PresidencySummary(UUID id, UUID personId, String personName, Side side, LocalDate startsOn,
    LocalDate endsOn) {}
