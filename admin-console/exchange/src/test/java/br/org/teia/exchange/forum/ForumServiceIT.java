package br.org.teia.exchange.forum;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.exchange.ExchangeFixture;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import br.org.teia.testsupport.TestPeople;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The forum as people meet it: who may write, who is told, what reports hide and staff decide. */
@SpringBootTest(classes = TeiaTestApplication.class)
class ForumServiceIT {

  static final TenantId ALVARENGA = TenantId.of("3102209");
  static final TenantId ALVINOPOLIS = TenantId.of("3102308");
  static final TenantId ALVORADA = TenantId.of("3102407"); // suspended in one test

  @Autowired ForumService forum;
  @Autowired JdbcClient jdbc;
  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;

  TestPeople people;
  UUID author;
  UUID colleague;
  String colleagueLogin;
  UUID category;

  @BeforeEach
  void members() {
    people = new TestPeople(onboarding, accounts);
    people.onboarded(ALVARENGA.ibgeCode());
    people.onboarded(ALVINOPOLIS.ibgeCode());
    author = people.account(TestPeople.unique("gestora") + "@teste.teia", Role.MUNICIPAL_MANAGER, ALVARENGA);
    colleagueLogin = TestPeople.unique("tecnico") + "@teste.teia";
    colleague = people.account(colleagueLogin, Role.MUNICIPAL_STAFF, ALVINOPOLIS);
    category = as(Role.ASSOCIATION_STAFF, () -> forum.addCategory(TestPeople.unique("Categoria"), "de teste"));
  }

  @Test
  void reports_from_as_many_people_as_the_threshold_hide_a_post_until_staff_restore_it() {
    UUID topic = open(author, ALVARENGA, "Fila no CRAS", "Como vocês organizam a recepção?");
    UUID post = openingPost(topic);
    int threshold = as(Role.ASSOCIATION_STAFF, () -> forum.reportThreshold());
    assertThat(threshold).isEqualTo(3); // teia.exchange.forum.report-threshold, default

    for (int i = 1; i < threshold; i++) {
      assertThat(report(reporter(), post)).isFalse();
    }
    assertThat(seenBy(colleague, ALVINOPOLIS, topic).status()).isEqualTo(PostStatus.VISIBLE);
    UUID last = reporter();
    assertThat(report(last, post)).isTrue();

    // a hidden opening post takes its topic out of members' sight (its title may be the abuse)
    assertThatThrownBy(() -> seenBy(colleague, ALVINOPOLIS, topic)).isInstanceOf(NotFoundException.class);
    assertThat(as(colleague, ALVINOPOLIS, Role.MUNICIPAL_STAFF, () -> forum.topics(new TopicFilter(category, null), 0, 20)))
        .extracting(TopicSummary::id).doesNotContain(topic);
    assertThatThrownBy(() -> report(last, post)).isInstanceOf(NotFoundException.class); // hidden: nothing to report
    assertThat(as(Role.ASSOCIATION_STAFF, () -> forum.hidden())).extracting(PostView::id).contains(post);
    // the moderation screen reads them a page at a time, in the order of the whole list
    List<PostView> allHidden = as(Role.ASSOCIATION_STAFF, () -> forum.hidden());
    assertThat(as(Role.ASSOCIATION_STAFF, () -> forum.countHidden())).isEqualTo(allHidden.size());
    assertThat(as(Role.ASSOCIATION_STAFF, () -> forum.hidden(allHidden.size() - 1, 1))).extracting(PostView::id)
        .containsExactly(allHidden.getLast().id());

    int version = as(Role.ASSOCIATION_STAFF, () -> forum.topic(topic)).posts().getFirst().version();
    assertThatThrownBy(() -> staff(() -> forum.restore(post, version, " ")))
        .isInstanceOf(DomainRefusal.class).extracting(e -> ((DomainRefusal) e).field().orElseThrow()).isEqualTo("reason");
    staff(() -> forum.restore(post, version, "Pergunta legítima sobre a recepção."));

    PostView restored = seenBy(colleague, ALVINOPOLIS, topic);
    assertThat(restored.status()).isEqualTo(PostStatus.VISIBLE);
    assertThat(restored.html()).contains("Como vocês organizam a recepção?");
    assertThat(audit(post)).contains("restored: Pergunta legítima sobre a recepção.");
    // the reviewed reports count no more: one new report does not hide it again
    assertThat(report(reporter(), post)).isFalse();
    assertThat(seenBy(colleague, ALVINOPOLIS, topic).status()).isEqualTo(PostStatus.VISIBLE);
  }

