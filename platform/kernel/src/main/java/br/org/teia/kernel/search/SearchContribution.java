package br.org.teia.kernel.search;

import java.util.Optional;

/**
 * A module's part of the header's search (units, workers, entities, resolutions, meetings), declared
 * as a bean in the feature it searches, like the home page's attention cards: the kernel asks every
 * contribution and shows their groups, so it imports no module. {@link #search} runs in the
 * municipality's scope as the signed-in person and answers empty when that person may not read the
 * group (e.g. workers without {@code structure:workforce}); a group that shows personal data audits
 * its read.
 */
public interface SearchContribution {

  /** Where the group goes among the others (lower first). */
  default int order() {
    return 100;
  }

  Optional<SearchGroup> search(SearchQuery query);
}
