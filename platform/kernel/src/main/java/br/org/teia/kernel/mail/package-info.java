/**
 * E-mail for every module: {@link br.org.teia.kernel.mail.Mailer} writes each mail to the outbox
 * table ({@code platform.mail_outbox}) in the caller's transaction; {@link br.org.teia.kernel.mail.MailRelay}
 * sends what is due over SMTP (Spring Mail), retrying with backoff. With no SMTP configured mails
 * wait in the outbox, which the console shows ({@link br.org.teia.kernel.mail.MailOutbox}). ADR 0013.
 */
package br.org.teia.kernel.mail;
