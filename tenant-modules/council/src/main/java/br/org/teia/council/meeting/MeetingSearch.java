package br.org.teia.council.meeting;

import br.org.teia.council.CouncilAccess;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.search.SearchContribution;
import br.org.teia.kernel.search.SearchGroup;
import br.org.teia.kernel.search.SearchHit;
import br.org.teia.kernel.search.SearchQuery;
import br.org.teia.kernel.security.CurrentUser;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The councils' meetings in the header search, by place or agenda item; each opens the meeting. */
@Component
class MeetingSearch implements SearchContribution {

  private final MeetingService meetings;
  private final CurrentUser currentUser;
  private final Messages messages;

  MeetingSearch(MeetingService meetings, CurrentUser currentUser, Messages messages) {
    this.meetings = meetings;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public Optional<SearchGroup> search(SearchQuery query) {
    if (!currentUser.can(CouncilAccess.READ)) {
      return Optional.empty();
    }
    var found = meetings.search(query.text(), query.limit() + 1).stream()
        .map(m -> new SearchHit(messages.get("council.ui.meeting-title", m.councilAcronym(),
            messages.get(m.kind().labelKey()), m.date().format(MeetingsView.DATE), m.startTime()),
            messages.get(m.status().labelKey()) + " · " + m.place(), MeetingView.ROUTE + "/" + m.id()))
        .toList();
    return Optional.of(SearchGroup.of("search-meetings", messages.get("nav.council.meetings"), query, found,
        MeetingsView.ROUTE));
  }
}
