package br.org.teia.kernel.tenancy;

/**
 * A module's own changelog for the platform schema (association data such as courses or
 * publications), declared as a bean in that module so its changesets live in its folder. Applied
 * after the kernel's platform changelog, in {@link #order()} then path order, before any grant.
 * Changeset ids must be unique across the platform (prefix them with the module's name).
 */
public record PlatformChangelog(String path, int order) {

  public PlatformChangelog {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("a platform changelog needs its classpath path");
    }
  }
}
