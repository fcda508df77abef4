package br.org.teia.console.comparison;

import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.indicators.IndicatorKind;
import br.org.teia.kernel.suas.SizeClass;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Figures and labels as every screen and export writes them: a hidden figure is "&lt; k" (under
 * the threshold) or "protegido" (hidden to protect another), never a number.
 */
@Component
public class FigureText {

  private final Messages messages;

  FigureText(Messages messages) {
    this.messages = messages;
  }

  public String figure(Figure figure, IndicatorKind kind, int k, boolean group, Locale locale) {
    if (figure == null) {
      return messages.get(locale, "console.comparison.no-figure");
    }
    return switch (figure.visibility()) {
      case PRIMARY -> messages.get(locale, "console.comparison.under-k", k);
      case COMPLEMENTARY -> messages.get(locale, "console.comparison.protected");
      case SHOWN -> shown(figure, kind, group, locale);
    };
  }

  /** A number as the screen writes it: "18.500", "23,5" in Portuguese; empty for none. */
  public String number(BigDecimal value, Locale locale) {
    return value == null ? "" : numbers(locale).format(value);
  }

  private static NumberFormat numbers(Locale locale) {
    NumberFormat numbers = NumberFormat.getNumberInstance(locale);
    numbers.setMaximumFractionDigits(2);
    return numbers;
  }

  private String shown(Figure figure, IndicatorKind kind, boolean group, Locale locale) {
    NumberFormat numbers = numbers(locale);
    return switch (kind) {
      case RATE -> {
        BigDecimal percent = figure.number(kind);
        yield percent == null ? messages.get(locale, "console.comparison.no-base")
            : messages.get(locale, "console.comparison.rate", numbers.format(percent),
                numbers.format(figure.value()), numbers.format(figure.denominator()));
      }
      case FLAG -> group ? messages.get(locale, "console.comparison.flag-count", figure.value())
          : messages.get(locale, figure.value().signum() > 0 ? "console.comparison.yes" : "console.comparison.no");
      default -> numbers.format(figure.value());
    };
  }

  /** The indicator's label from its module's bundle, or its code when no module names it. */
  public String indicator(String code, Locale locale) {
    return messages.find(locale, "indicator." + code).orElse(code);
  }

  /** A group's label: the region (with its set), the size class, or the state. */
  public String group(GroupType type, String label, String setName, Locale locale) {
    if (type == null) {
      return label;
    }
    return switch (type) {
      case REGION -> messages.get(locale, "console.comparison.group.region", label, setName);
      case PEER -> messages.get(locale, "console.comparison.group.peer", messages.get(locale, SizeClass.valueOf(label).labelKey()));
      case STATE -> messages.get(locale, "console.comparison.group.state", label);
    };
  }
}
