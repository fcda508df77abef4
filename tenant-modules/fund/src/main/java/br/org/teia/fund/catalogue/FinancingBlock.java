package br.org.teia.fund.catalogue;

/**
 * A financing block in force in a year (e.g. "PSB", Proteção Social Básica, Portaria MDS nº 113/2015):
 * a resource received for a block is spent within that block only. {@code lastYear} is null while
 * the block is still in force.
 */
public record FinancingBlock(String code, int firstYear, Integer lastYear, String name, Sphere sphere,
    String legalBasis) {

  /** True when the block is in force in {@code year}. */
  public boolean inForce(int year) {
    return firstYear <= year && (lastYear == null || year <= lastYear);
  }
}
