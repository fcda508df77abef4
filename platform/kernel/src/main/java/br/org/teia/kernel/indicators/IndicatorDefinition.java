package br.org.teia.kernel.indicators;

import java.util.regex.Pattern;

/**
 * One indicator a module publishes. Its label is the message {@code indicator.<code>} of the
 * module's bundle.
 *
 * @param code          stable dotted id, prefixed by the module: {@code structure.units.cras}
 * @param kind          how it aggregates and how it is suppressed
 * @param minimumCount  the k of disclosure control: counts under it are shown as "&lt; k"
 * @param perturbation  the most a shown count is moved by (ADR 0018)
 * @param rounding      the base shown counts and totals are rounded to (1: none)
 */
public record IndicatorDefinition(String code, IndicatorKind kind, int minimumCount, int perturbation, int rounding) {

  /** The association's default k. */
  public static final int DEFAULT_MINIMUM_COUNT = Sensitivity.STANDARD.minimumCount();

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)+");

  public IndicatorDefinition {
    if (code == null || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("indicator code must be dotted lower case: " + code);
    }
    if (minimumCount < 1) {
      throw new IllegalArgumentException("minimumCount must be at least 1: " + code);
    }
    if (perturbation < 0 || rounding < 1) {
      throw new IllegalArgumentException("perturbation >= 0 and rounding >= 1: " + code);
    }
  }

  /** With the standard perturbation and rounding. */
  public IndicatorDefinition(String code, IndicatorKind kind, int minimumCount) {
    this(code, kind, minimumCount, Sensitivity.STANDARD.perturbation(), Sensitivity.STANDARD.rounding());
  }

  /** The same indicator protected as {@code sensitivity} says (sensitive blocks: {@link Sensitivity#SENSITIVE}). */
  public IndicatorDefinition with(Sensitivity sensitivity) {
    return new IndicatorDefinition(code, kind, sensitivity.minimumCount(), sensitivity.perturbation(),
        sensitivity.rounding());
  }

  /** k as configured, with the declared perturbation and rounding. */
  public IndicatorDefinition withMinimumCount(int k) {
    return new IndicatorDefinition(code, kind, k, perturbation, rounding);
  }

  public Sensitivity sensitivity() {
    return new Sensitivity(minimumCount, perturbation, rounding);
  }

  public static IndicatorDefinition count(String code) {
    return new IndicatorDefinition(code, IndicatorKind.COUNT, DEFAULT_MINIMUM_COUNT);
  }

  public static IndicatorDefinition rate(String code) {
    return new IndicatorDefinition(code, IndicatorKind.RATE, DEFAULT_MINIMUM_COUNT);
  }

  public static IndicatorDefinition flag(String code) {
    return new IndicatorDefinition(code, IndicatorKind.FLAG, DEFAULT_MINIMUM_COUNT);
  }

  public static IndicatorDefinition amount(String code) {
    return new IndicatorDefinition(code, IndicatorKind.AMOUNT, DEFAULT_MINIMUM_COUNT);
  }

  /** The module is the code's first segment. */
  public String module() {
    return code.substring(0, code.indexOf('.'));
  }
}
