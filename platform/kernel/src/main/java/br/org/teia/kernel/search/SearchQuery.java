package br.org.teia.kernel.search;

/**
 * What a person typed into the header's search, and how many results each group shows.
 *
 * @param text  the typed text, stripped (never blank: the search does not run for nothing)
 * @param limit the results per group (a contribution fetches one more to know there are more)
 */
public record SearchQuery(String text, int limit) {

  public SearchQuery {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a search needs a text");
    }
    text = text.strip();
    if (limit < 1) {
      throw new IllegalArgumentException("limit < 1");
    }
  }

  /** The LIKE pattern of the text for a column folded by {@link SearchFolding#FOLDED_OPEN}…{@link SearchFolding#FOLDED_CLOSE}. */
  public String pattern() {
    return SearchFolding.pattern(text);
  }

  /** The list's filter link for this text: {@code route?busca=<text>}. */
  public String listRoute(String route) {
    return SearchFolding.filtered(route, text);
  }
}
