package br.org.teia.kernel.search;

import java.util.List;
import java.util.Objects;

/**
 * One group of search results, its texts already translated by the contributing module.
 *
 * @param id       element id of the group (e.g. {@code search-units})
 * @param title    what the group holds ("Unidades")
 * @param hits     the first matches, at most the query's limit
 * @param more     whether more matched than are shown
 * @param allRoute the list filtered by the same text, for "ver todos" (route without leading slash, may carry a query)
 */
public record SearchGroup(String id, String title, List<SearchHit> hits, boolean more, String allRoute) {

  public SearchGroup {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    hits = List.copyOf(hits);
    Objects.requireNonNull(allRoute);
  }

  /** The group of {@code found}, which holds up to one more than {@code query}'s limit (to know there are more). */
  public static SearchGroup of(String id, String title, SearchQuery query, List<SearchHit> found, String allRoute) {
    boolean more = found.size() > query.limit();
    return new SearchGroup(id, title, more ? found.subList(0, query.limit()) : found, more, allRoute);
  }
}