  @Test
  void a_hidden_reply_shows_members_that_it_waits_for_review_not_its_text() {
    UUID topic = open(author, ALVARENGA, "Acolhimento institucional", "Vagas regionalizadas?");
    UUID reply = as(colleague, ALVINOPOLIS, Role.MUNICIPAL_STAFF, () -> forum.reply(topic, new ReplyForm("Texto ofensivo")));
    int threshold = as(Role.ASSOCIATION_STAFF, () -> forum.reportThreshold());
    for (int i = 0; i < threshold; i++) {
      report(reporter(), reply);
    }
    PostView hidden = as(author, ALVARENGA, Role.MUNICIPAL_MANAGER, () -> forum.topic(topic)).posts().get(1);
    assertThat(hidden.id()).isEqualTo(reply);
    assertThat(hidden.status()).isEqualTo(PostStatus.HIDDEN);
    assertThat(hidden.html()).isNull();
    assertThat(as(Role.ASSOCIATION_STAFF, () -> forum.topic(topic)).posts().get(1).html()).contains("Texto ofensivo");
  }

  @Test
  void a_person_reports_a_post_once_and_never_their_own() {
    UUID topic = open(author, ALVARENGA, "Reordenamento do SCFV", "Relato da nossa experiência.");
    UUID post = openingPost(topic);
    assertThatThrownBy(() -> report(author, post)).isInstanceOf(TeiaException.class)
        .hasMessageContaining("exchange.forum.report.own");
    report(colleague, post);
    assertThatThrownBy(() -> report(colleague, post)).isInstanceOf(TeiaException.class)
        .hasMessageContaining("exchange.forum.report.twice");
  }

  @Test
  void staff_remove_a_post_with_a_reason_and_members_no_longer_read_it() {
    UUID topic = open(author, ALVARENGA, "Assunto", "Texto original.");
    UUID reply = as(colleague, ALVINOPOLIS, Role.MUNICIPAL_STAFF, () -> forum.reply(topic, new ReplyForm("Propaganda de empresa.")));
    PostView shown = as(Role.ASSOCIATION_STAFF, () -> forum.topic(topic)).posts().get(1);
    assertThat(shown.id()).isEqualTo(reply);
    assertThatThrownBy(() -> as(author, ALVARENGA, Role.MUNICIPAL_MANAGER, () -> {
      forum.remove(reply, shown.version(), "não");
      return null;
    })).isInstanceOf(AccessDeniedException.class);

    staff(() -> forum.remove(reply, shown.version(), "Propaganda comercial."));

    PostView removed = as(author, ALVARENGA, Role.MUNICIPAL_MANAGER, () -> forum.topic(topic)).posts().get(1);
    assertThat(removed.status()).isEqualTo(PostStatus.REMOVED);
    assertThat(removed.html()).isNull();
    assertThat(as(Role.ASSOCIATION_STAFF, () -> forum.topic(topic)).posts().get(1).html()).contains("Propaganda de empresa.");
    assertThat(audit(reply)).contains("removed: Propaganda comercial.");
    assertThatThrownBy(() -> staff(() -> forum.remove(reply, shown.version(), "de novo"))) // stale version
        .isInstanceOf(TeiaException.class).hasMessageContaining("exchange.forum.post.changed");
  }

