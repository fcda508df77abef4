package br.org.teia.exchange.news;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.exchange.ExchangeFixture;
import br.org.teia.exchange.attachment.AttachmentFile;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import br.org.teia.testsupport.TestPeople;
import jakarta.validation.ConstraintViolationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Who sees which news: regions, every member, staff, scheduled items, a suspended municipality; unread marks. */
@SpringBootTest(classes = TeiaTestApplication.class)
class NewsServiceIT {

  static final TenantId ABAETE = TenantId.of("3100203");
  static final TenantId ABRE_CAMPO = TenantId.of("3100302");
  static final TenantId ACAIACA = TenantId.of("3100401");

  @Autowired NewsService news;
  @Autowired NewsNotices notices;
  @Autowired JdbcClient jdbc;
  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;

  UUID inRegion;
  UUID outside;
  UUID region;

  @BeforeEach
  void members() {
    TestPeople people = new TestPeople(onboarding, accounts);
    people.onboarded(ABAETE.ibgeCode());
    people.onboarded(ABRE_CAMPO.ibgeCode());
    inRegion = people.account(TestPeople.unique("gestora") + "@teste.teia", Role.MUNICIPAL_MANAGER, ABAETE);
    outside = people.account(TestPeople.unique("tecnico") + "@teste.teia", Role.MUNICIPAL_STAFF, ABRE_CAMPO);
    region = ExchangeFixture.region(jdbc, "Alto São Francisco", ABAETE);
  }

  @Test
  void regional_news_reach_only_the_regions_municipalities_and_news_for_all_reach_everyone() {
    String regional = unique("Reunião regional");
    String forAll = unique("Assembleia geral");
    publish(regional, false, Set.of(region), LocalDateTime.now(NewsService.ZONE).minusMinutes(1));
    publish(forAll, true, Set.of(), LocalDateTime.now(NewsService.ZONE).minusMinutes(1));

    assertThat(titles(inRegion, ABAETE)).contains(regional, forAll);
    assertThat(titles(outside, ABRE_CAMPO)).contains(forAll).doesNotContain(regional);
    assertThat(as(Role.ASSOCIATION_STAFF, () -> news.feed()).stream().map(NewsItem::title)).contains(regional, forAll);
    assertThat(ExchangeFixture.notifications(jdbc, inRegion, NewsNotices.KIND)).isEqualTo(2);
    assertThat(ExchangeFixture.notifications(jdbc, outside, NewsNotices.KIND)).isEqualTo(1);
  }

  @Test
  void the_staff_list_is_read_a_page_at_a_time_newest_first() {
    publish(unique("Página A"), true, Set.of(), LocalDateTime.now(NewsService.ZONE).minusMinutes(3));
    publish(unique("Página B"), true, Set.of(), LocalDateTime.now(NewsService.ZONE).minusMinutes(2));
    List<NewsSummary> whole = as(Role.ASSOCIATION_STAFF, () -> news.all());

    assertThat(as(Role.ASSOCIATION_STAFF, () -> news.count())).isEqualTo(whole.size());
    assertThat(as(Role.ASSOCIATION_STAFF, () -> news.all(0, 1))).containsExactly(whole.getFirst());
    assertThat(as(Role.ASSOCIATION_STAFF, () -> news.all(1, whole.size()))).containsExactlyElementsOf(whole.subList(1, whole.size()));
  }

  @Test
  void scheduled_news_appear_and_notify_when_their_date_comes() {
    String later = unique("Capacitação agendada");
    UUID id = publish(later, true, Set.of(), LocalDateTime.now(NewsService.ZONE).plusDays(2));

    assertThat(titles(inRegion, ABAETE)).doesNotContain(later);
    assertThat(ExchangeFixture.notifications(jdbc, inRegion, NewsNotices.KIND)).isZero();
    assertThat(as(Role.ASSOCIATION_STAFF, () -> news.all())).filteredOn(n -> n.id().equals(id))
        .singleElement().extracting(NewsSummary::notified).isEqualTo(false);

    jdbc.sql("UPDATE platform.exchange_news SET publish_at = now() - interval '1 minute' WHERE id = ?").param(id).update();
    notices.notifyDue();
    notices.notifyDue(); // once only

    assertThat(titles(inRegion, ABAETE)).contains(later);
    assertThat(ExchangeFixture.notifications(jdbc, inRegion, NewsNotices.KIND)).isEqualTo(1);
  }

