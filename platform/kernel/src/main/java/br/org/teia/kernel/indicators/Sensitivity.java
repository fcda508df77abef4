package br.org.teia.kernel.indicators;

/**
 * How strongly an indicator's counts are protected in comparisons (ADR 0018).
 *
 * @param minimumCount  k: a count under it is shown as "&lt; k" (the association may raise it)
 * @param perturbation  D: a shown count is the true one moved by at most D
 * @param rounding      the base every shown count and total is rounded to (1: none)
 */
public record Sensitivity(int minimumCount, int perturbation, int rounding) {

  /** Counts of units, workers, meetings. */
  public static final Sensitivity STANDARD = new Sensitivity(5, 2, 1);

  /** Counts of people in vulnerable situations (violence by sex × age, benefits granted). */
  public static final Sensitivity SENSITIVE = new Sensitivity(11, 3, 5);

  public Sensitivity {
    if (minimumCount < 1 || perturbation < 0 || rounding < 1) {
      throw new IllegalArgumentException("k >= 1, perturbation >= 0, rounding >= 1");
    }
  }
}
