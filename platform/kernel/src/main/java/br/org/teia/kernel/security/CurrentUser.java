package br.org.teia.kernel.security;

import br.org.teia.kernel.tenancy.TenantId;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting, and in which municipality: the only way code outside this package asks. */
@Component
public class CurrentUser {

  public Optional<TeiaAuthentication> authentication() {
    return SecurityContextHolder.getContext().getAuthentication() instanceof TeiaAuthentication auth
        ? Optional.of(auth) : Optional.empty();
  }

  public Optional<TeiaUser> user() {
    return authentication().map(TeiaAuthentication::user);
  }

  public Optional<TenantId> tenant() {
    return authentication().flatMap(TeiaAuthentication::tenant);
  }

  public boolean hasRole(Role role) {
    return authentication().map(a -> a.getAuthorities().stream()
        .anyMatch(g -> g.getAuthority().equals(role.authority()))).orElse(false);
  }
}
