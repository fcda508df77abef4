package br.org.teia.exchange.forum;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.exchange.ExchangeFixture;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TeiaAuthentication;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forum on the screens: a manager opens a topic mentioning a colleague of another municipality,
 * who finds it by a word, replies and is told; reports hide the reply (members read that it waits for
 * review), staff restore it from the moderation page, giving the reason the page asks for.
 */
class ForumViewIT extends UiTestBase {

  @Test
  @SuppressWarnings("unchecked")
  void a_topic_is_opened_found_answered_reported_hidden_and_restored_by_staff() {
    TenantId amparo = onboarded("3102506");
    TenantId andradas = onboarded("3102605");
    String colleague = people().person(Role.MUNICIPAL_STAFF, andradas);
    String word = "Quilombolas" + UUID.randomUUID().toString().substring(0, 6);
    JdbcClient jdbc = context.getBean(JdbcClient.class);

    loginAs(Role.MUNICIPAL_MANAGER, amparo);
    UI.getCurrent().navigate(ForumView.class);
    _click(_get(Button.class, spec -> spec.withId("topic-new")));
    _click(_get(Button.class, spec -> spec.withId("topic-save")));
    assertThat(_get(TextField.class, spec -> spec.withId("topic-title")).getErrorMessage()).isEqualTo("Informe o título.");
    Select<UUID> category = _get(Select.class, spec -> spec.withId("topic-category"));
    _setValue(category, category.getListDataView().getItem(0));
    _setValue(_get(TextField.class, spec -> spec.withId("topic-title")), "Busca ativa de comunidades " + word);
    _setValue(_get(TextArea.class, spec -> spec.withId("topic-body")),
        "Alguém já fez? @" + colleague + " comentou comigo. <script>alert(1)</script>**Obrigada**");
    _click(_get(Button.class, spec -> spec.withId("topic-save")));
    assertThat(_get(H2.class, spec -> spec.withId("topic-title")).getText()).isEqualTo("Busca ativa de comunidades " + word);
    UUID opening = jdbc.sql("SELECT id FROM platform.exchange_forum_post WHERE body_markdown LIKE ?")
        .param("%@" + colleague + "%").query(UUID.class).single();
    String html = _get(Div.class, spec -> spec.withId("post-body-" + opening)).getElement().getChild(0).getOuterHTML();
    assertThat(html).contains("<strong>Obrigada</strong>").doesNotContain("<script");

    TeiaAuthentication other = login(colleague);
    assertThat(ExchangeFixture.notifications(jdbc, other.user().accountId(), ForumNotices.MENTION)).isEqualTo(1);
    UI.getCurrent().navigate(ForumView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("forum-search")), word.toLowerCase());
    Grid<TopicSummary> topics = _get(Grid.class, spec -> spec.withId("forum-topics"));
    assertThat(GridKt._findAll(topics)).extracting(TopicSummary::title).containsExactly("Busca ativa de comunidades " + word);
    assertThat(_get(Paragraph.class, spec -> spec.withId("forum-count")).getText()).isEqualTo("1 tópico");
    GridKt._clickItem(topics, 0);
    _setValue(_get(TextArea.class, spec -> spec.withId("reply-body")), "Fizemos com a Fundação Palmares.");
    _click(_get(Button.class, spec -> spec.withId("reply-save")));
    UUID reply = jdbc.sql("SELECT id FROM platform.exchange_forum_post WHERE body_markdown = 'Fizemos com a Fundação Palmares.'")
        .query(UUID.class).single();
    assertThat(_get(Div.class, spec -> spec.withId("post-body-" + reply)).getElement().getChild(0).getOuterHTML())
        .contains("Fizemos com a Fundação Palmares.");
    assertThat(_get(Button.class, spec -> spec.withId("topic-follow")).getText()).isEqualTo("Deixar de seguir");
    UUID topic = jdbc.sql("SELECT topic_id FROM platform.exchange_forum_post WHERE id = ?").param(reply).query(UUID.class).single();

    for (int i = 0; i < 3; i++) { // the default threshold
      loginAs(Role.MUNICIPAL_MANAGER, amparo);
      UI.getCurrent().navigate(ForumTopicView.class, topic.toString());
      _click(_get(Button.class, spec -> spec.withId("post-report-" + reply)));
      _setValue(_get(TextArea.class, spec -> spec.withId("report-reason")), "Ofensivo");
      _click(_get(Button.class, spec -> spec.withId("report-confirm")));
    }
    assertThat(_get(Paragraph.class, spec -> spec.withId("post-state-" + reply)).getText())
        .isEqualTo("Mensagem ocultada após denúncias, aguardando revisão da equipe.");
    assertThat(_find(Div.class, spec -> spec.withId("post-body-" + reply))).isEmpty();

    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(ForumModerationView.class);
    Grid<PostView> hidden = _get(Grid.class, spec -> spec.withId("hidden-posts"));
    List<PostView> rows = GridKt._findAll(hidden);
    GridKt._clickItem(hidden, rows.stream().map(PostView::id).toList().indexOf(reply));
    _click(_get(Button.class, spec -> spec.withId("forum-restore")));
    assertThat(_get(TextArea.class, spec -> spec.withId("forum-moderation-reason")).getErrorMessage())
        .isEqualTo("Informe o motivo.");
    _setValue(_get(TextArea.class, spec -> spec.withId("forum-moderation-reason")), "Relato de experiência, não ofensa.");
    _click(_get(Button.class, spec -> spec.withId("forum-restore")));
    List<PostView> after = GridKt._findAll(_get(Grid.class, spec -> spec.withId("hidden-posts")));
    assertThat(after).extracting(PostView::id).doesNotContain(reply);

    login(colleague);
    UI.getCurrent().navigate(ForumTopicView.class, topic.toString());
    assertThat(_find(Paragraph.class, spec -> spec.withId("post-state-" + reply))).isEmpty();
    assertThat(_get(Div.class, spec -> spec.withId("post-body-" + reply)).getElement().getChild(0).getOuterHTML())
        .contains("Fizemos com a Fundação Palmares.");
  }

  @Test
  void an_unknown_topic_says_so_in_portuguese() {
    loginAs(Role.MUNICIPAL_MANAGER, onboarded("3102506"));
    UI.getCurrent().navigate(ForumTopicView.class, "nao-e-um-id");
    assertThat(_get(Paragraph.class, spec -> spec.withId("topic-not-found")).getText()).isEqualTo("Tópico não encontrado.");
    UI.getCurrent().navigate(ForumTopicView.class, UUID.randomUUID().toString());
    assertThat(_get(Paragraph.class, spec -> spec.withId("topic-not-found")).getText()).isEqualTo("Tópico não encontrado.");
  }
}
