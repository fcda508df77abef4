package br.org.teia.kernel.security;

import br.org.teia.kernel.i18n.Language;
import br.org.teia.kernel.tenancy.TenantId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts, association roles and memberships in the platform schema (schema-qualified SQL). */
@Repository
public class AccountRepository {

  private static final String COLUMNS = "id, username, display_name, email, password_hash, enabled";

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc, br.org.teia.kernel.tenancy.PlatformSchema platformSchema) {
    this.jdbc = jdbc;
  }

  /** The account of a user name; none for a name no account can have (a control character in it). */
  public Optional<Account> findByUsername(String username) {
    if (!PlainText.isAllowed(normalise(username))) {
      return Optional.empty(); // PostgreSQL would refuse a NUL; a login must just fail like a wrong one
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.account WHERE username = ?")
        .param(normalise(username)).query(Account.class).optional();
  }

  /** The enabled accounts holding any of these roles in a municipality (e.g. to notify its council). */
  public java.util.List<UUID> enabledMembers(TenantId tenant, Set<Role> roles) {
    if (roles.isEmpty()) {
      return java.util.List.of();
    }
    return jdbc.sql("SELECT DISTINCT a.id FROM platform.account a JOIN platform.membership m ON m.account_id = a.id"
            + " WHERE a.enabled AND m.ibge_code = ? AND m.role = ANY(?)")
        .params(tenant.ibgeCode(), roles.stream().map(Role::name).toArray(String[]::new))
        .query(UUID.class).list();
  }

  public Optional<Account> findById(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.account WHERE id = ?")
        .param(id).query(Account.class).optional();
  }

  /**
   * An account with this e-mail not yet linked to any external identity: neither issuer nor
   * subject stored (a half-written link, an issuer without subject, still counts as linked).
   */
  public Optional<Account> findUnlinkedByEmail(String email) {
    var found = jdbc.sql("SELECT " + COLUMNS + " FROM platform.account WHERE lower(email) = ? "
            + "AND oidc_issuer IS NULL AND oidc_subject IS NULL")
        .param(normalise(email)).query(Account.class).list();
    // Two accounts sharing the e-mail: link neither, an ambiguous identity is refused.
    return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
  }

  /** The language the person chose for the interface; Portuguese for an unknown account. */
  public Language language(UUID accountId) {
    return Language.of(jdbc.sql("SELECT language FROM platform.account WHERE id = ?")
        .param(accountId).query(String.class).optional().orElse(null));
  }

  public void setLanguage(UUID accountId, Language language) {
    jdbc.sql("UPDATE platform.account SET language = ? WHERE id = ?").params(language.tag(), accountId).update();
  }

  public void setDisplayName(UUID accountId, String displayName) {
    jdbc.sql("UPDATE platform.account SET display_name = ? WHERE id = ?").params(displayName, accountId).update();
  }

  /** Replaces the password's hash (never the password itself). */
  public void setPasswordHash(UUID accountId, String passwordHash) {
    jdbc.sql("UPDATE platform.account SET password_hash = ? WHERE id = ?").params(passwordHash, accountId).update();
  }

  /** Creates the account if its username is new; returns the id either way (idempotent seeding). */
  public UUID createIfAbsent(String username, String displayName, String email, String passwordHash) {
    jdbc.sql("""
            INSERT INTO platform.account (username, display_name, email, password_hash)
            VALUES (?, ?, ?, ?) ON CONFLICT (username) DO NOTHING""")
        .params(normalise(username), displayName, email, passwordHash).update();
    return findByUsername(username).orElseThrow().id();
  }

  /**
   * Links the account to an external identity, once (ADR 0005): an account that already carries
   * any part of a link is left as it is. Returns whether the link was written.
   */
  public boolean linkOidc(UUID accountId, String issuer, String subject) {
    if (issuer == null || issuer.isBlank() || subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("an external identity needs an issuer and a subject");
    }
    return jdbc.sql("UPDATE platform.account SET oidc_issuer = ?, oidc_subject = ? "
            + "WHERE id = ? AND oidc_issuer IS NULL AND oidc_subject IS NULL")
        .params(issuer, subject, accountId).update() == 1;
  }

  public void grantAssociationRole(UUID accountId, Role role) {
    requireScope(role, Role.Scope.ASSOCIATION);
    jdbc.sql("INSERT INTO platform.account_role (account_id, role) VALUES (?, ?) ON CONFLICT DO NOTHING")
        .params(accountId, role.name()).update();
  }

  public void grantMembership(UUID accountId, TenantId tenant, Role role) {
    requireScope(role, Role.Scope.TENANT);
    jdbc.sql("INSERT INTO platform.membership (account_id, ibge_code, role) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
        .params(accountId, tenant.ibgeCode(), role.name()).update();
  }

  /** The principal for an account: its association roles and, per active-or-not tenant, its roles. */
  public TeiaUser loadUser(Account account) {
    return jdbc.sql("SELECT " + PRINCIPAL + " FROM platform.account a WHERE a.id = ?").param(account.id())
        .query((rs, n) -> principal(account, rs)).optional()
        .orElseGet(() -> new TeiaUser(account.id(), account.username(), account.displayName(), Set.of(), Map.of()));
  }

  /**
   * The account linked to this external identity with its principal, read in one statement: a bearer
   * request asks this on every call, so the account, its association roles and its memberships come
   * in one round trip rather than three. Always read, never cached: disabling an account or removing
   * a membership holds from the next request.
   */
  public Optional<Linked> findLinkedUser(String issuer, String subject) {
    return jdbc.sql("SELECT " + COLUMNS + ", " + PRINCIPAL + ", " + ACTIVE_TENANTS
            + " FROM platform.account a WHERE a.oidc_issuer = ? AND a.oidc_subject = ?")
        .params(issuer, subject)
        .query((rs, n) -> {
          Account account = new Account(rs.getObject("id", UUID.class), rs.getString("username"),
              rs.getString("display_name"), rs.getString("email"), rs.getString("password_hash"),
              rs.getBoolean("enabled"));
          Set<TenantId> active = new java.util.HashSet<>();
          for (Object code : (Object[]) rs.getArray("active_tenants").getArray()) {
            active.add(TenantId.of((String) code));
          }
          return new Linked(account, principal(account, rs), Set.copyOf(active));
        })
        .optional();
  }

  /**
   * An account, its principal, and which of its municipalities were ACTIVE in the catalogue when the
   * account was read ({@link #findLinkedUser}): a bearer request needs no second read to enter one.
   */
  public record Linked(Account account, TeiaUser user, Set<TenantId> activeTenants) {}

  /** The association roles and the memberships ({@code ibge_code:ROLE}) of account {@code a}, as arrays. */
  private static final String PRINCIPAL =
      "ARRAY(SELECT r.role FROM platform.account_role r WHERE r.account_id = a.id) AS association_roles, "
      + "ARRAY(SELECT m.ibge_code || ':' || m.role FROM platform.membership m WHERE m.account_id = a.id) AS memberships";

  /** The account's municipalities that are ACTIVE in the catalogue (bearer requests, {@link #findLinkedUser}). */
  private static final String ACTIVE_TENANTS =
      "ARRAY(SELECT DISTINCT t.ibge_code FROM platform.membership m JOIN platform.tenant t ON t.ibge_code = m.ibge_code"
      + " WHERE m.account_id = a.id AND t.status = 'ACTIVE') AS active_tenants";

  private static TeiaUser principal(Account account, java.sql.ResultSet rs) throws java.sql.SQLException {
    Set<Role> associationRoles = EnumSet.noneOf(Role.class);
    for (Object role : (Object[]) rs.getArray("association_roles").getArray()) {
      associationRoles.add(Role.valueOf((String) role));
    }
    Map<TenantId, Set<Role>> memberships = new HashMap<>();
    for (Object entry : (Object[]) rs.getArray("memberships").getArray()) {
      String[] parts = ((String) entry).split(":", 2);
      memberships.computeIfAbsent(TenantId.of(parts[0]), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(parts[1]));
    }
    return new TeiaUser(account.id(), account.username(), account.displayName(), associationRoles, memberships);
  }

  private static void requireScope(Role role, Role.Scope scope) {
    if (role.scope() != scope) {
      throw new IllegalArgumentException(role + " is not a role of scope " + scope);
    }
  }

  static String normalise(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
