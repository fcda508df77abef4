package br.org.teia.kernel.security;

import java.util.UUID;

/** A row of platform.account. The password hash is null for accounts that only sign in via OIDC. */
public record Account(UUID id, String username, String displayName, String email, String passwordHash,
    boolean enabled) {}
