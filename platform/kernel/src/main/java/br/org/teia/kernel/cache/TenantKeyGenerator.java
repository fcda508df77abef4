package br.org.teia.kernel.cache;

import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import java.lang.reflect.Method;
import org.springframework.cache.interceptor.KeyGenerator;

/**
 * The default key generator (bean "tenantKeyGenerator"): the method's arguments, prefixed with the
 * current tenant's schema name, or {@code platform} outside a tenant scope, so two tenants never
 * share an entry. Like Spring's default it leaves the method out, so that
 * {@code @CacheEvict(cacheNames = "x") update(id)} finds what {@code @Cacheable("x") find(id)} put.
 *
 * <p>An explicit {@code key = "#id"} on an annotation bypasses this generator and loses the tenant:
 * write {@code keyGenerator = "tenantKeyGenerator"} with no {@code key}, or leave both out.
 */
public class TenantKeyGenerator implements KeyGenerator {

  public static final String PLATFORM = "platform";

  @Override
  public Object generate(Object target, Method method, Object... params) {
    return new TenantCacheKey(currentScope(), params);
  }

  static String currentScope() {
    return TenantScope.current().map(TenantId::schemaName).orElse(PLATFORM);
  }
}
