package br.org.teia.kernel.account;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditActor.Actor;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.mail.Mailer;
import br.org.teia.kernel.security.Account;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.throttle.LoginThrottle;
import br.org.teia.kernel.security.throttle.LoginThrottlePolicy;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * "Esqueci minha senha": a link by e-mail that lets a person set a new password of a local account.
 * <ul>
 *   <li>the answer to a request never tells whether the e-mail has an account (the page always says
 *       the same sentence); only a local, enabled account gets a mail, through the outbox;
 *   <li>the token is 256 random bits, mailed and never stored: {@code platform.password_reset}
 *       keeps its SHA-256; it expires after {@code teia.security.password-reset.validity} (30
 *       minutes), is spent by its first use, and a newer request deletes the older unspent ones;
 *   <li>requests count against the login throttle's buckets (per e-mail: {@code max-failures},
 *       per address: {@code address-max-failures}; over that, no mail and the same answer), and so
 *       do uses of an unknown or spent link (per address).
 * </ul>
 */
@Service
@Validated
public class PasswordResets {

  /** The page of the link, under {@code teia.public-url}. */
  public static final String PATH = "redefinir-senha";

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PasswordResets.class);

  private final JdbcClient jdbc;
  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final Mailer mailer;
  private final MessageSource messages;
  private final AuditLog audit;
  private final LoginThrottle throttle;
  private final LoginThrottlePolicy policy;
  private final Clock clock;
  private final Duration validity;
  private final String publicBase;

  PasswordResets(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder passwords, Mailer mailer,
      MessageSource messages, AuditLog audit, LoginThrottle throttle, LoginThrottlePolicy policy, Clock clock,
      @Value("${teia.security.password-reset.validity:30m}") Duration validity,
      @Value("${teia.public-url:}") String publicUrl) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("teia.security.password-reset.validity > 0: " + validity);
    }
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.passwords = passwords;
    this.mailer = mailer;
    this.messages = messages;
    this.audit = audit;
    this.throttle = throttle;
    this.policy = policy;
    this.clock = clock;
    this.validity = validity;
    this.publicBase = publicUrl.strip().replaceAll("/+$", "");
  }

  /**
   * Mails a reset link to the account of {@code email} if there is a local, enabled one and
   * neither the e-mail nor {@code address} asked too often; answers nothing either way.
   */
  @Transactional
  public void request(String email, String address) {
    String who = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    String userKey = "reset:user:" + who;
    String addressKey = "reset:ip:" + (address == null || address.isBlank() ? "unknown" : address);
    if (who.isEmpty() || throttle.isBlocked(userKey) || throttle.isBlocked(addressKey)) {
      return;
    }
    throttle.recordFailure(userKey, policy.maxFailures());
    throttle.recordFailure(addressKey, policy.addressMaxFailures());
    Optional<Account> found = accounts.findByUsername(who)
        .filter(account -> account.enabled() && (account.passwordHash() != null || invited(account.id())));
    if (found.isEmpty()) {
      return; // unknown, disabled or external-only: the same answer, no mail
    }
    Account account = found.get();
    String token = newToken();
    OffsetDateTime now = now();
    jdbc.sql("DELETE FROM platform.password_reset WHERE account_id = ? AND used_at IS NULL")
        .param(account.id()).update();
    jdbc.sql("INSERT INTO platform.password_reset (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
        .params(hash(token), account.id(), now, now.plus(validity)).update();
    Locale locale = accounts.language(account.id()).locale();
    String link = publicBase + "/" + PATH + "?token=" + token;
    try {
      mailer.send(account.email() == null ? account.username() : account.email(),
          messages.getMessage("account.reset.mail.subject", null, locale),
          messages.getMessage("account.reset.mail.body",
              new Object[] {account.displayName(), link, validity.toMinutes()}, locale));
    } catch (IllegalArgumentException unmailable) {
      // An account whose address cannot take mail: no link, and the page says what it says to anyone.
      log.warn("password reset: account {} has no address a mail can go to", account.id());
      return;
    }
    audit.recordAs(actor(account), AuditAction.PASSWORD_RESET_REQUESTED, "account", account.id().toString(), null);
  }

  /**
   * Whether an account without a password was invited ({@link Invitations}): only an invitation
   * writes a link for such an account, so one that let its link expire may ask for a new one here.
   */
  private boolean invited(UUID accountId) {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM platform.password_reset WHERE account_id = ?)").param(accountId)
        .query(Boolean.class).single();
  }

  /** Whether {@code token} is a link that may still be used (known, unspent, not expired). */
  public boolean usable(String token) {
    return holder(token).isPresent();
  }

  /**
   * Sets the new password of the link's account and spends the link.
   *
   * @throws TeiaException for an unknown, spent or expired link, or an address that tried too many
   * @throws br.org.teia.kernel.DomainRefusal under {@code password} for one outside the {@link PasswordPolicy}
   */
  @Transactional
  public void reset(String token, @Valid NewPassword form, String address) {
    String addressKey = "reset:ip:" + (address == null || address.isBlank() ? "unknown" : address);
    if (throttle.isBlocked(addressKey)) {
      throw new TeiaException("security.login.locked");
    }
    Optional<Account> holder = holder(token);
    if (holder.isEmpty()) {
      throttle.recordFailure(addressKey, policy.maxFailures());
      throw new TeiaException("account.reset.invalid");
    }
    Account account = holder.get();
    PasswordPolicy.check(form.password(), account.email() == null ? account.username() : account.email(), "password");
    // Spent here, once: of two uses at the same moment only one finds it unspent.
    int spent = jdbc.sql("UPDATE platform.password_reset SET used_at = ? WHERE token_hash = ? AND used_at IS NULL "
            + "AND expires_at > ?")
        .params(now(), hash(token), now()).update();
    if (spent != 1) {
      throw new TeiaException("account.reset.invalid");
    }
    accounts.setPasswordHash(account.id(), passwords.encode(form.password()));
    jdbc.sql("DELETE FROM platform.password_reset WHERE account_id = ? AND used_at IS NULL").param(account.id()).update();
    audit.recordAs(actor(account), AuditAction.PASSWORD_RESET, "account", account.id().toString(), null);
  }

  /**
   * The enabled account a usable link belongs to. An account without a password holds one only
   * when {@link Invitations} made it (a request never mails such an account): its first password.
   */
  private Optional<Account> holder(String token) {
    if (token == null || !TOKEN.matcher(token).matches()) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT account_id FROM platform.password_reset WHERE token_hash = ? AND used_at IS NULL "
            + "AND expires_at > ?")
        .params(hash(token), now()).query(UUID.class).optional()
        .flatMap(accounts::findById)
        .filter(Account::enabled);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static Actor actor(Account account) {
    return new Actor(account.id(), account.displayName());
  }

  /** 256 random bits, URL-safe Base64 without padding (43 characters). */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** What is stored of a token: its SHA-256, in hex. */
  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
