package br.org.teia.kernel.cache;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.serializer.SerializationException;

/**
 * A cache that cannot be reached is a cache miss, never a failed request (ADR 0004): the cached
 * method runs and its result is returned; a failed put or evict is logged and dropped. Only
 * failures of the store are swallowed (Spring's {@link DataAccessException}: connection refused,
 * timeout); a value that cannot be stored at all is a bug and still fails. An entry that cannot be
 * read back (written by an older release) is also treated as a miss, and the put overwrites it.
 *
 * <p>An evict lost while Redis is down leaves the old entry there when it comes back: stale for at
 * most {@code teia.cache.ttl}.
 */
public class MissOnFailureCacheErrorHandler implements CacheErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(MissOnFailureCacheErrorHandler.class);
  private static final long WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

  @Override
  public void handleCacheGetError(RuntimeException e, Cache cache, Object key) {
    if (e instanceof SerializationException) {
      log.warn("cache {}: unreadable entry {} treated as a miss: {}", cache.getName(), key, e.getMessage());
      return;
    }
    degrade(e, "get", cache);
  }

  @Override
  public void handleCachePutError(RuntimeException e, Cache cache, Object key, Object value) {
    degrade(e, "put", cache);
  }

  @Override
  public void handleCacheEvictError(RuntimeException e, Cache cache, Object key) {
    degrade(e, "evict", cache);
  }

  @Override
  public void handleCacheClearError(RuntimeException e, Cache cache) {
    degrade(e, "clear", cache);
  }

  private void degrade(RuntimeException e, String operation, Cache cache) {
    if (!(e instanceof DataAccessException)) {
      throw e;
    }
    // One warning a minute is enough to page someone; the rest would flood the log of every request.
    String cause = NestedExceptionUtils.getMostSpecificCause(e).toString();
    long now = System.nanoTime();
    long last = lastWarning.get();
    if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
      log.warn("cache {} unavailable ({} failed), running without it: {}", cache.getName(), operation, cause);
    } else {
      log.debug("cache {} unavailable ({} failed): {}", cache.getName(), operation, cause);
    }
  }
}
