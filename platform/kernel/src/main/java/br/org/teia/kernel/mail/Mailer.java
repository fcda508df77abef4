package br.org.teia.kernel.mail;

import br.org.teia.kernel.security.PlainText;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Sends e-mail for any module: the mail is written to the outbox in the caller's transaction (it
 * leaves only if what caused it is committed) and {@link MailRelay} hands it to SMTP shortly after.
 * Plain-text bodies only.
 */
@Service
public class Mailer {

  private final MailOutbox outbox;

  Mailer(MailOutbox outbox) {
    this.outbox = outbox;
  }

  /**
   * Queues a mail to one address and returns its outbox id.
   *
   * @throws IllegalArgumentException for an address that is not a single valid e-mail address, or
   *     a subject that is empty, too long or has line breaks
   */
  public UUID send(String to, String subject, String body) {
    String recipient = address(to);
    if (subject == null || subject.isBlank() || subject.length() > 250 || subject.contains("\n")
        || subject.contains("\r") || !PlainText.isAllowed(subject)) {
      throw new IllegalArgumentException("invalid mail subject");
    }
    String text = body == null ? "" : body;
    if (!PlainText.isAllowed(text)) {
      throw new IllegalArgumentException("invalid mail body");
    }
    return outbox.add(recipient, subject.strip(), text);
  }

  static String address(String to) {
    try {
      InternetAddress[] parsed = InternetAddress.parse(to == null ? "" : to.strip(), true);
      if (parsed.length != 1) {
        throw new IllegalArgumentException("one recipient expected");
      }
      parsed[0].validate();
      return parsed[0].getAddress();
    } catch (AddressException e) {
      throw new IllegalArgumentException("invalid mail address", e);
    }
  }
}
