package br.org.teia.exchange.news;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Staff publish a news item from the screen; a member finds it new in the feed, opens it, and it is read. */
class NewsViewIT extends UiTestBase {

  @Test
  @SuppressWarnings("unchecked")
  void staff_publish_and_a_member_reads_it_once() {
    TenantId alpinopolis = onboarded("3101904");
    String title = "Prazo do censo SUAS " + UUID.randomUUID().toString().substring(0, 6);

    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(NewsAdminView.class);
    _click(_get(Button.class, spec -> spec.withId("news-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("news-title")), title);
    _setValue(_get(TextArea.class, spec -> spec.withId("news-body")), "O prazo termina **sexta**.<script>alert(1)</script>");
    _click(_get(Button.class, spec -> spec.withId("news-save")));
    Grid<NewsSummary> grid = _get(Grid.class, spec -> spec.withId("news-grid"));
    assertThat(GridKt._findAll(grid)).extracting(NewsSummary::title).contains(title);

    loginAs(Role.MUNICIPAL_MANAGER, alpinopolis);
    UI.getCurrent().navigate(NewsFeedView.class);
    NewsItem item = findItem(title);
    Span badge = _get(Span.class, spec -> spec.withId("unread-" + item.id()));
    assertThat(badge.isVisible()).isTrue();
    Details details = _get(Details.class, spec -> spec.withId("news-" + item.id()));
    details.setOpened(true);
    assertThat(badge.isVisible()).isFalse();
    assertThat(item.html()).contains("<strong>sexta</strong>").doesNotContain("script");

    UI.getCurrent().navigate(NewsFeedView.class);
    assertThat(_get(Details.class, spec -> spec.withId("news-" + item.id()))).isNotNull();
    assertThat(_find(Span.class, spec -> spec.withId("unread-" + item.id()))).isEmpty(); // hidden: read
  }

  private NewsItem findItem(String title) {
    return context.getBean(NewsService.class).feed().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
  }
}
