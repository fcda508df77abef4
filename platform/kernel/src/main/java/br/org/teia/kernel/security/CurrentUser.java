package br.org.teia.kernel.security;

import br.org.teia.kernel.tenancy.TenantId;
import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Who is acting, and in which municipality: the only way code outside this package asks.
 *
 * <p>Reads and writes the security context through this application's own holder strategy (the
 * bean Spring Security's filters use), not the JVM-wide static one: another application context
 * in the same JVM (tests keep several) replaces the static strategy, and a filter reading it would
 * then see nobody signed in.
 */
@Component
public class CurrentUser {

  private final ObjectProvider<SecurityContextHolderStrategy> strategies;
  private volatile SecurityContextHolderStrategy strategy;

  CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategies) {
    this.strategies = strategies;
  }

  public Optional<TeiaAuthentication> authentication() {
    return contexts().getContext().getAuthentication() instanceof TeiaAuthentication auth
        ? Optional.of(auth) : Optional.empty();
  }

  public Optional<TeiaUser> user() {
    return authentication().map(TeiaAuthentication::user);
  }

  public Optional<TenantId> tenant() {
    return authentication().flatMap(TeiaAuthentication::tenant);
  }

  /**
   * Whether the person may do what {@code permission} (a module's {@code XAccess} constant) names,
   * in the municipality acting in: what views ask before offering to write.
   */
  public boolean can(String permission) {
    String authority = Permissions.named(permission).authority();
    return authentication().map(a -> a.getAuthorities().stream()
        .anyMatch(g -> g.getAuthority().equals(authority))).orElse(false);
  }

  /** Whether the person holds {@code role} here; to decide what to offer, ask {@link #can(String)}. */
  public boolean hasRole(Role role) {
    return authentication().map(a -> a.getAuthorities().stream()
        .anyMatch(g -> g.getAuthority().equals(role.authority()))).orElse(false);
  }

  /**
   * Makes {@code authentication} the person's from now on, and answers the new context for the
   * caller to save ({@code SecurityContextRepository.saveContext}): during a Vaadin request the
   * holder answers the context saved in the HTTP session, not the one set on the thread, so a
   * replaced authentication counts only once the repository has saved it.
   */
  SecurityContext become(TeiaAuthentication authentication) {
    SecurityContextHolderStrategy holder = contexts();
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(authentication);
    holder.setContext(context);
    return context;
  }

  /**
   * Acts as {@code authentication} on this thread until the answer is closed, which gives the
   * previous person back. During a Vaadin request the holder prefers the context saved in the HTTP
   * session to the thread's, so the Vaadin session is set aside meanwhile: the work (and method
   * security) then sees the replaced authentication, and the session keeps its person.
   */
  Acting actAs(TeiaAuthentication authentication) {
    SecurityContextHolderStrategy holder = contexts();
    SecurityContext previous = holder.getContext();
    VaadinSession session = VaadinSession.getCurrent();
    if (session != null) {
      VaadinSession.setCurrent(null);
    }
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(authentication);
    holder.setContext(context);
    return new Acting(holder, previous, session);
  }

  /** Acting as someone else on this thread; closing gives the previous person and Vaadin session back. */
  record Acting(SecurityContextHolderStrategy holder, SecurityContext previous, VaadinSession session)
      implements AutoCloseable {
    @Override
    public void close() {
      holder.setContext(previous);
      if (session != null) {
        VaadinSession.setCurrent(session);
      }
    }
  }

  private SecurityContextHolderStrategy contexts() {
    SecurityContextHolderStrategy resolved = strategy;
    if (resolved == null) {
      resolved = strategies.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
      strategy = resolved;
    }
    return resolved;
  }
}
