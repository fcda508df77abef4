package br.org.teia.council.resolution;

/** A resolution is drafted, then published; once published it never changes. */
public enum ResolutionStatus {
  DRAFT,
  PUBLISHED;

  public String labelKey() {
    return "council.resolution-status." + name();
  }
}
