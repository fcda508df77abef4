package br.org.teia.kernel.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands due outbox mails to SMTP. Runs every {@code teia.mail.relay-interval} on one node at a time
 * (ShedLock); each mail is also claimed in the table, so even two relays running together never
 * send one twice. A failure is tried again later, the wait doubling ({@link MailSettings#backoff}).
 * With no SMTP configured ({@code spring.mail.host} unset, no {@link JavaMailSender}) it does
 * nothing and mails stay in the outbox.
 */
@Component
public class MailRelay {

  private static final Logger log = LoggerFactory.getLogger(MailRelay.class);

  private final MailOutbox outbox;
  private final ObjectProvider<JavaMailSender> senders;
  private final MailSettings settings;

  MailRelay(MailOutbox outbox, ObjectProvider<JavaMailSender> senders, MailSettings settings) {
    this.outbox = outbox;
    this.senders = senders;
    this.settings = settings;
  }

  @Scheduled(initialDelayString = "${teia.mail.relay-interval:30s}", fixedDelayString = "${teia.mail.relay-interval:30s}")
  @SchedulerLock(name = "mail-relay", lockAtMostFor = "PT10M")
  void relayOnSchedule() {
    relayDue();
  }

  /** Whether an SMTP server is configured; without one mails stay in the outbox. */
  public boolean smtpConfigured() {
    return senders.getIfAvailable() != null;
  }

  /** Sends what is due now, batch after batch; returns how many mails were sent. */
  public int relayDue() {
    JavaMailSender sender = senders.getIfAvailable();
    if (sender == null) {
      return 0; // no SMTP: the console shows the outbox
    }
    int sent = 0;
    while (true) {
      var batch = outbox.claimDue(settings.batchSize(), settings.claim());
      if (batch.isEmpty()) {
        return sent;
      }
      for (OutboxMail mail : batch) {
        if (send(sender, mail)) {
          sent++;
        }
      }
    }
  }

  private boolean send(JavaMailSender sender, OutboxMail mail) {
    try {
      MimeMessage message = sender.createMimeMessage();
      MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
      helper.setFrom(settings.from());
      helper.setTo(mail.recipient());
      helper.setSubject(mail.subject());
      helper.setText(mail.body(), false);
      sender.send(message);
      outbox.markSent(mail.id());
      return true;
    } catch (MailException | MessagingException e) {
      boolean giveUp = mail.attempts() >= settings.maxAttempts();
      log.warn("Mail {} not sent (attempt {}{}): {}", mail.id(), mail.attempts(), giveUp ? ", giving up" : "",
          e.getMessage());
      outbox.markFailed(mail.id(), String.valueOf(e.getMessage()), settings.backoff(mail.attempts()), giveUp);
      return false;
    }
  }
}
