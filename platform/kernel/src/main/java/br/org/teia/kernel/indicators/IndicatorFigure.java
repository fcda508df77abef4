package br.org.teia.kernel.indicators;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One municipality's value of an indicator. For a {@link IndicatorKind#RATE} the value is the
 * numerator and {@code denominator} the base (both counts), so that rates of a group are the sum of
 * numerators over the sum of denominators, never an average of averages.
 */
public record IndicatorFigure(String code, BigDecimal value, BigDecimal denominator) {

  public IndicatorFigure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0 || (denominator != null && denominator.signum() < 0)) {
      throw new IllegalArgumentException("indicator figures are never negative: " + code);
    }
  }

  public static IndicatorFigure count(String code, long count) {
    return new IndicatorFigure(code, BigDecimal.valueOf(count), null);
  }

  public static IndicatorFigure rate(String code, long numerator, long denominator) {
    if (numerator > denominator) {
      throw new IllegalArgumentException("a share cannot exceed its base: " + code);
    }
    return new IndicatorFigure(code, BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  public static IndicatorFigure flag(String code, boolean yes) {
    return new IndicatorFigure(code, yes ? BigDecimal.ONE : BigDecimal.ZERO, null);
  }

  public static IndicatorFigure amount(String code, BigDecimal amount) {
    return new IndicatorFigure(code, amount, null);
  }
}
