package br.org.teia.exchange.forum;

import java.time.Instant;
import java.util.UUID;

/** A topic in lists: who opened it, where, and its latest activity; {@code replies} counts shown replies. */
public record TopicSummary(UUID id, UUID categoryId, String category, String title, String authorName,
    String municipality, Instant createdAt, Instant lastPostAt, int replies) {}
