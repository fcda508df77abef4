package br.org.teia.training.enrolment;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import br.org.teia.testsupport.TestClock;
import br.org.teia.testsupport.TestPeople;
import br.org.teia.training.TrainingContext;
import br.org.teia.training.TrainingFixture;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
@TrainingContext
class EnrolmentServiceIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId NOVA_LIMA = TenantId.of("3144805");

  @Autowired EnrolmentService enrolments;
  @Autowired CatalogueService catalogue;
  @Autowired OfferExpiry offerExpiry;
  @Autowired ClassReminders classReminders;
  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;
  @Autowired TestClock clock;
  @Autowired JdbcClient jdbc;
  TrainingFixture fixture;
  TestPeople people;

  @BeforeEach
  void setUp() {
    people = new TestPeople(onboarding, accounts);
    people.onboarded(CONTAGEM.ibgeCode());
    people.onboarded(NOVA_LIMA.ibgeCode());
    fixture = new TrainingFixture(catalogue);
  }

  private UUID person(TenantId town) {
    return people.account(TestPeople.unique("cursista") + "@teste.teia", Role.MUNICIPAL_STAFF, town);
  }

  private EnrolmentStatus enrolSelf(UUID account, TenantId town, UUID classId) {
    return as(account, town, Role.MUNICIPAL_STAFF, () -> enrolments.enrolSelf(classId));
  }

  private Map<UUID, EnrolmentStatus> statusByAccount(UUID classId) {
    return as(Role.ASSOCIATION_STAFF, () -> enrolments.roster(classId)).stream()
        .collect(Collectors.toMap(EnrolmentSummary::accountId, EnrolmentSummary::status));
  }

  @Test
  void concurrent_enrolments_never_put_a_class_over_capacity_and_the_first_come_get_the_seats() throws Exception {
    ClassSummary k = fixture.klass(fixture.course("Concorrência", 75, null), 8, null, List.of(), 2);
    List<UUID> accountsOf = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      accountsOf.add(person(i % 2 == 0 ? CONTAGEM : NOVA_LIMA));
    }
    ExecutorService pool = Executors.newFixedThreadPool(12);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<EnrolmentStatus>> results = new ArrayList<>();
    try {
      for (int i = 0; i < accountsOf.size(); i++) {
        UUID account = accountsOf.get(i);
        TenantId town = i % 2 == 0 ? CONTAGEM : NOVA_LIMA;
        results.add(pool.submit(() -> {
          start.await();
          return enrolSelf(account, town, k.id());
        }));
      }
      start.countDown();
      long confirmed = 0;
      for (Future<EnrolmentStatus> result : results) {
        if (result.get(60, TimeUnit.SECONDS) == EnrolmentStatus.CONFIRMED) {
          confirmed++;
        }
      }
      assertThat(confirmed).isEqualTo(8);
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.sql("SELECT count(*) FROM platform.training_enrolment WHERE class_id = ? AND status = 'CONFIRMED'")
        .param(k.id()).query(Long.class).single()).isEqualTo(8);
    assertThat(jdbc.sql("SELECT count(*) FROM platform.training_enrolment WHERE class_id = ? AND status = 'WAITING'")
        .param(k.id()).query(Long.class).single()).isEqualTo(16);
    // the seats went to the first eight in line: every confirmed enrolment came before every waiting one
    assertThat(jdbc.sql("""
            SELECT max(seq) FILTER (WHERE status = 'CONFIRMED') < min(seq) FILTER (WHERE status = 'WAITING')
            FROM platform.training_enrolment WHERE class_id = ?""").param(k.id()).query(Boolean.class).single()).isTrue();
  }

  @Test
  void cancellations_new_enrolments_accepts_and_the_expiry_job_at_once_keep_the_line_order_and_never_exceed_capacity()
      throws Exception {
    ClassSummary k = fixture.klass(fixture.course("Fila concorrente", 75, null), 3, null, List.of(), 1);
    List<UUID> seated = new ArrayList<>();
    List<UUID> line = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      seated.add(person(CONTAGEM));
      assertThat(enrolSelf(seated.get(i), CONTAGEM, k.id())).isEqualTo(EnrolmentStatus.CONFIRMED);
    }
    for (int i = 0; i < 5; i++) {
      line.add(person(NOVA_LIMA));
      assertThat(enrolSelf(line.get(i), NOVA_LIMA, k.id())).isEqualTo(EnrolmentStatus.WAITING);
    }
    List<UUID> latecomers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      latecomers.add(person(i % 2 == 0 ? CONTAGEM : NOVA_LIMA));
    }

    // the three seated cancel while six newcomers enrol and the expiry job runs, all at once
    List<Runnable> round = new ArrayList<>();
    for (UUID account : seated) {
      round.add(() -> as(account, CONTAGEM, Role.MUNICIPAL_STAFF, () -> {
        enrolments.cancel(enrolments.mine().getFirst().id());
        return null;
      }));
    }
    for (int i = 0; i < latecomers.size(); i++) {
      UUID account = latecomers.get(i);
      TenantId town = i % 2 == 0 ? CONTAGEM : NOVA_LIMA;
      round.add(() -> enrolSelf(account, town, k.id()));
    }
    round.add(offerExpiry::run);
    atOnce(round);

    assertThat(heldSeats(k.id())).isEqualTo(3);
    Map<UUID, EnrolmentStatus> after = statusByAccount(k.id());
    // the freed seats went to the first three in line, never to a newcomer
    assertThat(line.subList(0, 3)).allSatisfy(a -> assertThat(after.get(a)).isEqualTo(EnrolmentStatus.OFFERED));
    assertThat(line.subList(3, 5)).allSatisfy(a -> assertThat(after.get(a)).isEqualTo(EnrolmentStatus.WAITING));
    assertThat(latecomers).allSatisfy(a -> assertThat(after.get(a)).isEqualTo(EnrolmentStatus.WAITING));

    // past the deadline: two accept at the moment the job expires offers; the late ones pass on in order
    clock.advance(Duration.ofHours(47));
    try {
      List<Runnable> accepts = new ArrayList<>();
      for (UUID account : line.subList(0, 2)) {
        accepts.add(() -> as(account, NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> {
          enrolments.accept(enrolments.mine().getFirst().id());
          return null;
        }));
      }
      accepts.add(offerExpiry::run);
      atOnce(accepts);
      clock.advance(Duration.ofHours(2));
      atOnce(List.of(offerExpiry::run, offerExpiry::run, () -> enrolSelf(person(CONTAGEM), CONTAGEM, k.id())));

      assertThat(heldSeats(k.id())).isEqualTo(3);
      Map<UUID, EnrolmentStatus> expired = statusByAccount(k.id());
      assertThat(expired).containsEntry(line.get(0), EnrolmentStatus.CONFIRMED).containsEntry(line.get(1), EnrolmentStatus.CONFIRMED)
          .containsEntry(line.get(2), EnrolmentStatus.EXPIRED).containsEntry(line.get(3), EnrolmentStatus.OFFERED)
          .containsEntry(line.get(4), EnrolmentStatus.WAITING);
    } finally {
      clock.advance(Duration.ofHours(-49));
    }
  }

  private long heldSeats(UUID classId) {
    return jdbc.sql("SELECT count(*) FROM platform.training_enrolment WHERE class_id = ? AND status IN ('CONFIRMED', 'OFFERED')")
        .param(classId).query(Long.class).single();
  }

  /** Runs every task at the same moment on its own thread and waits for all; a task's failure fails the test. */
  private static void atOnce(List<Runnable> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Runnable task : tasks) {
        done.add(pool.submit(() -> {
          start.await();
          task.run();
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void a_freed_seat_is_offered_first_come_and_an_offer_not_accepted_in_time_passes_to_the_next() {
    ClassSummary k = fixture.klass(fixture.course("Fila", 75, null), 2, null, List.of(), 2);
    UUID ana = person(CONTAGEM);
    UUID bia = person(CONTAGEM);
    UUID caio = person(NOVA_LIMA);
    UUID davi = person(NOVA_LIMA);
    assertThat(enrolSelf(ana, CONTAGEM, k.id())).isEqualTo(EnrolmentStatus.CONFIRMED);
    assertThat(enrolSelf(bia, CONTAGEM, k.id())).isEqualTo(EnrolmentStatus.CONFIRMED);
    assertThat(enrolSelf(caio, NOVA_LIMA, k.id())).isEqualTo(EnrolmentStatus.WAITING);
    assertThat(enrolSelf(davi, NOVA_LIMA, k.id())).isEqualTo(EnrolmentStatus.WAITING);

    UUID anaEnrolment = as(ana, CONTAGEM, Role.MUNICIPAL_STAFF, () -> enrolments.mine()).getFirst().id();
    as(ana, CONTAGEM, Role.MUNICIPAL_STAFF, () -> {
      enrolments.cancel(anaEnrolment);
      return null;
    });
    assertThat(statusByAccount(k.id())).containsEntry(caio, EnrolmentStatus.OFFERED).containsEntry(davi, EnrolmentStatus.WAITING);
    EnrolmentSummary caioOffer = as(caio, NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> enrolments.mine()).getFirst();
    assertThat(caioOffer.offerExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(48)));
    assertThat(notifications(caio, "training.waitlist-offer")).isEqualTo(1);

    clock.advance(Duration.ofHours(47));
    offerExpiry.run(); // still within the deadline
    assertThat(statusByAccount(k.id())).containsEntry(caio, EnrolmentStatus.OFFERED);

    clock.advance(Duration.ofHours(2));
    offerExpiry.run();
    assertThat(statusByAccount(k.id())).containsEntry(caio, EnrolmentStatus.EXPIRED).containsEntry(davi, EnrolmentStatus.OFFERED);
    assertThatThrownBy(() -> as(caio, NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> {
      enrolments.accept(caioOffer.id());
      return null;
    })).isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("training.offer.none"));

    UUID daviEnrolment = as(davi, NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> enrolments.mine()).getFirst().id();
    as(davi, NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> {
      enrolments.accept(daviEnrolment);
      return null;
    });
    assertThat(statusByAccount(k.id())).containsEntry(davi, EnrolmentStatus.CONFIRMED).containsEntry(bia, EnrolmentStatus.CONFIRMED);
    assertThat(notifications(davi, "training.enrolment-confirmed")).isEqualTo(1);
  }

  @Test
  void an_offer_past_its_deadline_cannot_be_accepted_even_before_the_job_runs() {
    ClassSummary k = fixture.klass(fixture.course("Prazo", 75, null), 1, null, List.of(), 1);
    UUID first = person(CONTAGEM);
    UUID second = person(CONTAGEM);
    enrolSelf(first, CONTAGEM, k.id());
    enrolSelf(second, CONTAGEM, k.id());
    UUID firstEnrolment = as(first, CONTAGEM, Role.MUNICIPAL_STAFF, () -> enrolments.mine()).getFirst().id();
    as(Role.ASSOCIATION_STAFF, () -> {
      enrolments.cancel(firstEnrolment);
      return null;
    });
    UUID offer = as(second, CONTAGEM, Role.MUNICIPAL_STAFF, () -> enrolments.mine()).getFirst().id();
    clock.advance(Duration.ofHours(48));
    assertThatThrownBy(() -> as(second, CONTAGEM, Role.MUNICIPAL_STAFF, () -> {
      enrolments.accept(offer);
      return null;
    })).isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("training.offer.expired"));
  }

  @Test
  void the_cap_per_municipality_sends_a_large_town_to_the_waitlist_while_others_still_get_seats() {
    ClassSummary k = fixture.klass(fixture.course("Cota", 75, null), 3, 1, List.of(), 1);
    UUID c1 = person(CONTAGEM);
    UUID c2 = person(CONTAGEM);
    UUID n1 = person(NOVA_LIMA);
    assertThat(enrolSelf(c1, CONTAGEM, k.id())).isEqualTo(EnrolmentStatus.CONFIRMED);
    assertThat(enrolSelf(c2, CONTAGEM, k.id())).isEqualTo(EnrolmentStatus.WAITING);
    assertThat(enrolSelf(n1, NOVA_LIMA, k.id())).isEqualTo(EnrolmentStatus.CONFIRMED);
    offerExpiry.run();
    assertThat(statusByAccount(k.id())).containsEntry(c2, EnrolmentStatus.WAITING); // a seat is free, but not for Contagem
  }

  @Test
  void a_class_open_to_some_municipalities_refuses_the_others_and_enrolment_twice_is_refused() {
    ClassSummary k = fixture.klass(fixture.course("Restrita", 75, null), 5, null, List.of(CONTAGEM.ibgeCode()), 1);
    UUID fromNovaLima = person(NOVA_LIMA);
    assertThatThrownBy(() -> enrolSelf(fromNovaLima, NOVA_LIMA, k.id()))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("training.enrolment.not-open-to"));
    UUID fromContagem = person(CONTAGEM);
    enrolSelf(fromContagem, CONTAGEM, k.id());
    assertThatThrownBy(() -> enrolSelf(fromContagem, CONTAGEM, k.id()))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("training.enrolment.already"));
  }

  @Test
  void enrolment_outside_the_window_is_refused() {
    ClassSummary k = fixture.klass(fixture.course("Janela", 75, null), 5, null, List.of(), 1);
    clock.advance(Duration.ofDays(11));
    try {
      UUID someone = person(CONTAGEM);
      assertThatThrownBy(() -> enrolSelf(someone, CONTAGEM, k.id()))
          .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("training.enrolment.window-closed"));
    } finally {
      clock.advance(Duration.ofDays(-11));
    }
  }

  @Test
  void a_manager_enrols_and_sees_only_their_municipalitys_people_and_a_councillor_only_themselves() {
    ClassSummary k = fixture.klass(fixture.course("Papéis", 75, null), 10, null, List.of(), 1);
    UUID manager = people.account(TestPeople.unique("gestora") + "@teste.teia", Role.MUNICIPAL_MANAGER, CONTAGEM);
    UUID councillor = people.account(TestPeople.unique("conselheira") + "@teste.teia", Role.COUNCIL_MEMBER, CONTAGEM);
    UUID fromNovaLima = person(NOVA_LIMA);

    assertThat(as(manager, CONTAGEM, Role.MUNICIPAL_MANAGER, () -> enrolments.enrolMember(k.id(), councillor)))
        .isEqualTo(EnrolmentStatus.CONFIRMED);
    assertThatThrownBy(() -> as(manager, CONTAGEM, Role.MUNICIPAL_MANAGER, () -> enrolments.enrolMember(k.id(), fromNovaLima)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("training.enrolment.not-of-municipality"));
    enrolSelf(fromNovaLima, NOVA_LIMA, k.id());

    List<EnrolmentSummary> contagem = as(manager, CONTAGEM, Role.MUNICIPAL_MANAGER, () -> enrolments.ofMunicipality(null, 0, 50));
    assertThat(contagem).extracting(EnrolmentSummary::accountId).contains(councillor).doesNotContain(fromNovaLima);
    assertThat(contagem).extracting(EnrolmentSummary::ibgeCode).containsOnly(CONTAGEM.ibgeCode());

    assertThatThrownBy(() -> as(councillor, CONTAGEM, Role.COUNCIL_MEMBER, () -> enrolments.ofMunicipality(null, 0, 50)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(as(councillor, CONTAGEM, Role.COUNCIL_MEMBER, () -> enrolments.mine()))
        .extracting(EnrolmentSummary::accountId).containsOnly(councillor);
    UUID othersEnrolment = as(fromNovaLima, NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> enrolments.mine()).getFirst().id();
    assertThatThrownBy(() -> as(councillor, CONTAGEM, Role.COUNCIL_MEMBER, () -> {
      enrolments.cancel(othersEnrolment);
      return null;
    })).isInstanceOf(br.org.teia.kernel.NotFoundException.class);
    assertThatThrownBy(() -> as(manager, CONTAGEM, Role.MUNICIPAL_MANAGER, () -> enrolments.visible(othersEnrolment)))
        .isInstanceOf(br.org.teia.kernel.NotFoundException.class);
  }

  @Test
  void the_confirmed_people_are_reminded_once_when_the_first_session_is_near() {
    ClassSummary k = fixture.klass(fixture.course("Lembrete", 75, null), 1, null, List.of(), 1); // first session in 20 days
    UUID seated = person(CONTAGEM);
    UUID waiting = person(CONTAGEM);
    enrolSelf(seated, CONTAGEM, k.id());
    enrolSelf(waiting, CONTAGEM, k.id());
    assertThat(notifications(seated, "training.class-reminder")).isZero();
    clock.advance(Duration.ofDays(18));
    try {
      classReminders.run();
      classReminders.run();
      assertThat(notifications(seated, "training.class-reminder")).isEqualTo(1);
      assertThat(notifications(waiting, "training.class-reminder")).isZero();
    } finally {
      clock.advance(Duration.ofDays(-18));
    }
  }

  private long notifications(UUID account, String kind) {
    return jdbc.sql("SELECT count(*) FROM platform.notification WHERE account_id = ? AND kind = ?").params(account, kind)
        .query(Long.class).single();
  }
}
