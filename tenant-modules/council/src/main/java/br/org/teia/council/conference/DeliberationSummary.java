package br.org.teia.council.conference;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A deliberation with where it stands and every follow-up so far (oldest first). */
public record DeliberationSummary(UUID id, int number, String text, DeliberationScope scope,
    DeliberationStatus status, LocalDate statusOn, List<DeliberationFollowUpSummary> followUps) {}