  @Test
  void a_suspended_municipalitys_people_see_and_hear_nothing_new() {
    new TestPeople(onboarding, accounts).onboarded(ACAIACA.ibgeCode());
    UUID suspendedPerson = new TestPeople(onboarding, accounts)
        .account(TestPeople.unique("gestor") + "@teste.teia", Role.MUNICIPAL_MANAGER, ACAIACA);
    String before = unique("Antes da suspensão");
    publish(before, true, Set.of(), LocalDateTime.now(NewsService.ZONE).minusMinutes(5));
    onboarding.suspend(ACAIACA);

    String after = unique("Depois da suspensão");
    publish(after, true, Set.of(), LocalDateTime.now(NewsService.ZONE)); // dated after the suspension

    assertThat(titles(suspendedPerson, ACAIACA)).contains(before).doesNotContain(after);
    assertThat(ExchangeFixture.notifications(jdbc, suspendedPerson, NewsNotices.KIND)).isEqualTo(1);
  }

  @Test
  void an_item_stays_unread_until_the_person_opens_it() {
    UUID id = publish(unique("Nota técnica"), true, Set.of(), LocalDateTime.now(NewsService.ZONE).minusMinutes(1));
    long unread = as(inRegion, ABAETE, Role.MUNICIPAL_MANAGER, () -> news.unread());
    assertThat(unread).isPositive();
    assertThat(feed(inRegion, ABAETE)).filteredOn(i -> i.id().equals(id)).singleElement()
        .extracting(NewsItem::unread).isEqualTo(true);

    as(inRegion, ABAETE, Role.MUNICIPAL_MANAGER, () -> {
      news.markRead(id);
      news.markRead(id);
      return null;
    });

    assertThat(as(inRegion, ABAETE, Role.MUNICIPAL_MANAGER, () -> news.unread())).isEqualTo(unread - 1);
    assertThat(feed(inRegion, ABAETE)).filteredOn(i -> i.id().equals(id)).singleElement()
        .extracting(NewsItem::unread).isEqualTo(false);
    assertThat(as(outside, ABRE_CAMPO, Role.MUNICIPAL_STAFF, () -> news.unread())).isGreaterThanOrEqualTo(1);
  }

  @Test
  void the_body_is_sanitised_and_files_are_served_to_readers_only() {
    UUID regional = as(Role.ASSOCIATION_STAFF, () -> news.publish(new NewsForm(NewsKind.NOTICE, unique("Comunicado"),
            "Leia <img src=x onerror=alert(1)><script>alert(2)</script>**já**", LocalDateTime.now(NewsService.ZONE).minusMinutes(1),
            false, Set.of(region)),
        List.of(new AttachmentFile("C:\\docs\\oficio.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8)))));

    NewsItem item = feed(inRegion, ABAETE).stream().filter(i -> i.id().equals(regional)).findFirst().orElseThrow();
    assertThat(item.html()).contains("<strong>já</strong>").doesNotContain("onerror", "<script", "alert");
    assertThat(item.attachments()).singleElement().satisfies(file -> assertThat(file.fileName()).isEqualTo("oficio.pdf"));
    UUID file = item.attachments().getFirst().id();
    assertThat(as(inRegion, ABAETE, Role.MUNICIPAL_MANAGER, () -> news.attachment(regional, file)).content())
        .asString(StandardCharsets.UTF_8).isEqualTo("%PDF");
    assertThatThrownBy(() -> as(outside, ABRE_CAMPO, Role.MUNICIPAL_STAFF, () -> news.attachment(regional, file)))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void only_staff_publish_and_an_audience_is_required() {
    NewsForm form = new NewsForm(NewsKind.NEWS, "Título", "Texto", LocalDateTime.now(NewsService.ZONE), true, Set.of());
    assertThatThrownBy(() -> as(ABAETE, Role.MUNICIPAL_MANAGER, () -> news.publish(form, List.of())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> news.publish(
        new NewsForm(NewsKind.NEWS, "Título", "Texto", LocalDateTime.now(NewsService.ZONE), false, Set.of()), List.of())))
        .isInstanceOf(ConstraintViolationException.class);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> news.publish(
        new NewsForm(NewsKind.NEWS, "Título", "Texto", LocalDateTime.now(NewsService.ZONE), false, Set.of(UUID.randomUUID())), List.of())))
        .isInstanceOf(DomainRefusal.class);
  }

  private UUID publish(String title, boolean all, Set<UUID> regions, LocalDateTime when) {
    return as(Role.ASSOCIATION_STAFF, () -> news.publish(
        new NewsForm(NewsKind.NEWS, title, "Texto de **" + title + "**", when, all, regions), List.of()));
  }

  private List<NewsItem> feed(UUID account, TenantId tenant) {
    return as(account, tenant, Role.MUNICIPAL_MANAGER, () -> news.feed());
  }

  private List<String> titles(UUID account, TenantId tenant) {
    return feed(account, tenant).stream().map(NewsItem::title).toList();
  }

  private static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 6);
  }
}
