/** The e-mail outbox in the console: what Teia sent, is sending, or holds back without SMTP. */
package br.org.teia.console.mail;
