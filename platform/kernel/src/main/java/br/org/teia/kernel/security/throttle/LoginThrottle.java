package br.org.teia.kernel.security.throttle;

/**
 * Counts failures per key: after {@code maxFailures} failures within
 * {@code teia.security.login.window}, a key is blocked for {@code teia.security.login.lock}.
 * The key is what is being protected, chosen by the caller and normalised by it, e.g.
 * {@code "user:" + username.toLowerCase()} or {@code "ip:" + remoteAddress}; {@link LoginGuard}
 * decides which keys a login attempt counts against.
 *
 * <p>Call {@link #isBlocked} before checking the password (and refuse without checking it), then
 * {@link #recordFailure} or {@link #recordSuccess}. Never throws because a store is down.
 */
public interface LoginThrottle {

  boolean isBlocked(String key);

  /** Counts a failed login; the failure that reaches {@code maxFailures} starts the lock. */
  void recordFailure(String key, int maxFailures);

  /** Forgets the key's failures (and lock). */
  void recordSuccess(String key);
}
