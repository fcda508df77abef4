/**
 * A person's own account: "Minha conta" ({@link br.org.teia.kernel.account.MyAccount}: name,
 * language, password) and "Esqueci minha senha" ({@link br.org.teia.kernel.account.PasswordResets}:
 * a single-use, short-lived link by e-mail through the kernel's mail outbox). Both follow one
 * {@link br.org.teia.kernel.account.PasswordPolicy} and are audited. The pages are in
 * {@code kernel.ui.account}.
 */
package br.org.teia.kernel.account;
