package br.org.teia.console.comparison;

import br.org.teia.console.comparison.ComparisonRepository.Value;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorKind;
import br.org.teia.kernel.indicators.IndicatorRelation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protects a family of indicators (one indicator, or indicators that share counts) once over every
 * group (ADR 0018). Every count of a municipality becomes a <b>contribution</b> from its true value
 * and a key (HMAC of the deployment's secret over town, count and value): shown as itself when the
 * count is at least k (the count moved by at most D), and, under k, shown as "&lt; k" while its
 * contribution can be any value of a window around 0..k-1 whatever the count. Every group total is
 * the sum of its members' contributions, so no edit of a region set or a population, no month and
 * no insider's own count can tell more about a hidden count than that it is under k. A total
 * declared as the sum of other counts is the sum of their contributions; its town's figures are
 * checked together and drawn again under another salt while a hidden part would be narrowed.
 * Flags and amounts are facts, not counts of people: shown as they are.
 */
final class Protection {

  private static final Logger log = LoggerFactory.getLogger(Protection.class);

  /** Salts tried per town and family before giving up (logged; never seen in tests or the benchmark). */
  static final int SALTS = 64;

  private Protection() {}

  /** One indicator without relations. */
  static ProtectedIndicator protect(IndicatorDefinition definition, LocalDate period, Map<String, Value> values,
      Grouping grouping, byte[] secret) {
    return protect(List.of(definition), List.of(), period, Map.of(definition.code(), values), grouping, secret)
        .get(definition.code());
  }

  /**
   * A family: {@code definitions} with the {@code relations} between them and every figure of each
   * (by code, then town).
   */
  static Map<String, ProtectedIndicator> protect(List<IndicatorDefinition> definitions, List<IndicatorRelation> relations,
      LocalDate period, Map<String, Map<String, Value>> values, Grouping grouping, byte[] secret) {
    return new Run(definitions, relations, period, values, grouping, secret).run();
  }

  /** The contribution of count x under a key's bytes h (at least 6). See {@code Run.contributionOf}. */
  static long contribution(long x, int k, int d, byte[] h) {
    return Run.contributionOf(x, k, d, h);
  }

  /** A count whose contribution is drawn from its own key. */
  private record Count(String key, String indicator, int k, int d) {}

  private static final class Run {
    private final Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
    private final LocalDate period;
    private final Grouping grouping;
    private final Mac mac;
    /** Drawn counts (by count key), their true values per town. */
    private final Map<String, Count> counts = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> truth = new HashMap<>();
    /** Totals that are sums: total code -> decompositions. */
    private final Map<String, List<List<String>>> sums = new LinkedHashMap<>();
    /** Rate code -> numerator count key, base count key. */
    private final Map<String, String[]> shares = new HashMap<>();
    private final Map<String, Map<String, Value>> values;
    /** Per count key (drawn and summed), per town: contribution and whether shown. */
    private final Map<String, Map<String, Long>> contribution = new HashMap<>();
    private final Map<String, Map<String, Boolean>> shown = new HashMap<>();

    Run(List<IndicatorDefinition> family, List<IndicatorRelation> relations, LocalDate period,
        Map<String, Map<String, Value>> values, Grouping grouping, byte[] secret) {
      family.forEach(d -> definitions.put(d.code(), d));
      this.period = period;
      this.grouping = grouping;
      this.values = values;
      try {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
      }
      for (IndicatorRelation r : relations) {
        if (r.type() == IndicatorRelation.Type.SUM && definitions.containsKey(r.total())
            && r.parts().stream().allMatch(definitions::containsKey)) {
          sums.computeIfAbsent(r.total(), t -> new ArrayList<>()).add(r.parts());
        }
      }
      for (IndicatorDefinition d : family) {
        if (d.kind() == IndicatorKind.COUNT && !sums.containsKey(d.code())) {
          draw(d.code(), d, v -> v.value());
        } else if (d.kind() == IndicatorKind.RATE) {
          IndicatorRelation share = relations.stream()
              .filter(r -> r.type() == IndicatorRelation.Type.SHARE && r.total().equals(d.code())).findFirst().orElse(null);
          String numerator = share != null && share.numerator() != null && definitions.containsKey(share.numerator())
              ? share.numerator() : null;
          String base = share != null && share.base() != null && definitions.containsKey(share.base()) ? share.base() : null;
          if (numerator == null) {
            numerator = d.code() + "#numerador";
            draw(numerator, d, v -> v.value());
          }
          if (base == null) {
            base = d.code() + "#base";
            draw(base, d, v -> v.denominator() == null ? BigDecimal.ZERO : v.denominator());
          }
          shares.put(d.code(), new String[] {numerator, base});
        }
      }
    }

    private void draw(String key, IndicatorDefinition d, java.util.function.Function<Value, BigDecimal> of) {
      counts.put(key, new Count(key, d.code(), d.minimumCount(), d.perturbation()));
      Map<String, Long> x = new HashMap<>();
      values.getOrDefault(d.code(), Map.of()).forEach((m, v) -> {
        if (grouping.municipalities().containsKey(m)) {
          x.put(m, Math.max(0, of.apply(v).longValue()));
        }
      });
      truth.put(key, x);
    }

    Map<String, ProtectedIndicator> run() {
      TreeSet<String> towns = new TreeSet<>();
      truth.values().forEach(t -> towns.addAll(t.keySet()));
      for (String m : towns) {
        int salt = 0;
        while (true) {
          drawTown(m, salt);
          if (sums.isEmpty() || holds(m)) {
            break;
          }
          if (++salt == SALTS) {
            log.warn("indicators {} ({}): town {} keeps a narrowed hidden count after {} salts", definitions.keySet(),
                period == null ? "current" : period, m, SALTS);
            break;
          }
        }
      }
      Map<String, ProtectedIndicator> result = new LinkedHashMap<>();
      definitions.values().forEach(d -> result.put(d.code(), indicator(d)));
      return result;
    }

    /** Every drawn count of town m under {@code salt}, then the sums. */
    private void drawTown(String m, int salt) {
      for (Count c : counts.values()) {
        Long x = truth.get(c.key()).get(m);
        if (x == null) {
          continue;
        }
        byte[] h = mac.doFinal((m + "|" + c.key() + "|" + x + "|" + salt).getBytes(StandardCharsets.UTF_8));
        contribution.computeIfAbsent(c.key(), z -> new HashMap<>()).put(m, contributionOf(x, c.k(), c.d(), h));
        shown.computeIfAbsent(c.key(), z -> new HashMap<>()).put(m, x >= c.k());
      }
      sums.forEach((total, decompositions) -> {
        List<String> first = decompositions.getFirst();
        if (first.stream().anyMatch(p -> contribution.getOrDefault(p, Map.of()).containsKey(m))) {
          long sum = 0;
          boolean any = false;
          for (List<String> parts : decompositions) {
            for (String p : parts) {
              any |= shown.getOrDefault(p, Map.of()).getOrDefault(m, false);
            }
          }
          for (String p : first) {
            sum += contribution.getOrDefault(p, Map.of()).getOrDefault(m, 0L);
          }
          contribution.computeIfAbsent(total, z -> new HashMap<>()).put(m, sum);
          shown.computeIfAbsent(total, z -> new HashMap<>()).put(m, any);
        }
      });
    }

    /**
     * The contribution of a count x: at least k, x moved by -D..D (kept at k or more); under k, a
     * value of the window -w..k-1+w (w = max(D, ceil((k-1)/2))) that every x of 0..k-1 can give:
     * half the keys x moved by -D..D, a quarter any value of the window, a quarter the point that
     * keeps the mean at x.
     */
    private static long contributionOf(long x, int k, int d, byte[] h) {
      long move = Math.floorMod(h[0] & 0xff | (h[1] & 0xff) << 8, 2 * d + 1) - d;
      if (x >= k) {
        return Math.max(k, x + move);
      }
      long w = Math.max(d, k / 2); // ceil((k-1)/2)
      long low = -w;
      long size = k + 2 * w;
      return switch (h[2] & 3) {
        case 0, 1 -> x + move;
        case 2 -> low + Math.floorMod(h[3] & 0xff | (h[4] & 0xff) << 8, size);
        default -> {
          // 2x - (k-1)/2; half-way between two integers when k-1 is odd: one or the other, evenly
          long twice = 4 * x - (k - 1);
          yield Math.floorDiv(twice, 2) + ((twice & 1) != 0 && (h[5] & 1) != 0 ? 1 : 0);
        }
      };
    }

    /**
     * Whether the town's published figures leave every hidden part of every sum all of 0..k-1: each
     * count lies in its range (c-D..c+D and at least k when shown; 0..k-1 when under k; a summed
     * total: at least k when shown), the total in every decomposition's range of sums.
     */
    private boolean holds(String m) {
      for (Map.Entry<String, List<List<String>>> e : sums.entrySet()) {
        Boolean totalShown = shown.getOrDefault(e.getKey(), Map.of()).get(m);
        if (totalShown == null) {
          continue;
        }
        long low = totalShown ? definitions.get(e.getKey()).minimumCount() : 0;
        long high = Long.MAX_VALUE / 4;
        for (List<String> parts : e.getValue()) {
          long[] s = sumRange(parts, m, null);
          low = Math.max(low, s[0]);
          high = Math.min(high, s[1]);
        }
        for (List<String> parts : e.getValue()) {
          for (String p : parts) {
            if (shown.getOrDefault(p, Map.of()).getOrDefault(m, true)) {
              continue;
            }
            long[] others = sumRange(parts, m, p);
            int k = counts.get(p).k();
            if (low - others[1] > 0 || high - others[0] < k - 1) {
              return false;
            }
          }
        }
      }
      return true;
    }

    private long[] sumRange(List<String> parts, String m, String except) {
      long low = 0;
      long high = 0;
      for (String p : parts) {
        if (p.equals(except) || !contribution.getOrDefault(p, Map.of()).containsKey(m)) {
          continue;
        }
        Count c = counts.get(p);
        if (shown.get(p).get(m)) {
          long v = contribution.get(p).get(m);
          low += Math.max(c.k(), v - c.d());
          high += v + c.d();
        } else {
          high += c.k() - 1;
        }
      }
      return new long[] {low, high};
    }

    private ProtectedIndicator indicator(IndicatorDefinition d) {
      Map<String, Figure> towns = new HashMap<>();
      Map<String, Figure> groups = new HashMap<>();
      int k = d.minimumCount();
      int rounding = d.rounding();
      Map<String, Value> raw = values.getOrDefault(d.code(), Map.of());
      switch (d.kind()) {
        case COUNT -> {
          Map<String, Long> c = contribution.getOrDefault(d.code(), Map.of());
          Map<String, Boolean> s = shown.getOrDefault(d.code(), Map.of());
          c.forEach((m, v) -> towns.put(m, s.get(m)
              ? Figure.shown(BigDecimal.valueOf(Math.max(k, round(v, rounding))), null)
              : Figure.hidden(sums.containsKey(d.code()) ? Visibility.COMPLEMENTARY : Visibility.PRIMARY)));
          for (ComparisonGroup g : grouping.groups()) {
            long sum = 0;
            int members = 0;
            boolean anyShown = false;
            for (String m : g.members()) {
              if (c.containsKey(m)) {
                sum += c.get(m);
                members++;
                anyShown |= s.get(m);
              }
            }
            groups.put(g.id(), g.type() != GroupType.STATE && !anyShown && members < k
                ? Figure.hidden(Visibility.COMPLEMENTARY)
                : Figure.shown(BigDecimal.valueOf(Math.max(0, round(sum, rounding))), null));
          }
        }
        case RATE -> {
          String[] keys = shares.get(d.code());
          Map<String, Long> num = contribution.getOrDefault(keys[0], Map.of());
          Map<String, Long> base = contribution.getOrDefault(keys[1], Map.of());
          Map<String, Boolean> numShown = shown.getOrDefault(keys[0], Map.of());
          Map<String, Boolean> baseShown = shown.getOrDefault(keys[1], Map.of());
          raw.keySet().stream().filter(grouping.municipalities()::containsKey).forEach(m -> {
            if (!base.containsKey(m) || !num.containsKey(m)) {
              towns.put(m, Figure.hidden(Visibility.COMPLEMENTARY));
            } else if (numShown.get(m) && baseShown.get(m)) {
              long b = round(base.get(m), rounding);
              towns.put(m, Figure.shown(BigDecimal.valueOf(Math.min(b, round(num.get(m), rounding))), BigDecimal.valueOf(b)));
            } else {
              // "< k" only when the base is a count of its own under k (a summed total hidden is not said to be)
              towns.put(m, Figure.hidden(baseShown.get(m) || sums.containsKey(keys[1])
                  ? Visibility.COMPLEMENTARY : Visibility.PRIMARY));
            }
          });
          for (ComparisonGroup g : grouping.groups()) {
            long n = 0;
            long b = 0;
            int members = 0;
            boolean anyShown = false;
            for (String m : g.members()) {
              if (towns.containsKey(m) && base.containsKey(m) && num.containsKey(m)) {
                n += num.get(m);
                b += base.get(m);
                members++;
                anyShown |= towns.get(m).isShown();
              }
            }
            long bb = Math.max(0, round(b, rounding));
            groups.put(g.id(), g.type() != GroupType.STATE && !anyShown && members < k
                ? Figure.hidden(Visibility.COMPLEMENTARY)
                : Figure.shown(BigDecimal.valueOf(Math.max(0, Math.min(bb, round(n, rounding)))), BigDecimal.valueOf(bb)));
          }
        }
        default -> {
          raw.forEach((m, v) -> {
            if (grouping.municipalities().containsKey(m)) {
              towns.put(m, Figure.shown(v.value(), v.denominator()));
            }
          });
          for (ComparisonGroup g : grouping.groups()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (String m : g.members()) {
              Value v = raw.get(m);
              if (v != null) {
                sum = sum.add(v.value());
              }
            }
            groups.put(g.id(), Figure.shown(sum, null));
          }
        }
      }
      return new ProtectedIndicator(d.code(), d.kind(), k, d.perturbation(), rounding, period, towns, groups, false);
    }

    private static long round(long v, int base) {
      return base <= 1 ? v : Math.floorDiv(v + base / 2, base) * base;
    }
  }
}