  @Test
  void a_reply_tells_the_topics_followers_and_the_people_it_mentions() {
    UUID follower = people.account(TestPeople.unique("seguidora") + "@teste.teia", Role.MUNICIPAL_STAFF, ALVARENGA);
    String mentionedLogin = TestPeople.unique("mencionada") + "@teste.teia";
    UUID mentioned = people.account(mentionedLogin, Role.MUNICIPAL_MANAGER, ALVINOPOLIS);
    String councilLogin = TestPeople.unique("conselheiro") + "@teste.teia";
    UUID council = people.account(councilLogin, Role.COUNCIL_MEMBER, ALVINOPOLIS); // not a forum reader
    UUID topic = open(author, ALVARENGA, "Benefícios eventuais em calamidade", "Quem já regulamentou?");
    as(follower, ALVARENGA, Role.MUNICIPAL_STAFF, () -> {
      forum.follow(topic);
      return null;
    });

    as(colleague, ALVINOPOLIS, Role.MUNICIPAL_STAFF, () -> forum.reply(topic, new ReplyForm(
        "Nós regulamentamos em 2024. @" + mentionedLogin + ", você tem a resolução? Cc @" + councilLogin
            + " e @ninguem-aqui@teste.teia. Escreva para cras@alvinopolis.mg.gov.br.")));

    assertThat(ExchangeFixture.notifications(jdbc, mentioned, ForumNotices.MENTION)).isEqualTo(1);
    assertThat(ExchangeFixture.notifications(jdbc, mentioned, ForumNotices.REPLY)).isZero();
    assertThat(ExchangeFixture.notifications(jdbc, author, ForumNotices.REPLY)).isEqualTo(1); // the author follows
    assertThat(ExchangeFixture.notifications(jdbc, follower, ForumNotices.REPLY)).isEqualTo(1);
    assertThat(ExchangeFixture.notifications(jdbc, colleague, ForumNotices.REPLY)).isZero(); // not of one's own reply
    assertThat(ExchangeFixture.notifications(jdbc, council, ForumNotices.MENTION)).isZero();

    as(follower, ALVARENGA, Role.MUNICIPAL_STAFF, () -> {
      forum.unfollow(topic);
      return null;
    });
    as(author, ALVARENGA, Role.MUNICIPAL_MANAGER, () -> forum.reply(topic, new ReplyForm("Obrigada!")));
    assertThat(ExchangeFixture.notifications(jdbc, follower, ForumNotices.REPLY)).isEqualTo(1); // no longer follows
    assertThat(ExchangeFixture.notifications(jdbc, colleague, ForumNotices.REPLY)).isEqualTo(1); // who replied follows
  }

  @Test
  void html_in_posts_is_sanitised() {
    UUID topic = open(author, ALVARENGA, "Formatação", """
        **negrito** <script>alert('x')</script><img src=x onerror="alert(1)">
        [link](javascript:alert(1)) <a href="https://www.gov.br/mds" onclick="roubar()">MDS</a>""");
    String html = seenBy(colleague, ALVINOPOLIS, topic).html();
    assertThat(html).contains("<strong>negrito</strong>").contains("href=\"https://www.gov.br/mds\"")
        .doesNotContain("<script", "onerror", "onclick", "javascript:", "<img");
  }

