package br.org.teia.console.comparison;

import br.org.teia.kernel.indicators.IndicatorKind;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One figure as it may be shown: a hidden figure carries no value at all, so no screen, export or
 * API built from it can leak one. For a rate, {@code value} is the numerator and {@code denominator}
 * the base.
 */
public record Figure(Visibility visibility, BigDecimal value, BigDecimal denominator) implements Serializable {

  public static Figure shown(BigDecimal value, BigDecimal denominator) {
    return new Figure(Visibility.SHOWN, value, denominator);
  }

  public static Figure hidden(Visibility visibility) {
    if (visibility == Visibility.SHOWN) {
      throw new IllegalArgumentException("a hidden figure is primary or complementary");
    }
    return new Figure(visibility, null, null);
  }

  public Figure {
    if (visibility != Visibility.SHOWN && (value != null || denominator != null)) {
      throw new IllegalArgumentException("a hidden figure carries no value");
    }
  }

  public boolean isShown() {
    return visibility == Visibility.SHOWN;
  }

  /**
   * The number a chart or a ranking uses: the value, or for a rate the percentage (two decimals);
   * null when hidden or when a rate has no base.
   */
  public BigDecimal number(IndicatorKind kind) {
    if (!isShown()) {
      return null;
    }
    if (kind != IndicatorKind.RATE) {
      return value.stripTrailingZeros().scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value.stripTrailingZeros();
    }
    if (denominator == null || denominator.signum() == 0) {
      return null;
    }
    return value.multiply(BigDecimal.valueOf(100)).divide(denominator, 2, RoundingMode.HALF_UP);
  }
}
