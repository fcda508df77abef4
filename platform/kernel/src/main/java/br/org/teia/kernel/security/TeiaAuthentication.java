package br.org.teia.kernel.security;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The one authentication every entry point ends with (form login, external OIDC, API token): the
 * person plus the municipality they are acting in. Its authorities are the association roles and
 * the roles of the selected municipality only, plus the permissions those roles grant
 * ({@link Permissions}), so {@code @RolesAllowed} means "in this tenant".
 * Switching municipality creates a new authentication.
 */
public final class TeiaAuthentication extends AbstractAuthenticationToken {

  private final TeiaUser user;
  private final TenantId tenant;
  /**
   * Only for a bearer token's authentication, built anew for each request and never kept in a
   * session: whether the municipality acted in was ACTIVE when this request read the account. Null
   * for every other authentication (a session's outlives the status it saw).
   */
  private final transient Boolean tenantActiveThisRequest;

  private TeiaAuthentication(TeiaUser user, TenantId tenant) {
    this(user, tenant, null);
  }

  private TeiaAuthentication(TeiaUser user, TenantId tenant, Boolean tenantActiveThisRequest) {
    super(authorities(user, tenant));
    this.user = user;
    this.tenant = tenant;
    this.tenantActiveThisRequest = tenantActiveThisRequest;
    setAuthenticated(true);
  }

  /**
   * The same person and municipality, for one bearer request whose account read found
   * {@code activeTenants} ACTIVE in the catalogue.
   */
  TeiaAuthentication forThisRequest(java.util.Set<TenantId> activeTenants) {
    return new TeiaAuthentication(user, tenant, tenant != null && activeTenants.contains(tenant));
  }

  /** Built from a bearer token for this request alone (not a sign-in: nothing to audit). */
  public boolean forOneRequest() {
    return tenantActiveThisRequest != null;
  }

  /** Whether this request already saw its municipality ACTIVE in the catalogue (bearer requests only). */
  public boolean tenantSeenActiveThisRequest() {
    return Boolean.TRUE.equals(tenantActiveThisRequest);
  }

  /** Acting in {@code tenant}, which must be one of the person's memberships (or null: none). */
  public static TeiaAuthentication of(TeiaUser user, TenantId tenant) {
    if (tenant != null && !user.isMemberOf(tenant)) {
      throw new TeiaException("security.tenant.not-member", tenant);
    }
    return new TeiaAuthentication(user, tenant);
  }

  /** Starts in the person's first municipality (by code), or none for association-only staff. */
  public static TeiaAuthentication withDefaultTenant(TeiaUser user) {
    TenantId first = user.memberships().keySet().stream().sorted().findFirst().orElse(null);
    return new TeiaAuthentication(user, first);
  }

  /**
   * Starts in the person's first municipality (by code) that {@code enterable} admits (e.g. an
   * active one, not a suspended one), or none when no municipality is admitted.
   */
  public static TeiaAuthentication withDefaultTenant(TeiaUser user, java.util.function.Predicate<TenantId> enterable) {
    TenantId first = user.memberships().keySet().stream().sorted().filter(enterable).findFirst().orElse(null);
    return new TeiaAuthentication(user, first);
  }

  public TeiaAuthentication switchTo(TenantId other) {
    return of(user, other);
  }

  public TeiaUser user() {
    return user;
  }

  public Optional<TenantId> tenant() {
    return Optional.ofNullable(tenant);
  }

  @Override
  public TeiaUser getPrincipal() {
    return user;
  }

  /** Never kept: the password is checked and forgotten. */
  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public String getName() {
    return user.username();
  }

  /**
   * The roles held here (the association's, and the acting municipality's only) and the
   * permissions those roles grant: a permission never comes from another municipality's roles.
   */
  private static List<GrantedAuthority> authorities(TeiaUser user, TenantId tenant) {
    List<GrantedAuthority> granted = new ArrayList<>();
    List<Role> held = Stream.concat(user.associationRoles().stream(),
        tenant == null ? Stream.empty() : user.rolesIn(tenant).stream()).toList();
    held.stream().map(role -> new SimpleGrantedAuthority(role.authority())).forEach(granted::add);
    Permissions.grantedBy(held).stream().map(p -> new SimpleGrantedAuthority(p.authority())).forEach(granted::add);
    return granted;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TeiaAuthentication that && super.equals(that)
        && java.util.Objects.equals(tenant, that.tenant);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + java.util.Objects.hashCode(tenant);
  }
}
