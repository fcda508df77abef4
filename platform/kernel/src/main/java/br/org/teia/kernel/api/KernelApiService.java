package br.org.teia.kernel.api;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Read-only answers about the caller and the catalogue (platform schema, no tenant data). */
@Service
class KernelApiService {

  private final CurrentUser currentUser;
  private final TenantCatalog catalog;

  KernelApiService(CurrentUser currentUser, TenantCatalog catalog) {
    this.currentUser = currentUser;
    this.catalog = catalog;
  }

  AccountOverview me() {
    TeiaUser user = currentUser.user().orElseThrow(() -> new TeiaException("api.unauthenticated"));
    List<MembershipSummary> memberships = user.memberships().entrySet().stream()
        .map(e -> membership(e.getKey(), e.getValue().stream().sorted().toList()))
        .sorted(Comparator.comparing(MembershipSummary::ibgeCode))
        .toList();
    return new AccountOverview(user.accountId(), user.username(), user.displayName(),
        user.associationRoles().stream().sorted().toList(), memberships,
        currentUser.tenant().flatMap(catalog::find).map(TenantSummary::of).orElse(null));
  }

  /** The municipality this request acts in; refused when the access is bound to none. */
  TenantSummary currentTenant() {
    TenantId tenant = currentUser.tenant().orElseThrow(NoTenantException::new);
    return catalog.find(tenant).map(TenantSummary::of).orElseThrow(() -> new TeiaException("tenant.unknown", tenant));
  }

  List<TenantSummary> catalogue() {
    return catalog.findAll().stream().map(TenantSummary::of).toList();
  }

  private MembershipSummary membership(TenantId id, List<Role> roles) {
    Optional<Tenant> tenant = catalog.find(id);
    return new MembershipSummary(id.ibgeCode(), tenant.map(Tenant::name).orElse(null),
        tenant.map(Tenant::uf).orElse(null), tenant.map(Tenant::status).orElse(null), roles);
  }

  /** The request is bound to no municipality (association staff, or an account without memberships). */
  @ResponseStatus(HttpStatus.NOT_FOUND)
  static class NoTenantException extends TeiaException {
    NoTenantException() {
      super("api.tenant.none");
    }
  }
}
