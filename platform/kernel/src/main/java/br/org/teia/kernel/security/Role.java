package br.org.teia.kernel.security;

/**
 * What a person may do. Association roles hold whatever municipality is selected; municipal and
 * council roles hold only inside the municipality where the membership was granted.
 */
public enum Role {
  ASSOCIATION_ADMIN(Scope.ASSOCIATION),
  ASSOCIATION_STAFF(Scope.ASSOCIATION),
  /** Gestor(a) municipal de assistência social. */
  MUNICIPAL_MANAGER(Scope.TENANT),
  /** Técnico(a) da secretaria. */
  MUNICIPAL_STAFF(Scope.TENANT),
  COUNCIL_SECRETARY(Scope.TENANT),
  COUNCIL_MEMBER(Scope.TENANT),
  /**
   * Someone from outside the municipality's staff and councils (a community leader) whom the
   * association invited to its training on behalf of the municipality: their own training and
   * account, nothing of the municipality's records.
   */
  OUTSIDE_PARTICIPANT(Scope.TENANT);

  public enum Scope { ASSOCIATION, TENANT }

  private final Scope scope;

  Role(Scope scope) {
    this.scope = scope;
  }

  public Scope scope() {
    return scope;
  }

  /** The Spring authority. {@code @RolesAllowed} names permissions ({@link Permission}), not roles. */
  public String authority() {
    return "ROLE_" + name();
  }
}
