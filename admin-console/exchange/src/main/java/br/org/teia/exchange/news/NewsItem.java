package br.org.teia.exchange.news;

import br.org.teia.exchange.attachment.AttachmentInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An item of a person's feed: the sanitised body, whether the person has read it, its files. */
public record NewsItem(UUID id, NewsKind kind, String title, String html, Instant publishAt, String authorName,
    boolean unread, List<AttachmentInfo> attachments) {}
