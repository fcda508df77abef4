package br.org.teia.kernel.tenancy.internal;

import br.org.teia.kernel.tenancy.NoTenantScopeException;
import br.org.teia.kernel.tenancy.TenantDataWritten;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import java.util.List;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Every Hibernate statement touches tenant data: refuse it loudly outside a tenant scope. A statement
 * that writes is told to the {@link TenantDataWritten} listeners: Hibernate sends every write of every
 * module through here, bulk and native ones included, which no entity listener would see.
 */
public final class RequireTenantScope implements StatementInspector {

  private static final List<String> WRITING_VERBS = List.of("insert", "update", "delete", "merge");

  private final transient List<TenantDataWritten> listeners;

  public RequireTenantScope(List<TenantDataWritten> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public String inspect(String sql) {
    TenantId tenant = TenantScope.current().orElseThrow(NoTenantScopeException::new);
    if (!listeners.isEmpty() && writes(sql)) {
      listeners.forEach(listener -> listener.written(tenant));
    }
    return sql;
  }

  /**
   * Whether {@code sql} changes data: Hibernate's statements, and the modules' native ones, start with
   * the verb (a writing CTE, "with ... insert", would not be seen: none exists).
   */
  static boolean writes(String sql) {
    int start = 0;
    while (start < sql.length() && (Character.isWhitespace(sql.charAt(start)) || sql.charAt(start) == '(')) {
      start++;
    }
    for (String verb : WRITING_VERBS) {
      int end = start + verb.length();
      if (sql.regionMatches(true, start, verb, 0, verb.length())
          && (end == sql.length() || !Character.isLetterOrDigit(sql.charAt(end)) && sql.charAt(end) != '_')) {
        return true;
      }
    }
    return false;
  }
}
