package br.org.teia.console.comparison;

import br.org.teia.kernel.indicators.IndicatorsRolledUp;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Protected comparisons in the kernel's shared cache (Redis when configured, in-process otherwise;
 * ADR 0004): keys are platform-wide ({@code platform:<fingerprint>:...}, the same for every
 * municipality and for association staff) and carry the rollup's fingerprint; every entry is
 * dropped when the rollup moves ({@link IndicatorsRolledUp}). A store that fails is a miss,
 * through the kernel's error handler.
 */
@Component
public class ComparisonCache {

  public static final String NAME = "comparison";

  private final CacheManager caches;
  private final CacheErrorHandler errors;

  ComparisonCache(CacheManager caches, CacheErrorHandler errors) {
    this.caches = caches;
    this.errors = errors;
  }

  @SuppressWarnings("unchecked")
  public <T> T get(String key, Supplier<T> loader) {
    Cache cache = cache();
    String fullKey = "platform:" + key;
    try {
      Cache.ValueWrapper hit = cache.get(fullKey);
      if (hit != null) {
        return (T) hit.get();
      }
    } catch (RuntimeException e) {
      errors.handleCacheGetError(e, cache, fullKey);
    }
    T value = loader.get();
    try {
      cache.put(fullKey, value);
    } catch (RuntimeException e) {
      errors.handleCachePutError(e, cache, fullKey, value);
    }
    return value;
  }

  /** True when the entry is in the store (for tests and the benchmark). */
  public boolean contains(String key) {
    try {
      return cache().get("platform:" + key) != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @EventListener
  void rolledUp(IndicatorsRolledUp event) {
    clear();
  }

  /** Drops every comparison at once (not deferred to a transaction's end: the event comes after commit). */
  public void clear() {
    Cache cache = cache();
    try {
      cache.invalidate();
    } catch (RuntimeException e) {
      errors.handleCacheClearError(e, cache);
    }
  }

  private Cache cache() {
    Cache cache = caches.getCache(NAME);
    if (cache == null) {
      throw new IllegalStateException("no cache " + NAME);
    }
    return cache;
  }
}
