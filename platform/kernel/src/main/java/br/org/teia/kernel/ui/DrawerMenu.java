package br.org.teia.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The drawer's menu: the same {@code vaadin-side-nav} with a {@code vaadin-side-nav-item} and a
 * {@code vaadin-icon} per link as {@link SideNav} and {@link SideNavItem} render, written as the
 * element's HTML so the whole menu is one node of Flow's state tree instead of three a link (item,
 * label text, icon): about 90 fewer nodes in every UI (issue 15, Vaadin memory). The menu has no
 * server-side behaviour to lose: its items are links that the browser's router follows and that mark
 * themselves current, as {@link SideNavItem}s do.
 */
@Tag("vaadin-side-nav")
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class DrawerMenu extends Component {

  /** A link of the menu: its label, the view's path (as {@link SideNavItem#setPath(Class)} writes it) and its icon. */
  public record Link(String label, String path, String icon) {}

  /** A link's label in the markup: after its icon, up to the item's end. */
  private static final Pattern LABEL = Pattern.compile("</vaadin-icon>(.*?)</vaadin-side-nav-item>");

  /**
   * A menu named {@code label} (its navigation landmark's name) with the given links, in their order.
   * Only the markup is kept, and it is interned: the UIs of people with the same menu (role and
   * language) share one string instead of a copy each, about 7 kB (issue 15).
   */
  public DrawerMenu(String label, List<Link> links) {
    StringBuilder html = new StringBuilder("<span slot=\"label\">").append(escape(label)).append("</span>");
    for (Link link : links) {
      html.append("<vaadin-side-nav-item path=\"").append(escape(link.path())).append("\">")
          .append("<vaadin-icon icon=\"").append(escape(link.icon())).append("\" slot=\"prefix\"></vaadin-icon>")
          .append(escape(link.label())).append("</vaadin-side-nav-item>");
    }
    getElement().setProperty("innerHTML", html.toString().intern());
  }

  /** The link to {@code view} as {@link SideNavItem} makes it: the route's URL without its leading slash. */
  public static Link link(Component router, String label, Class<? extends Component> view, String vaadinIcon) {
    String url = RouteConfiguration.forRegistry(ComponentUtil.getRouter(router).getRegistry()).getUrl(view);
    String path = UrlUtil.encodeURI(url.startsWith("/") ? url.substring(1) : url);
    return new Link(label, path, "vaadin:" + vaadinIcon.toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /** The labels of the links, in the menu's order, as its markup shows them. */
  public List<String> labels() {
    return LABEL.matcher(getElement().getProperty("innerHTML", "")).results()
        .map(match -> HtmlUtils.htmlUnescape(match.group(1))).toList();
  }

  /** Labels and paths go into markup: the same escaping as the plain error page (Spring's, UTF-8 kept as is). */
  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
