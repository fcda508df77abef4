package br.org.teia.kernel.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.testapp.KernelTestApplication;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outbox relayed to a real SMTP server (GreenMail, started by the test on a free port): sent,
 * retried after the server was down, and never twice when two relays run at once.
 */
@SpringBootTest(classes = KernelTestApplication.class, properties = {
    "teia.mail.relay-interval=1h", // the test drives the relay itself
    "teia.mail.retry-first=10m"})
class MailRelayIT {

  static final int PORT = freePort();

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> PORT);
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
    registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
  }

  @Autowired Mailer mailer;
  @Autowired MailRelay relay;
  @Autowired MailOutbox outbox;
  @Autowired JdbcClient jdbc;
  GreenMail smtp;

  @BeforeEach
  void nothingDueFromOtherTests() {
    jdbc.sql("UPDATE platform.mail_outbox SET status = 'FAILED' WHERE status = 'PENDING'").update();
  }

  @AfterEach
  void stopSmtp() {
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void a_queued_mail_is_sent_over_smtp_and_marked_sent() throws Exception {
    startSmtp();
    UUID id = mailer.send("gestora@example.org", "Pauta publicada: reunião de março", "Olá,\nA pauta está no Teia.");
    assertThat(status(id)).isEqualTo(MailStatus.PENDING);

    assertThat(relay.relayDue()).isEqualTo(1);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("gestora@example.org");
    assertThat(received[0].getSubject()).isEqualTo("Pauta publicada: reunião de março");
    assertThat(((String) received[0].getContent()).strip()).isEqualTo("Olá,\r\nA pauta está no Teia.");
    assertThat(status(id)).isEqualTo(MailStatus.SENT);
    assertThat(relay.relayDue()).isZero(); // nothing left
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void with_the_smtp_server_down_a_mail_waits_and_is_sent_once_when_it_is_back() throws Exception {
    UUID id = mailer.send("secretaria@example.org", "Lembrete", "Corpo");

    assertThat(relay.relayDue()).isZero(); // no server listening
    OutboxMail failed = mail(id);
    assertThat(failed.status()).isEqualTo(MailStatus.PENDING);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isNotBlank();
    assertThat(failed.nextAttemptAt()).isAfter(java.time.Instant.now().plusSeconds(9 * 60)); // backoff

    startSmtp();
    assertThat(relay.relayDue()).isZero(); // not due yet: the backoff holds
    assertThat(smtp.getReceivedMessages()).isEmpty();

    jdbc.sql("UPDATE platform.mail_outbox SET next_attempt_at = now() WHERE id = ?").param(id).update(); // time passes
    assertThat(relay.relayDue()).isEqualTo(1);
    assertThat(relay.relayDue()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    OutboxMail sent = mail(id);
    assertThat(sent.status()).isEqualTo(MailStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.lastError()).isNull();
  }

  @Test
  void a_mail_failing_every_attempt_is_given_up_after_the_last_one() {
    UUID id = mailer.send("ninguem@example.org", "Assunto", "Corpo");
    jdbc.sql("UPDATE platform.mail_outbox SET attempts = 9 WHERE id = ?").param(id).update();

    relay.relayDue(); // the 10th attempt, server down

    assertThat(mail(id).status()).isEqualTo(MailStatus.FAILED);
  }

  @Test
  void two_relays_running_at_once_send_each_mail_exactly_once() throws Exception {
    startSmtp();
    List<String> recipients = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      recipients.add("pessoa" + i + "@example.org");
      mailer.send(recipients.get(i), "Aviso " + i, "Corpo " + i);
    }

    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int node = 0; node < 2; node++) {
        runs.add(nodes.submit(() -> {
          together.await();
          return relay.relayDue();
        }));
      }
      assertThat(runs.get(0).get() + runs.get(1).get()).isEqualTo(40);
    } finally {
      nodes.shutdown();
    }

    List<String> delivered = Arrays.stream(smtp.getReceivedMessages())
        .map(m -> {
          try {
            return m.getAllRecipients()[0].toString();
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        }).toList();
    assertThat(delivered).containsExactlyInAnyOrderElementsOf(recipients); // each once
  }

  @Test
  void an_address_that_is_not_one_valid_e_mail_is_refused() {
    assertThatThrownBy(() -> mailer.send("a@b.org, c@d.org", "Assunto", "Corpo")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mailer.send("sem arroba", "Assunto", "Corpo")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> mailer.send("a@b.org", "Assunto\r\nBcc: x@y.org", "Corpo")).isInstanceOf(IllegalArgumentException.class);
  }

  private void startSmtp() {
    smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  private MailStatus status(UUID id) {
    return mail(id).status();
  }

  private OutboxMail mail(UUID id) {
    return outbox.recent(null, 1000).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
