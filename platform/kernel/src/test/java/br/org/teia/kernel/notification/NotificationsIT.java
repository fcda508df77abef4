package br.org.teia.kernel.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.mail.MailOutbox;
import br.org.teia.kernel.mail.MailStatus;
import br.org.teia.kernel.mail.Mailer;
import br.org.teia.kernel.mail.OutboxMail;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.testapp.KernelTestApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Notifications stored per person, mailed as each person chose, digests exactly once across a restart. */
@SpringBootTest(classes = {KernelTestApplication.class, NotificationsIT.Kinds.class},
    properties = {"teia.mail.relay-interval=1h", "teia.public-url=https://teia.cogemas.example/"})
class NotificationsIT {

  static final String NEWS = "test.news";
  static final String REMINDER = "test.reminder";

  @TestConfiguration(proxyBeanMethods = false)
  static class Kinds {
    @Bean
    NotificationKind news() {
      return new NotificationKind(NEWS, "test.kind.news", Delivery.IMMEDIATE);
    }

    @Bean
    NotificationKind reminder() {
      return new NotificationKind(REMINDER, "test.kind.reminder", Delivery.DAILY);
    }
  }

  @Autowired Notifications notifications;
  @Autowired NotificationDigests digests;
  @Autowired NotificationSignals signals;
  @Autowired AccountRepository accounts;
  @Autowired MailOutbox outbox;
  @Autowired Mailer mailer;
  @Autowired MessageSource messages;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;

  @Test
  void immediately_means_a_mail_now_and_an_unread_item_in_the_bell_and_a_live_signal() throws Exception {
    Person ana = person();
    List<UUID> signalled = new ArrayList<>();
    try (AutoCloseable listening = signals.listen(ana.id(), signalled::add)) {
      notifications.notify(ana.id(), NEWS, "Pauta publicada", "Reunião ordinária de março", "conselho/reunioes");
    }

    assertThat(mailsTo(ana)).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("Pauta publicada");
      assertThat(mail.body()).contains("Reunião ordinária de março", "Veja no Teia: https://teia.cogemas.example/conselho/reunioes");
    });
    assertThat(notifications.unreadCount(ana.id())).isEqualTo(1);
    assertThat(signalled).containsExactly(ana.id());
    Notification item = notifications.recent(ana.id(), 10).getFirst();
    assertThat(item.delivery()).isEqualTo(Delivery.IMMEDIATE);
    assertThat(item.mailedAt()).isNotNull();

    notifications.markRead(person().id(), item.id()); // someone else's: left alone
    assertThat(notifications.unreadCount(ana.id())).isEqualTo(1);
    notifications.markRead(ana.id(), item.id());
    assertThat(notifications.unreadCount(ana.id())).isZero();
  }

  @Test
  void none_means_the_bell_only_and_a_person_without_e_mail_gets_the_bell_only() {
    Person bruno = person();
    notifications.choose(bruno.id(), Map.of(NEWS, Delivery.NONE));
    UUID noEmail = accounts.createIfAbsent("sem-email-" + UUID.randomUUID(), "Sem E-mail", null, null);

    notifications.notify(List.of(bruno.id(), noEmail), NEWS, "Aviso", "", null);

    assertThat(mailsTo(bruno)).isEmpty();
    assertThat(notifications.unreadCount(bruno.id())).isEqualTo(1);
    assertThat(notifications.unreadCount(noEmail)).isEqualTo(1);
    assertThat(notifications.preferences(bruno.id())).containsEntry(NEWS, Delivery.NONE).containsEntry(REMINDER, Delivery.DAILY);
  }

  @Test
  void a_daily_digest_groups_the_items_and_after_a_restart_sends_only_the_new_ones() {
    Person carla = person();
    notifications.choose(carla.id(), Map.of(NEWS, Delivery.DAILY));
    notifications.notify(carla.id(), NEWS, "Notícia 1", "Texto 1", null);
    notifications.notify(carla.id(), REMINDER, "Lembrete 1", "", "conselho");
    notifications.notify(carla.id(), NEWS, "Notícia 2", "", null);
    assertThat(mailsTo(carla)).isEmpty(); // nothing at once
    assertThat(digests.send(Delivery.WEEKLY)).isGreaterThanOrEqualTo(0);
    assertThat(mailsTo(carla)).isEmpty(); // not a weekly item

    digests.send(Delivery.DAILY);
    assertThat(mailsTo(carla)).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("Teia: resumo do dia (3 avisos)");
      assertThat(mail.body()).contains("Notícia 1", "Texto 1", "Notícia 2", "Lembrete 1",
          "Veja no Teia: https://teia.cogemas.example/conselho");
    });

    notifications.notify(carla.id(), NEWS, "Notícia 3", "", null);
    // a restart: a new digest service on a fresh repository, knowing only what the database says
    NotificationDigests restarted = new NotificationDigests(new NotificationRepository(jdbc), notifications, mailer,
        messages, transactions);
    restarted.send(Delivery.DAILY);
    restarted.send(Delivery.DAILY);

    List<OutboxMail> mails = mailsTo(carla);
    assertThat(mails).hasSize(2);
    OutboxMail second = mails.getFirst(); // newest first
    assertThat(second.subject()).isEqualTo("Teia: resumo do dia (1 aviso)");
    assertThat(second.body()).contains("Notícia 3").doesNotContain("Notícia 1", "Notícia 2", "Lembrete 1");
  }

  @Test
  void two_nodes_running_the_digest_at_once_mail_each_item_exactly_once() throws Exception {
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Person p = person();
      people.add(p);
      notifications.choose(p.id(), Map.of(NEWS, Delivery.WEEKLY));
      notifications.notify(p.id(), NEWS, "Semana " + i, "", null);
    }
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        NotificationDigests digest = new NotificationDigests(new NotificationRepository(jdbc), notifications, mailer,
            messages, transactions);
        runs.add(nodes.submit(() -> {
          together.await();
          return digest.send(Delivery.WEEKLY);
        }));
      }
      runs.get(0).get();
      runs.get(1).get();
    } finally {
      nodes.shutdown();
    }
    for (Person p : people) {
      assertThat(mailsTo(p)).as(p.email()).hasSize(1);
    }
  }

  @Test
  void an_unregistered_kind_or_a_link_off_the_site_is_refused() {
    Person dora = person();
    assertThatThrownBy(() -> notifications.notify(dora.id(), "test.unknown", "Título", "", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> notifications.notify(dora.id(), NEWS, "Título", "", "https://example.org/phishing"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> notifications.notify(dora.id(), NEWS, " ", "", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(notifications.unreadCount(dora.id())).isZero();
  }

  @Test
  void in_process_signals_reach_the_listeners_of_that_person_only_until_they_stop() throws Exception {
    Person eva = person();
    Person fabio = person();
    List<UUID> heard = new ArrayList<>();
    AutoCloseable listening = signals.listen(eva.id(), heard::add);
    signals.signal(Set.of(fabio.id()));
    signals.signal(Set.of(eva.id()));
    listening.close();
    signals.signal(Set.of(eva.id()));
    assertThat(signals).isInstanceOf(NotificationSignals.InProcess.class);
    assertThat(heard).containsExactly(eva.id());
  }

  record Person(UUID id, String email) {}

  private Person person() {
    String name = "pessoa-" + UUID.randomUUID();
    String email = name + "@example.org";
    return new Person(accounts.createIfAbsent(name, "Pessoa de Teste", email, null), email);
  }

  private List<OutboxMail> mailsTo(Person person) {
    return outbox.recent(MailStatus.PENDING, 5000).stream().filter(m -> m.recipient().equals(person.email())).toList();
  }
}
