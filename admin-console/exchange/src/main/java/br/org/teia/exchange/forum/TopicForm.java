package br.org.teia.exchange.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A new topic: its category, title and opening text (Markdown; HTML in it is sanitised). */
public record TopicForm(
    @NotNull(message = "{exchange.forum.category.required}") UUID categoryId,
    @NotBlank(message = "{exchange.forum.title.required}")
    @Size(max = 200, message = "{exchange.forum.title.size}") String title,
    @NotBlank(message = "{exchange.forum.body.required}")
    @Size(max = ForumService.MAX_BODY, message = "{exchange.forum.body.size}") String body) {

  public TopicForm {
    title = title == null ? null : title.strip();
  }
}
