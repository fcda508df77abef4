package br.org.teia.exchange.event;

import java.time.Instant;
import java.util.UUID;

/** An event of the calendar. */
public record EventSummary(UUID id, EventKind kind, String title, String description, String place,
    Instant startsAt, Instant endsAt, String registrationUrl) {}
