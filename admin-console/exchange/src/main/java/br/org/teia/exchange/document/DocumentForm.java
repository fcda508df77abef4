package br.org.teia.exchange.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/** A document's description: title, what it is, its folder and tags (typed separated by commas). */
public record DocumentForm(
    @NotBlank(message = "{exchange.document.title.required}")
    @Size(max = 200, message = "{exchange.document.title.size}") String title,
    @Size(max = 5_000, message = "{exchange.document.description.size}") String description,
    @NotBlank(message = "{exchange.document.folder.required}")
    @Size(max = 100, message = "{exchange.document.folder.size}") String folder,
    @Size(max = 500, message = "{exchange.document.tags.size}") String tags) {

  public DocumentForm {
    title = title == null ? null : title.strip();
    folder = folder == null ? null : folder.strip();
  }

  /** The tags, trimmed, without empty ones or repeats. */
  public List<String> tagList() {
    return tags == null ? List.of()
        : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
  }
}
