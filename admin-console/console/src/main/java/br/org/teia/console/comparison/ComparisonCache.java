package br.org.teia.console.comparison;

import br.org.teia.kernel.indicators.IndicatorsRolledUp;
import java.util.function.Supplier;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.Caching;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Protected comparisons in the kernel's shared cache (Redis when configured, in-process otherwise;
 * ADR 0004), through Spring's {@code @Cacheable}/{@code @CacheEvict}: a store that fails is a miss
 * (the kernel's error handler). Keys carry their scope like every cache key of the kernel, here
 * always {@code platform} ({@code platform:<fingerprint>:...}): a comparison is the same for every
 * municipality and for association staff, so the tenant of the caller must not split it. Every
 * entry is dropped when the rollup moves ({@link IndicatorsRolledUp}), at once and not at the end of
 * a transaction ({@code beforeInvocation} makes Spring invalidate, not clear after commit): the
 * event comes after the rollup's commit. The groups (the catalogue, the region sets and the
 * populations, 5,570 towns' worth) live in a cache of their own that a rollup move leaves alone:
 * their key is a digest of exactly what they are built from, so a changed group is another key.
 */
@Component
public class ComparisonCache {

  public static final String NAME = "comparison";
  public static final String GROUPS = "comparison-groups";

  private final CacheManager caches;

  ComparisonCache(CacheManager caches) {
    this.caches = caches;
  }

  /** What {@code loader} gives, computed once per key while the rollup stays where it is. */
  @Cacheable(cacheNames = NAME, key = "'platform:' + #key")
  public <T> T get(String key, Supplier<T> loader) {
    return loader.get();
  }

  /** As {@link #get}, for what depends on the groups only (keyed by their digest): kept when the rollup moves. */
  @Cacheable(cacheNames = GROUPS, key = "'platform:' + #key")
  public <T> T groups(String key, Supplier<T> loader) {
    return loader.get();
  }

  /** True when the entry is in the store (for tests and the benchmark). */
  public boolean contains(String key) {
    return contains(NAME, key);
  }

  /** True when the groups' entry is in the store (for tests). */
  boolean containsGroups(String key) {
    return contains(GROUPS, key);
  }

  private boolean contains(String name, String key) {
    try {
      Cache cache = caches.getCache(name);
      return cache != null && cache.get("platform:" + key) != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @EventListener
  @CacheEvict(cacheNames = NAME, allEntries = true, beforeInvocation = true)
  public void rolledUp(IndicatorsRolledUp event) {
    // the annotation drops every comparison
  }

  /** Drops every comparison and the groups at once (the benchmark measures cold answers with it). */
  @Caching(evict = {
      @CacheEvict(cacheNames = NAME, allEntries = true, beforeInvocation = true),
      @CacheEvict(cacheNames = GROUPS, allEntries = true, beforeInvocation = true)})
  public void clear() {
    // the annotations drop every comparison and the groups
  }
}
