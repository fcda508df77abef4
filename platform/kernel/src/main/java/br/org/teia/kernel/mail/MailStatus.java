package br.org.teia.kernel.mail;

/** Where a mail of the outbox stands. */
public enum MailStatus {
  /** Waiting to be sent (or to be tried again), or kept because no SMTP server is configured. */
  PENDING,
  SENT,
  /** Given up after {@link MailSettings#maxAttempts()} failures; the last error is kept. */
  FAILED;

  /** The message key of its label. */
  public String labelKey() {
    return "mail.status." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
