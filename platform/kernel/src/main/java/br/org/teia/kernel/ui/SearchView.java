package br.org.teia.kernel.ui;

import br.org.teia.kernel.search.SearchContribution;
import br.org.teia.kernel.search.SearchGroup;
import br.org.teia.kernel.search.SearchHit;
import br.org.teia.kernel.search.SearchQuery;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.PlainText;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The header search's results, {@code /busca?q=creas}: one section per group the modules'
 * {@link SearchContribution}s return for the signed-in person in the municipality acting in, the
 * first {@value #PER_GROUP} of each as links that open the item, and "ver todos" to the list filtered.
 */
@PageHelp("kernel.help.search")
@Route(SearchView.ROUTE)
@PermitAll
public class SearchView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

  public static final String ROUTE = "busca";
  static final String PARAMETER = "q";
  static final int PER_GROUP = 5;

  private final CurrentUser currentUser;
  private final List<SearchContribution> contributions;

  public SearchView(CurrentUser currentUser, List<SearchContribution> contributions) {
    this.currentUser = currentUser;
    this.contributions = contributions.stream().sorted(Comparator.comparingInt(SearchContribution::order)).toList();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String text = event.getLocation().getQueryParameters().getSingleParameter(PARAMETER).orElse("").strip();
    H2 title = new H2(text.isEmpty() ? getTranslation("search.title") : getTranslation("search.title-for", text));
    title.setId("search-title");
    add(title);
    if (currentUser.tenant().isEmpty()) {
      add(message(getTranslation("search.no-municipality")));
      return;
    }
    if (text.isEmpty() || !PlainText.isAllowed(text)) {
      add(message(getTranslation("search.empty-text")));
      return;
    }
    SearchQuery query = new SearchQuery(text, PER_GROUP);
    List<SearchGroup> groups = contributions.stream().map(c -> c.search(query)).flatMap(Optional::stream)
        .filter(group -> !group.hits().isEmpty()).toList();
    if (groups.isEmpty()) {
      add(message(getTranslation("search.nothing", text)));
      return;
    }
    groups.forEach(group -> add(section(group)));
  }

  private static Paragraph message(String text) {
    Paragraph message = new Paragraph(text);
    message.setId("search-message");
    return message;
  }

  private Section section(SearchGroup group) {
    H3 heading = new H3(group.title());
    heading.setId(group.id() + "-title");
    UnorderedList list = new UnorderedList();
    list.addClassName("search-hits");
    for (SearchHit hit : group.hits()) {
      ListItem item = new ListItem(new Anchor(hit.route(), hit.label()));
      if (!hit.detail().isEmpty()) {
        Span detail = new Span(hit.detail());
        detail.addClassName("search-hit-detail");
        item.add(detail);
      }
      list.add(item);
    }
    Section section = new Section(heading, list);
    section.setId(group.id());
    section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
    Anchor all = new Anchor(group.allRoute(), group.more() ? getTranslation("search.all-more")
        : getTranslation("search.all"));
    all.setId(group.id() + "-all");
    section.add(all);
    return section;
  }

  @Override
  public String getPageTitle() {
    return getTranslation("search.title") + " | " + getTranslation("app.name");
  }
}
