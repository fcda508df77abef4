package br.org.teia.fund.catalogue;

/** Which sphere a financing block or funding source belongs to. */
public enum Sphere {
  FEDERAL,
  STATE,
  MUNICIPAL,
  OTHER;

  public String labelKey() {
    return "fund.sphere." + name();
  }
}
