package br.org.teia.kernel.indicators;

import java.util.List;
import java.util.Objects;

/**
 * Indicators that share counts, declared next to them so that comparisons protect them together
 * (ADR 0018).
 *
 * @param total  a count that equals the sum of {@code parts} in every municipality (SUM), or a rate
 *               whose numerator and base are the counts {@code parts[0]} and {@code parts[1]} (SHARE;
 *               either may be null when it is no indicator of its own)
 */
public record IndicatorRelation(Type type, String total, List<String> parts) {

  public enum Type { SUM, SHARE }

  public IndicatorRelation {
    Objects.requireNonNull(total, "total");
    parts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parts));
    if (type == Type.SUM && (parts.size() < 2 || parts.contains(null))) {
      throw new IllegalArgumentException("a sum has at least two parts: " + total);
    }
    if (type == Type.SHARE && parts.size() != 2) {
      throw new IllegalArgumentException("a share has a numerator and a base: " + total);
    }
  }

  /** {@code total} = the sum of {@code parts} in every municipality. */
  public static IndicatorRelation sum(String total, List<String> parts) {
    return new IndicatorRelation(Type.SUM, total, parts);
  }

  /** The rate {@code rate} is the count {@code numerator} over the count {@code base} (either may be null). */
  public static IndicatorRelation share(String rate, String numerator, String base) {
    return new IndicatorRelation(Type.SHARE, rate, java.util.Arrays.asList(numerator, base));
  }

  public String numerator() {
    return type == Type.SHARE ? parts.get(0) : null;
  }

  public String base() {
    return type == Type.SHARE ? parts.get(1) : null;
  }
}
