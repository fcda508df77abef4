package br.org.teia.exchange.forum;

import java.time.Instant;
import java.util.UUID;

/**
 * A post as the reader may see it: {@code html} is the sanitised body, null when the post is
 * hidden or removed and the reader is not staff; {@code reports} are the reports not yet reviewed.
 */
public record PostView(UUID id, UUID topicId, String topicTitle, boolean opening, UUID authorId, String authorName,
    String municipality, String html, PostStatus status, String moderationReason, Instant createdAt, int reports,
    int version) {}