  @Test
  void a_suspended_municipalitys_people_and_council_roles_do_not_post() {
    people.onboarded(ALVORADA.ibgeCode());
    UUID suspended = people.account(TestPeople.unique("gestor") + "@teste.teia", Role.MUNICIPAL_MANAGER, ALVORADA);
    UUID topic = open(author, ALVARENGA, "Aberto antes", "Texto.");
    onboarding.suspend(ALVORADA);
    try {
      assertThatThrownBy(() -> open(suspended, ALVORADA, "Depois da suspensão", "Texto."))
          .isInstanceOf(TeiaException.class).hasMessageContaining("exchange.forum.suspended");
      assertThatThrownBy(() -> as(suspended, ALVORADA, Role.MUNICIPAL_MANAGER, () -> forum.reply(topic, new ReplyForm("Oi"))))
          .isInstanceOf(TeiaException.class).hasMessageContaining("exchange.forum.suspended");
    } finally {
      onboarding.reactivate(ALVORADA);
    }
    for (Role council : List.of(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY)) {
      assertThatThrownBy(() -> as(ALVARENGA, council, () -> forum.open(new TopicForm(category, "Conselho", "Texto"))))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> as(ALVARENGA, council, () -> forum.topics(TopicFilter.ALL, 0, 20)))
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void topics_are_paged_and_found_by_words_whatever_accents_and_plurals() {
    UUID first = open(author, ALVARENGA, "Benefícios eventuais na pandemia", "Como fizeram?");
    UUID second = open(colleague, ALVINOPOLIS, "Vigilância socioassistencial", "Mapas de vulnerabilidade.");
    UUID third = open(author, ALVARENGA, "Equipe de referência", "Concurso para o CREAS.");
    TopicFilter inCategory = new TopicFilter(category, null);

    assertThat(as(colleague, ALVINOPOLIS, Role.MUNICIPAL_STAFF, () -> forum.countTopics(inCategory))).isEqualTo(3);
    List<UUID> page1 = ids(forum -> forum.topics(inCategory, 0, 2));
    List<UUID> page2 = ids(forum -> forum.topics(inCategory, 2, 2));
    assertThat(page1).containsExactly(third, second); // latest activity first
    assertThat(page2).containsExactly(first);

    assertThat(ids(forum -> forum.topics(new TopicFilter(category, "beneficio eventual"), 0, 20))).containsExactly(first);
    assertThat(ids(forum -> forum.topics(new TopicFilter(category, "vulnerabilidades"), 0, 20))).containsExactly(second);
    assertThat(ids(forum -> forum.topics(new TopicFilter(category, "orçamento"), 0, 20))).isEmpty();
    assertThatThrownBy(() -> as(colleague, ALVINOPOLIS, Role.MUNICIPAL_STAFF, () -> forum.topics(inCategory, -1, 2)))
        .isInstanceOf(TeiaException.class);
    assertThatThrownBy(() -> as(colleague, ALVINOPOLIS, Role.MUNICIPAL_STAFF, () -> forum.topic(UUID.randomUUID())))
        .isInstanceOf(NotFoundException.class);
  }

  private List<UUID> ids(java.util.function.Function<ForumService, List<TopicSummary>> query) {
    return as(colleague, ALVINOPOLIS, Role.MUNICIPAL_STAFF, () -> query.apply(forum)).stream().map(TopicSummary::id).toList();
  }

  private UUID open(UUID account, TenantId tenant, String title, String body) {
    return as(account, tenant, Role.MUNICIPAL_MANAGER, () -> forum.open(new TopicForm(category, title, body)));
  }

  private UUID openingPost(UUID topic) {
    return seenBy(colleague, ALVINOPOLIS, topic).id();
  }

  private PostView seenBy(UUID account, TenantId tenant, UUID topic) {
    return as(account, tenant, Role.MUNICIPAL_STAFF, () -> forum.topic(topic)).posts().getFirst();
  }

  private UUID reporter() {
    return people.account(TestPeople.unique("denuncia") + "@teste.teia", Role.MUNICIPAL_STAFF, ALVINOPOLIS);
  }

  private boolean report(UUID account, UUID post) {
    return as(account, ALVINOPOLIS, Role.MUNICIPAL_STAFF, () -> forum.report(post, "Ofensivo"));
  }

  private static void staff(Runnable action) {
    as(Role.ASSOCIATION_STAFF, () -> {
      action.run();
      return null;
    });
  }

  private List<String> audit(UUID post) {
    return jdbc.sql("SELECT details FROM platform.audit_event WHERE entity_type = 'exchange_forum_post' AND entity_id = ?")
        .param(post.toString()).query(String.class).list();
  }
}
