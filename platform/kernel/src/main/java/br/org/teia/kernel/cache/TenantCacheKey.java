package br.org.teia.kernel.cache;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A cache key that carries its tenant: {@code mun_3106200:42}, {@code platform:MG,2026}. Equal
 * when scope and arguments are equal (Caffeine compares keys); Redis stores {@link #toString()},
 * so arguments of cached methods need a value-like {@code toString} (ids, strings, records).
 */
public final class TenantCacheKey {

  private final String scope;
  private final Object[] params;
  private final int hash;

  TenantCacheKey(String scope, Object... params) {
    this.scope = scope;
    this.params = params.clone();
    this.hash = 31 * scope.hashCode() + Arrays.deepHashCode(this.params);
  }

  public String scope() {
    return scope;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TenantCacheKey key && scope.equals(key.scope)
        && Arrays.deepEquals(params, key.params);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return scope + ":" + Arrays.stream(params)
        .map(TenantCacheKey::render)
        .collect(Collectors.joining(","));
  }

  private static String render(Object param) {
    if (param != null && param.getClass().isArray()) { // int[], String[]...: by content
      String wrapped = Arrays.deepToString(new Object[] {param});
      return wrapped.substring(1, wrapped.length() - 1);
    }
    return String.valueOf(param);
  }
}
