package br.org.teia.kernel.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} and {@code hasRole(...)}. */
public final class Roles {

  public static final String ASSOCIATION_ADMIN = "ASSOCIATION_ADMIN";
  public static final String ASSOCIATION_STAFF = "ASSOCIATION_STAFF";
  public static final String MUNICIPAL_MANAGER = "MUNICIPAL_MANAGER";
  public static final String MUNICIPAL_STAFF = "MUNICIPAL_STAFF";
  public static final String COUNCIL_SECRETARY = "COUNCIL_SECRETARY";
  public static final String COUNCIL_MEMBER = "COUNCIL_MEMBER";

  private Roles() {}
}
