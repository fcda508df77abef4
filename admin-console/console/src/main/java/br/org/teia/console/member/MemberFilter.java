package br.org.teia.console.member;

import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantStatus;

/**
 * What the catalogue is narrowed to: a text found in the name (accents and case ignored) or the
 * start of the IBGE code, the tenant status, the size class, and the contribution status of
 * {@code year}. Null means "any".
 */
public record MemberFilter(String search, TenantStatus status, SizeClass sizeClass, ContributionStatus contribution,
    int year) {

  public MemberFilter {
    search = search == null ? "" : search.strip();
  }

  public static MemberFilter all(int year) {
    return new MemberFilter("", null, null, null, year);
  }
}
