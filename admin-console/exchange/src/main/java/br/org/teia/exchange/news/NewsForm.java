package br.org.teia.exchange.news;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * A news item to publish: its kind, title, body in Markdown, when it appears (Brasília time; in the
 * future it waits until then) and to whom: every member, or the municipalities of chosen regions.
 */
public record NewsForm(
    @NotNull(message = "{exchange.news.kind.required}") NewsKind kind,
    @NotBlank(message = "{exchange.news.title.required}")
    @Size(max = 200, message = "{exchange.news.title.size}") String title,
    @NotBlank(message = "{exchange.news.body.required}")
    @Size(max = 50_000, message = "{exchange.news.body.size}") String body,
    @NotNull(message = "{exchange.news.publish-at.required}") LocalDateTime publishAt,
    boolean allMembers,
    Set<UUID> regions) {

  public NewsForm {
    title = title == null ? null : title.strip();
    regions = regions == null ? Set.of() : Set.copyOf(regions);
  }

  /** Every member, or at least one region. */
  @AssertTrue(message = "{exchange.news.regions.required}")
  public boolean isRegionsChosen() {
    return allMembers || !regions.isEmpty();
  }
}
