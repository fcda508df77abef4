package br.org.teia.structure.unit;

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

/** The units in the header search, by name or address; each opens the units list filtered to it. */
@Component
class UnitSearch implements SearchContribution {

  private final UnitService units;
  private final CurrentUser currentUser;
  private final Messages messages;

  UnitSearch(UnitService units, CurrentUser currentUser, Messages messages) {
    this.units = units;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<SearchGroup> search(SearchQuery query) {
    if (!currentUser.can(StructureAccess.READ)) {
      return Optional.empty();
    }
    var found = units.list(query.text(), null, 0, query.limit() + 1).getContent().stream()
        .map(unit -> new SearchHit(unit.name(), messages.get(unit.type().labelKey())
            + (unit.address() == null ? "" : " · " + unit.address()), SearchFolding.filtered(UnitsView.ROUTE, unit.name())))
        .toList();
    return Optional.of(SearchGroup.of("search-units", messages.get("nav.structure.units"), query, found,
        query.listRoute(UnitsView.ROUTE)));
  }
}
