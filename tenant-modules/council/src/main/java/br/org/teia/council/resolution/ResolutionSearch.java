package br.org.teia.council.resolution;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.search.SearchContribution;
import br.org.teia.kernel.search.SearchFolding;
import br.org.teia.kernel.search.SearchGroup;
import br.org.teia.kernel.search.SearchHit;
import br.org.teia.kernel.search.SearchQuery;
import br.org.teia.kernel.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The councils' resolutions in the header search (title, or text as the resolutions' own Portuguese
 * search reads it); each opens the resolutions list filtered to its title.
 */
@Component
class ResolutionSearch implements SearchContribution {

  private final ResolutionService resolutions;
  private final CompositionService composition;
  private final CurrentUser currentUser;
  private final Messages messages;

  ResolutionSearch(ResolutionService resolutions, CompositionService composition, CurrentUser currentUser,
      Messages messages) {
    this.resolutions = resolutions;
    this.composition = composition;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  public Optional<SearchGroup> search(SearchQuery query) {
    if (!currentUser.can(CouncilAccess.READ)) {
      return Optional.empty();
    }
    List<SearchHit> found = new ArrayList<>();
    for (var council : composition.councils()) {
      if (found.size() > query.limit()) {
        break;
      }
      resolutions.list(council.id(), query.text(), 0, query.limit() + 1 - found.size()).items().forEach(r ->
          found.add(new SearchHit(messages.get("council.search.resolution", council.acronym(), r.numberLabel(), r.title()),
              messages.get(r.status().labelKey()), SearchFolding.filtered(ResolutionsView.ROUTE, r.title()))));
    }
    return Optional.of(SearchGroup.of("search-resolutions", messages.get("nav.council.resolutions"), query, found,
        query.listRoute(ResolutionsView.ROUTE)));
  }
}
