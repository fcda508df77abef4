package br.org.teia.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The top of every page inside {@link MainLayout}: the breadcrumb trail of a view that declares a
 * {@link ParentPage} ({@code nav aria-label="Trilha"} with an ordered list, the page itself marked
 * {@code aria-current="page"}) and the {@link PageHelp} text behind a native {@code details}
 * element ("Sobre esta página"), which keyboards and screen readers open without any script.
 */
class PageHeader extends Div {

  static final String TRAIL_ID = "breadcrumbs";
  static final String HELP_ID = "page-help";

  /** The modules' navigation entries name the parents in the trail: asked when a trail is drawn, not kept per UI (issue 15). */
  private final List<NavigationContributor> contributors;

  PageHeader(List<NavigationContributor> contributors) {
    this.contributors = contributors;
    setId("page-header");
    addClassName("page-header");
  }

  /** Shows the trail and help of {@code view}, or nothing when it declares neither. */
  void show(Component view) {
    removeAll();
    ParentPage parent = view.getClass().getAnnotation(ParentPage.class);
    if (parent != null) {
      add(trail(view, parent.value()));
    }
    PageHelp help = view.getClass().getAnnotation(PageHelp.class);
    if (help != null) {
      NativeDetails details = new NativeDetails(getTranslation("shell.help.summary"),
          new Paragraph(getTranslation(help.value())));
      details.setId(HELP_ID);
      details.addClassName("page-help");
      add(details);
    }
    setVisible(getChildren().findAny().isPresent());
  }

  private Nav trail(Component view, Class<? extends Component> parent) {
    Deque<Class<? extends Component>> parents = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Class<? extends Component> p = parent; p != null && seen.add(p); p = parentOf(p)) {
      if (p != TenantHomeView.class) { // "Início" stands for the home page
        parents.addFirst(p);
      }
    }
    OrderedList list = new OrderedList();
    list.add(new ListItem(new Anchor("", getTranslation("shell.breadcrumb.home"))));
    RouteConfiguration routes = RouteConfiguration.forSessionScope();
    for (Class<? extends Component> p : parents) {
      String label = getTranslation(labelKey(p));
      list.add(new ListItem(new Anchor(routes.getUrl(p), label)));
    }
    ListItem current = new ListItem(currentLabel(view));
    current.getElement().setAttribute("aria-current", "page");
    list.add(current);
    Nav nav = new Nav(list);
    nav.setId(TRAIL_ID);
    nav.addClassName("breadcrumbs");
    nav.setAriaLabel(getTranslation("shell.breadcrumb"));
    return nav;
  }

  /** The label key of the first navigation entry that opens {@code view}, or the generic "page". */
  private String labelKey(Class<? extends Component> view) {
    return contributors.stream().flatMap(c -> c.entries().stream()).filter(entry -> entry.view() == view)
        .map(NavEntry::labelKey).findFirst().orElse("shell.breadcrumb.page");
  }

  private static Class<? extends Component> parentOf(Class<? extends Component> view) {
    ParentPage parent = view.getAnnotation(ParentPage.class);
    return parent == null ? null : parent.value();
  }

  /** The page's title without the application's name after it ("Reunião | Teia" is "Reunião"). */
  private String currentLabel(Component view) {
    if (!(view instanceof HasDynamicTitle titled) || titled.getPageTitle() == null) {
      return getTranslation("shell.breadcrumb.page");
    }
    String title = titled.getPageTitle();
    String suffix = " | " + getTranslation("app.name");
    return title.endsWith(suffix) ? title.substring(0, title.length() - suffix.length()) : title;
  }
}
