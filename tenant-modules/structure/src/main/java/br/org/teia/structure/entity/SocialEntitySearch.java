package br.org.teia.structure.entity;

import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.search.SearchContribution;
import br.org.teia.kernel.search.SearchFolding;
import br.org.teia.kernel.search.SearchGroup;
import br.org.teia.kernel.search.SearchHit;
import br.org.teia.kernel.search.SearchQuery;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.structure.StructureAccess;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The network's entities in the header search, by legal or trade name or CNPJ; each opens the list filtered to it. */
@Component
class SocialEntitySearch implements SearchContribution {

  private final SocialEntityService entities;
  private final CurrentUser currentUser;
  private final Messages messages;

  SocialEntitySearch(SocialEntityService entities, CurrentUser currentUser, Messages messages) {
    this.entities = entities;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Optional<SearchGroup> search(SearchQuery query) {
    if (!currentUser.can(StructureAccess.READ)) {
      return Optional.empty();
    }
    var found = entities.list(query.text(), null, 0, query.limit() + 1).getContent().stream()
        .map(entity -> new SearchHit(entity.legalName(), entity.cnpjFormatted()
            + (entity.tradeName() == null ? "" : " · " + entity.tradeName()),
            SearchFolding.filtered(SocialEntitiesView.ROUTE, entity.cnpjFormatted())))
        .toList();
    return Optional.of(SearchGroup.of("search-entities", messages.get("nav.structure.entities"), query, found,
        query.listRoute(SocialEntitiesView.ROUTE)));
  }
}
