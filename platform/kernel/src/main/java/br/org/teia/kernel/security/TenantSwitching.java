package br.org.teia.kernel.security;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;

/** The municipalities a person may act in, and switching between them. */
@Service
public class TenantSwitching {

  /** A municipality the person belongs to, for the switcher. */
  public record TenantChoice(TenantId id, String name, String uf, boolean active) {
    public String label() {
      return name + " (" + uf + ")";
    }
  }

  private final CurrentUser currentUser;
  private final TenantCatalog catalog;
  private final SecurityContextRepository contexts;

  TenantSwitching(CurrentUser currentUser, TenantCatalog catalog, SecurityContextRepository contexts) {
    this.currentUser = currentUser;
    this.catalog = catalog;
    this.contexts = contexts;
  }

  public List<TenantChoice> choices() {
    return currentUser.user().map(user -> user.memberships().keySet().stream()
            .map(id -> catalog.find(id)
                .map((Tenant t) -> new TenantChoice(id, t.name(), t.uf(), t.isActive()))
                .orElse(new TenantChoice(id, id.ibgeCode(), "?", false)))
            .sorted(Comparator.comparing(TenantChoice::name))
            .toList())
        .orElse(List.of());
  }

  /** Replaces the session's authentication by one acting in {@code tenant}; next requests use it. */
  public void switchTo(TenantId tenant, HttpServletRequest request, HttpServletResponse response) {
    TeiaAuthentication current = currentUser.authentication()
        .orElseThrow(() -> new TeiaException("security.tenant.not-member", tenant));
    TeiaAuthentication next = current.switchTo(tenant);
    contexts.saveContext(currentUser.become(next), request, response);
  }
}
