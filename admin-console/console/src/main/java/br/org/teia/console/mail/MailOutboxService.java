package br.org.teia.console.mail;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.audit.PersonalDataRead;
import br.org.teia.kernel.mail.MailOutbox;
import br.org.teia.kernel.mail.MailStatus;
import br.org.teia.kernel.mail.OutboxMail;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The e-mail outbox for the association's admin. Mails carry people's addresses and messages:
 * opening one (its text) is audited as a personal-data read ({@code platform.mail_outbox}, the mail's id).
 */
@Service
@RolesAllowed(ConsoleAccess.MAIL_OUTBOX)
public class MailOutboxService {

  static final String AUDIT_ENTITY = "platform.mail_outbox";

  private final MailOutbox outbox;
  private final AuditLog audit;

  MailOutboxService(MailOutbox outbox, AuditLog audit) {
    this.outbox = outbox;
    this.audit = audit;
  }

  /** The newest mails first, of one status or of all ({@code null}), without their texts ({@link #open}). */
  public List<OutboxMail> recent(MailStatus status, int limit) {
    return outbox.recent(status, limit).stream()
        .map(m -> new OutboxMail(m.id(), m.recipient(), m.subject(), null, m.status(), m.attempts(), m.nextAttemptAt(),
            m.lastError(), m.createdAt(), m.sentAt()))
        .toList();
  }

  /** One mail with its text; the read is audited. */
  @PersonalDataRead(AUDIT_ENTITY)
  public OutboxMail open(UUID id) {
    OutboxMail mail = outbox.find(id).orElseThrow(() -> new NotFoundException("console.mail.not-found"));
    audit.record(AuditAction.PERSONAL_DATA_READ, AUDIT_ENTITY, id.toString(), "mail");
    return mail;
  }
}
