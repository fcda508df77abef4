package br.org.teia.structure.workforce;

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

/**
 * The workers in the header search, by name, for those who may read the workers
 * ({@code structure:workforce}: not the council, not the association); the read is audited by
 * {@link WorkerService#search}. Each opens the workers list filtered to the name.
 */
@Component
class WorkerSearch implements SearchContribution {

  private final WorkerService workers;
  private final CurrentUser currentUser;
  private final Messages messages;

  WorkerSearch(WorkerService workers, CurrentUser currentUser, Messages messages) {
    this.workers = workers;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<SearchGroup> search(SearchQuery query) {
    if (!currentUser.can(StructureAccess.WORKFORCE)) {
      return Optional.empty();
    }
    var found = workers.search(query.text(), query.limit() + 1).stream()
        .map(worker -> new SearchHit(worker.name(), messages.get(worker.profession().labelKey())
            + (worker.unitName() == null ? "" : " · " + worker.unitName()),
            SearchFolding.filtered(WorkersView.ROUTE, worker.name())))
        .toList();
    return Optional.of(SearchGroup.of("search-workers", messages.get("nav.structure.workers"), query, found,
        query.listRoute(WorkersView.ROUTE)));
  }
}
