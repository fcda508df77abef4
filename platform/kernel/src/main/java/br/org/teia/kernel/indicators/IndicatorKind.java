package br.org.teia.kernel.indicators;

/** How a figure reads and how it is aggregated and suppressed above one municipality. */
public enum IndicatorKind {
  /** A number of things (units, workers, meetings); summed across municipalities; small counts suppressed. */
  COUNT,
  /** A share: numerator over denominator, both counts; hidden when its denominator is suppressed. */
  RATE,
  /** Yes (1) or no (0) per municipality; across municipalities, a count of those with "yes". */
  FLAG,
  /** A sum of money or a measure (not a count of people or things); summed, never suppressed. */
  AMOUNT
}
