package br.org.teia.kernel.mail;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code teia.mail.*}: the sender address, how often the relay looks at the outbox, how many mails
 * it takes per run, and the retry policy (the wait doubles from {@code retryFirst} up to
 * {@code retryMax}; after {@code maxAttempts} failures a mail is FAILED). SMTP itself is Spring
 * Boot's {@code spring.mail.*}: without {@code spring.mail.host} nothing is sent. The site's address
 * in mail links is {@code teia.public-url}, the one setting for it.
 */
@ConfigurationProperties("teia.mail")
public record MailSettings(
    @DefaultValue("Teia <nao-responda@teia.local>") String from,
    @DefaultValue("30s") Duration relayInterval,
    @DefaultValue("50") int batchSize,
    @DefaultValue("1m") Duration retryFirst,
    @DefaultValue("6h") Duration retryMax,
    @DefaultValue("10") int maxAttempts,
    @DefaultValue("5m") Duration claim) {

  /** The wait before the attempt after {@code failures} failed ones: doubled each time, capped. */
  public Duration backoff(int failures) {
    Duration wait = retryFirst;
    for (int i = 1; i < failures && wait.compareTo(retryMax) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(retryMax) > 0 ? retryMax : wait;
  }
}
