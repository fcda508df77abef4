package br.org.teia.exchange.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply's text (Markdown; HTML in it is sanitised; {@code @login} mentions a person). */
public record ReplyForm(
    @NotBlank(message = "{exchange.forum.body.required}")
    @Size(max = ForumService.MAX_BODY, message = "{exchange.forum.body.size}") String body) {}
