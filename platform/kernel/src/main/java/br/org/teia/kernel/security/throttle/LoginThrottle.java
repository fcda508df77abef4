package br.org.teia.kernel.security.throttle;

/** Counts failed logins per key (username, client address) and blocks a key after too many. */
public interface LoginThrottle {

  boolean isBlocked(String key);

  void recordFailure(String key);

  void recordSuccess(String key);
}
