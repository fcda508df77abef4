package br.org.teia.kernel.audit;

import java.util.UUID;

/**
 * Tells the audit log who is acting on the current thread. The security package provides the
 * real one (from the authenticated principal); until then, and wherever nobody is logged in
 * (jobs, start-up, onboarding from the command line), {@link #SYSTEM} answers.
 */
@FunctionalInterface
public interface AuditActor {

  /** Nobody logged in: the platform itself. */
  AuditActor SYSTEM = () -> Actor.SYSTEM;

  Actor current();

  /** An account (null for the platform itself) and the name shown in the log. */
  record Actor(UUID accountId, String displayName) {

    public static final Actor SYSTEM = new Actor(null, "system");

    public Actor {
      if (displayName == null || displayName.isBlank()) {
        throw new IllegalArgumentException("an audit actor needs a display name");
      }
    }
  }
}
