package br.org.teia.kernel.account;

import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.mail.Mailer;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account made for someone a module invites (an outside training participant), who sets its
 * password through a mailed link. The link is the password reset's ({@link PasswordResets}): 256
 * random bits, only the SHA-256 kept in {@code platform.password_reset}, spent by its first use, on
 * the same page ({@code /redefinir-senha}); it lives {@code teia.security.invitation.validity} (72
 * hours: an invitation waits in a mailbox longer than a reset the person asked for a minute ago).
 * Afterwards "Esqueci minha senha" serves the account like any other. The mail leaves through the
 * outbox, in the caller's transaction: no account, no mail; no mail, no account.
 */
@Service
public class Invitations {

  private final JdbcClient jdbc;
  private final AccountRepository accounts;
  private final TenantCatalog catalog;
  private final Mailer mailer;
  private final MessageSource messages;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration validity;
  private final String publicBase;

  Invitations(JdbcClient jdbc, AccountRepository accounts, TenantCatalog catalog, Mailer mailer, MessageSource messages, AuditLog audit,
      Clock clock, @Value("${teia.security.invitation.validity:72h}") Duration validity,
      @Value("${teia.public-url:}") String publicUrl) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("teia.security.invitation.validity > 0: " + validity);
    }
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.catalog = catalog;
    this.mailer = mailer;
    this.messages = messages;
    this.audit = audit;
    this.clock = clock;
    this.validity = validity;
    this.publicBase = publicUrl.strip().replaceAll("/+$", "");
  }

  /**
   * Creates an account for {@code email} without a password, grants it {@code role} in {@code
   * tenant} and mails the link to set the password: subject {@code subjectKey}, body {@code bodyKey}
   * with {0} the name, {1} the link, {2} the hours it lasts. Answers the new account, or empty when
   * the e-mail already has an account (that person signs in as they do; nothing is granted nor mailed)
   * or {@code tenant} is not an active member (nobody can sign in to it: no account is made).
   *
   * @throws IllegalArgumentException for an address a mail cannot go to (the caller's form checks it first)
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Optional<UUID> invite(String email, String displayName, TenantId tenant, Role role, String subjectKey,
      String bodyKey) {
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (address.isEmpty() || accounts.findByUsername(address).isPresent()
        || !catalog.find(tenant).map(Tenant::isActive).orElse(false)) {
      return Optional.empty();
    }
    UUID account = accounts.createIfAbsent(address, displayName, address, null);
    accounts.grantMembership(account, tenant, role);
    String token = PasswordResets.newToken();
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    jdbc.sql("INSERT INTO platform.password_reset (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
        .params(PasswordResets.hash(token), account, now, now.plus(validity)).update();
    Locale locale = accounts.language(account).locale();
    String link = publicBase + "/" + PasswordResets.PATH + "?token=" + token;
    mailer.send(address, messages.getMessage(subjectKey, null, locale),
        messages.getMessage(bodyKey, new Object[] {displayName, link, validity.toHours()}, locale));
    audit.record(AuditAction.ACCOUNT_INVITED, "account", account.toString(), tenant.ibgeCode() + " " + role.name());
    return Optional.of(account);
  }
}
