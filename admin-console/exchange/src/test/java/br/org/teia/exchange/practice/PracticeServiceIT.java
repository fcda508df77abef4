package br.org.teia.exchange.practice;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.exchange.ExchangeFixture;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.SizeClass;
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

/** A practice through moderation as people meet it: who may do what, who is told, who finds it. */
@SpringBootTest(classes = TeiaTestApplication.class)
class PracticeServiceIT {

  static final TenantId AGUAS_FORMOSAS = TenantId.of("3100906");
  static final TenantId AGUAS_VERMELHAS = TenantId.of("3101003");

  @Autowired PracticeService practices;
  @Autowired JdbcClient jdbc;
  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;

  UUID submitter;
  UUID otherManager;

  @BeforeEach
  void members() {
    TestPeople people = new TestPeople(onboarding, accounts);
    people.onboarded(AGUAS_FORMOSAS.ibgeCode());
    people.onboarded(AGUAS_VERMELHAS.ibgeCode());
    submitter = people.account(TestPeople.unique("gestora") + "@teste.teia", Role.MUNICIPAL_MANAGER, AGUAS_FORMOSAS);
    otherManager = people.account(TestPeople.unique("gestor") + "@teste.teia", Role.MUNICIPAL_MANAGER, AGUAS_VERMELHAS);
    ExchangeFixture.population(jdbc, AGUAS_FORMOSAS, 15_000);
  }

  @Test
  void changes_asked_then_resubmitted_then_approved_publishes_it_and_tells_each_decision() {
    String title = unique("Busca ativa no CadÚnico");
    UUID id = submit(form(title, PracticeTheme.BASIC_PROTECTION));
    assertThat(as(Role.ASSOCIATION_STAFF, () -> practices.pending())).extracting(PracticeSummary::id).contains(id);
    // the moderation screen reads them a page at a time, in the order of the whole list
    List<PracticeSummary> allPending = as(Role.ASSOCIATION_STAFF, () -> practices.pending());
    assertThat(as(Role.ASSOCIATION_STAFF, () -> practices.countPending())).isEqualTo(allPending.size());
    assertThat(as(Role.ASSOCIATION_STAFF, () -> practices.pending(allPending.size() - 1, 1)))
        .extracting(PracticeSummary::id).containsExactly(allPending.getLast().id());
    assertThat(search(otherManager, AGUAS_VERMELHAS, PracticeFilter.ALL)).doesNotContain(title);

    PracticeSummary submitted = staff(() -> practices.get(id));
    staffRun(() -> practices.requestChanges(id, submitted.version(), "Inclua os números de famílias atendidas."));
    assertThat(ExchangeFixture.notifications(jdbc, submitter, PracticeNotices.DECIDED)).isEqualTo(1);
    PracticeSummary sentBack = mine(submitter).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    assertThat(sentBack.status()).isEqualTo(PracticeStatus.CHANGES_REQUESTED);
    assertThat(sentBack.decisionNote()).isEqualTo("Inclua os números de famílias atendidas.");

    as(submitter, AGUAS_FORMOSAS, Role.MUNICIPAL_MANAGER, () -> {
      practices.resubmit(id, sentBack.version(), new PracticeForm(title, PracticeTheme.BASIC_PROTECTION, "Problema",
          "Busca ativa", "320 famílias incluídas", "cras@aguasformosas.mg.gov.br"), List.of());
      return null;
    });
    PracticeSummary resubmitted = staff(() -> practices.get(id));
    assertThat(resubmitted.status()).isEqualTo(PracticeStatus.SUBMITTED);
    assertThat(resubmitted.results()).isEqualTo("320 famílias incluídas");

    staffRun(() -> practices.approve(id, resubmitted.version()));

    assertThat(ExchangeFixture.notifications(jdbc, submitter, PracticeNotices.DECIDED)).isEqualTo(2);
    assertThat(ExchangeFixture.notifications(jdbc, otherManager, PracticeNotices.PUBLISHED)).isEqualTo(1);
    assertThat(search(otherManager, AGUAS_VERMELHAS, PracticeFilter.ALL)).contains(title);
    assertThat(as(otherManager, AGUAS_VERMELHAS, Role.MUNICIPAL_MANAGER, () -> practices.get(id)).results())
        .isEqualTo("320 famílias incluídas");
  }

  @Test
  void a_refusal_needs_a_reason_and_is_final() {
    UUID id = submit(form(unique("Prática recusada"), PracticeTheme.OTHER));
    int version = staff(() -> practices.get(id)).version();
    assertThatThrownBy(() -> staffRun(() -> practices.refuse(id, version, "  ")))
        .isInstanceOf(DomainRefusal.class).extracting(e -> ((DomainRefusal) e).field().orElseThrow()).isEqualTo("note");

    staffRun(() -> practices.refuse(id, version, "Fora do escopo do SUAS."));

    PracticeSummary refused = staff(() -> practices.get(id));
    assertThat(refused.status()).isEqualTo(PracticeStatus.REFUSED);
    assertThatThrownBy(() -> staffRun(() -> practices.approve(id, refused.version())))
        .isInstanceOf(TeiaException.class).hasMessageContaining("exchange.practice.refused.APPROVE");
    assertThatThrownBy(() -> as(otherManager, AGUAS_VERMELHAS, Role.MUNICIPAL_MANAGER, () -> practices.get(id)))
        .isInstanceOf(NotFoundException.class);
    assertThat(ExchangeFixture.notifications(jdbc, otherManager, PracticeNotices.PUBLISHED)).isZero();
  }

