package br.org.teia.kernel.security;

import org.springframework.security.authentication.AccountStatusException;

/**
 * Sign-in refused because none of the person's municipalities can be entered (suspended by the
 * association, or not onboarded), and the person has no association role to act without one.
 */
public class TenantUnavailableException extends AccountStatusException {

  public TenantUnavailableException() {
    super("security.login.tenant-suspended");
  }
}
