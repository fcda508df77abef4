package br.org.teia.exchange.news;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A published or scheduled item as staff list it: audience as region labels (empty: every member). */
public record NewsSummary(UUID id, NewsKind kind, String title, Instant publishAt, boolean allMembers,
    List<String> regions, String authorName, boolean notified) {}