  @Test
  void a_stale_decision_is_refused() {
    UUID id = submit(form(unique("Prática disputada"), PracticeTheme.MANAGEMENT));
    int version = staff(() -> practices.get(id)).version();
    staffRun(() -> practices.approve(id, version));
    assertThatThrownBy(() -> staffRun(() -> practices.requestChanges(id, version, "tarde demais")))
        .isInstanceOf(TeiaException.class);
  }

  @Test
  void roles_submit_and_moderate_what_is_theirs() {
    assertThatThrownBy(() -> as(AGUAS_FORMOSAS, Role.COUNCIL_MEMBER, () -> practices.submit(form("x", PracticeTheme.OTHER), List.of())))
        .isInstanceOf(AccessDeniedException.class);
    UUID id = submit(form(unique("Prática de Água Boa"), PracticeTheme.OTHER));
    assertThatThrownBy(() -> as(AGUAS_FORMOSAS, Role.MUNICIPAL_MANAGER, () -> {
      practices.approve(id, 0);
      return null;
    })).isInstanceOf(AccessDeniedException.class);
    staffRun(() -> practices.requestChanges(id, 0, "Detalhe o problema."));
    assertThatThrownBy(() -> as(otherManager, AGUAS_VERMELHAS, Role.MUNICIPAL_MANAGER, () -> {
      practices.resubmit(id, 1, form("Outra", PracticeTheme.OTHER), List.of());
      return null;
    })).isInstanceOf(NotFoundException.class);
  }

  @Test
  void published_practices_are_found_by_text_theme_region_and_size_class() {
    String title = unique("Vigilância com mapas de vulnerabilidade");
    UUID id = submit(form(title, PracticeTheme.SURVEILLANCE));
    staffRun(() -> practices.approve(id, 0));
    UUID region = ExchangeFixture.region(jdbc, "Rio Doce", AGUAS_FORMOSAS);
    UUID elsewhere = ExchangeFixture.region(jdbc, "Mucuri", AGUAS_VERMELHAS);

    assertThat(search(otherManager, AGUAS_VERMELHAS, new PracticeFilter("mapas de VULNERABILIDADE", null, null, null))).contains(title);
    assertThat(search(otherManager, AGUAS_VERMELHAS, new PracticeFilter("inexistente", null, null, null))).doesNotContain(title);
    assertThat(search(otherManager, AGUAS_VERMELHAS, new PracticeFilter(null, PracticeTheme.SURVEILLANCE, null, null))).contains(title);
    assertThat(search(otherManager, AGUAS_VERMELHAS, new PracticeFilter(null, PracticeTheme.BENEFITS, null, null))).doesNotContain(title);
    assertThat(search(otherManager, AGUAS_VERMELHAS, new PracticeFilter(null, null, region, null))).contains(title);
    assertThat(search(otherManager, AGUAS_VERMELHAS, new PracticeFilter(null, null, elsewhere, null))).doesNotContain(title);
    assertThat(search(otherManager, AGUAS_VERMELHAS, new PracticeFilter(null, null, null, SizeClass.PEQUENO_I))).contains(title);
    assertThat(search(otherManager, AGUAS_VERMELHAS, new PracticeFilter(null, null, null, SizeClass.GRANDE))).doesNotContain(title);
  }

  private UUID submit(PracticeForm form) {
    return as(submitter, AGUAS_FORMOSAS, Role.MUNICIPAL_MANAGER, () -> practices.submit(form, List.of()));
  }

  private List<PracticeSummary> mine(UUID account) {
    return as(account, AGUAS_FORMOSAS, Role.MUNICIPAL_MANAGER, () -> practices.ours());
  }

  private List<String> search(UUID account, TenantId tenant, PracticeFilter filter) {
    return as(account, tenant, Role.MUNICIPAL_MANAGER, () -> practices.search(filter)).stream()
        .map(PracticeSummary::title).toList();
  }

  private static <T> T staff(java.util.function.Supplier<T> action) {
    return as(Role.ASSOCIATION_STAFF, action);
  }

  private static void staffRun(Runnable action) {
    as(Role.ASSOCIATION_STAFF, () -> {
      action.run();
      return null;
    });
  }

  private static PracticeForm form(String title, PracticeTheme theme) {
    return new PracticeForm(title, theme, "Famílias fora do Cadastro Único", "Mutirões nos bairros",
        "Mais famílias acompanhadas", "Secretaria de Assistência Social, (33) 3333-0000");
  }

  private static String unique(String title) {
    return title + " " + UUID.randomUUID().toString().substring(0, 6);
  }
}
