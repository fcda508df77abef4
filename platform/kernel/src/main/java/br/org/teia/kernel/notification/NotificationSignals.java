package br.org.teia.kernel.notification;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the open screens of a person that their notifications changed. Screens of this node
 * {@link #listen listen}; {@link #signal} reaches them directly, or every node through Redis
 * publish/subscribe when Redis is on ({@link NotificationSignalsConfiguration}).
 */
public abstract class NotificationSignals {

  private static final Logger log = LoggerFactory.getLogger(NotificationSignals.class);

  private final ConcurrentHashMap<UUID, CopyOnWriteArrayList<Consumer<UUID>>> listeners = new ConcurrentHashMap<>();

  /** Calls {@code listener} whenever {@code accountId}'s notifications change, until the returned handle is closed. */
  public AutoCloseable listen(UUID accountId, Consumer<UUID> listener) {
    listeners.computeIfAbsent(accountId, id -> new CopyOnWriteArrayList<>()).add(listener);
    return () -> listeners.computeIfPresent(accountId, (id, list) -> {
      list.remove(listener);
      return list.isEmpty() ? null : list;
    });
  }

  /** Signals these people's screens, on every node. */
  public abstract void signal(Set<UUID> accountIds);

  /** Delivers a signal to this node's screens. */
  protected void deliver(UUID accountId) {
    for (Consumer<UUID> listener : listeners.getOrDefault(accountId, new CopyOnWriteArrayList<>())) {
      try {
        listener.accept(accountId);
      } catch (RuntimeException e) {
        log.debug("A notification listener failed (a closed screen?): {}", e.toString());
      }
    }
  }

  /** This JVM only: no Redis. */
  static class InProcess extends NotificationSignals {
    @Override
    public void signal(Set<UUID> accountIds) {
      accountIds.forEach(this::deliver);
    }
  }
}
