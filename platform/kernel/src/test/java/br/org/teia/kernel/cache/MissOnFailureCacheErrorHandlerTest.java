package br.org.teia.kernel.cache;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.serializer.SerializationException;

class MissOnFailureCacheErrorHandlerTest {

  final MissOnFailureCacheErrorHandler handler = new MissOnFailureCacheErrorHandler();
  final ConcurrentMapCache cache = new ConcurrentMapCache("names");

  @Test
  void a_store_that_fails_is_a_miss_for_every_operation() {
    var down = new QueryTimeoutException("Redis timed out");
    handler.handleCacheGetError(down, cache, "k");
    handler.handleCachePutError(down, cache, "k", "v");
    handler.handleCacheEvictError(down, cache, "k");
    handler.handleCacheClearError(down, cache);
  }

  @Test
  void an_entry_that_cannot_be_read_back_is_a_miss() {
    handler.handleCacheGetError(new SerializationException("class changed"), cache, "k");
  }

  @Test
  void a_value_that_cannot_be_stored_is_a_bug_and_still_fails() {
    var notSerializable = new SerializationException("not serializable");
    assertThatThrownBy(() -> handler.handleCachePutError(notSerializable, cache, "k", "v"))
        .isInstanceOf(SerializationException.class);
    assertThatThrownBy(() -> handler.handleCacheGetError(new IllegalArgumentException("bad key"), cache, "k"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
