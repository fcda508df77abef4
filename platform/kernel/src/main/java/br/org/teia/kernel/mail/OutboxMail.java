package br.org.teia.kernel.mail;

import java.time.Instant;
import java.util.UUID;

/** One mail of the outbox, as the console lists it. */
public record OutboxMail(UUID id, String recipient, String subject, String body, MailStatus status,
    int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {}
