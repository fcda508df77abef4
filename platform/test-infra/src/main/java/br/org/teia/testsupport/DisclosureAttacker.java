package br.org.teia.testsupport;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An outsider trying to recover hidden counts from what an indicator shows (ADR 0008). Written apart
 * from the kernel's {@code Disclosure} on purpose: tests of the protection use this to prove that
 * nothing hidden can be derived, so it must not share its reasoning.
 *
 * <p>Every shown group total gives one equation: the sum of the group's hidden members equals the
 * total minus its shown members. The attacker knows each hidden cell is a whole number at least 0;
 * one labelled "&lt; k" is at most k-1, any other hidden cell (hidden to protect another) at least k.
 * It then repeats, until nothing new is learned:
 * <ol>
 *   <li><b>exact</b>: Gauss-Jordan elimination over the rationals (whole numbers, fraction-free,
 *       no rounding) of every equation plus the cells already recovered; a reduced row with a single
 *       unknown gives that unknown's value;
 *   <li><b>bounds</b>: each cell's interval is narrowed through every equation, every reduced row and
 *       the difference of every two equations whose unknowns are nested, until no interval moves; a
 *       cell whose lowest and highest possible values meet is recovered.
 * </ol>
 */
public final class DisclosureAttacker {

  /** What an outsider sees for one indicator: the shown municipality values, the shown group totals,
   *  each group's members (public knowledge), which hidden cells are labelled "&lt; k" (primary, so in
   *  [0, k-1]) and k. Every member of a group not in {@code cells} is hidden. */
  public record Shown(Map<String, Long> cells, Map<String, Long> groupTotals,
      Map<String, Set<String>> groupMembers, Set<String> labelledUnderK, int k) {}

  /** Stop narrowing after this many row visits per unknown (only ever makes the attack weaker). */
  private static final int VISITS_PER_UNKNOWN = 2_000;

  private DisclosureAttacker() {}

  /** Hidden municipalities whose exact value follows from what is shown, with that value; empty when safe. */
  public static Map<String, Long> recover(Shown shown) {
    List<String> unknowns = unknowns(shown);
    int n = unknowns.size();
    if (n == 0) {
      return Map.of();
    }
    Map<String, Integer> column = new HashMap<>();
    for (int i = 0; i < n; i++) {
      column.put(unknowns.get(i), i);
    }
    List<Row> equations = equations(shown, column, n);
    BigInteger[] low = new BigInteger[n];
    BigInteger[] high = new BigInteger[n]; // null: no upper bound
    for (int i = 0; i < n; i++) {
      boolean underK = shown.labelledUnderK().contains(unknowns.get(i));
      low[i] = underK ? BigInteger.ZERO : BigInteger.valueOf(shown.k());
      high[i] = underK ? BigInteger.valueOf(shown.k() - 1L) : null;
    }
    List<Row> nested = nestedDifferences(equations);
    Map<Integer, BigInteger> known = new TreeMap<>();
    boolean learned = true;
    while (learned) {
      learned = false;
      List<Row> system = new ArrayList<>(equations);
      known.forEach((i, v) -> system.add(Row.unit(i, v)));
      List<Row> reduced = reducedEchelon(system, n);
      for (Row r : reduced) {
        if (r.size() == 1) {
          BigInteger[] qr = r.rhs.divideAndRemainder(r.coef[0]);
          if (qr[1].signum() == 0 && !known.containsKey(r.idx[0])) {
            known.put(r.idx[0], qr[0]);
            learned = true;
          }
        }
      }
      known.forEach((i, v) -> {
        low[i] = low[i].max(v);
        high[i] = high[i] == null ? v : high[i].min(v);
      });
      List<Row> all = new ArrayList<>(equations);
      all.addAll(nested);
      all.addAll(reduced);
      narrow(all, n, low, high);
      for (int i = 0; i < n; i++) {
        if (high[i] != null && low[i].equals(high[i]) && !known.containsKey(i)) {
          known.put(i, low[i]);
          learned = true;
        }
      }
    }
    Map<String, Long> recovered = new LinkedHashMap<>();
    known.forEach((i, v) -> recovered.put(unknowns.get(i), v.longValueExact()));
    return recovered;
  }

  /** Every hidden municipality: a group member or a labelled cell without a shown value, sorted. */
  private static List<String> unknowns(Shown shown) {
    Set<String> hidden = new TreeSet<>();
    shown.groupMembers().values().forEach(hidden::addAll);
    hidden.addAll(shown.labelledUnderK());
    hidden.removeAll(shown.cells().keySet());
    return List.copyOf(hidden);
  }

  private static List<Row> equations(Shown shown, Map<String, Integer> column, int n) {
    List<Row> rows = new ArrayList<>();
    for (String id : new TreeSet<>(shown.groupTotals().keySet())) {
      Set<String> members = shown.groupMembers().get(id);
      if (members == null) {
        continue;
      }
      BigInteger rhs = BigInteger.valueOf(shown.groupTotals().get(id));
      BigInteger[] dense = zeros(n);
      boolean any = false;
      for (String m : members) {
        Long value = shown.cells().get(m);
        if (value != null) {
          rhs = rhs.subtract(BigInteger.valueOf(value));
        } else {
          dense[column.get(m)] = BigInteger.ONE;
          any = true;
        }
      }
      if (any) {
        rows.add(Row.of(dense, rhs));
      }
    }
    return rows;
  }

  /** a - b for every two equations where b's unknowns are a strict part of a's. */
  private static List<Row> nestedDifferences(List<Row> equations) {
    List<Row> out = new ArrayList<>();
    for (Row a : equations) {
      Set<Integer> inA = new java.util.HashSet<>();
      for (int i : a.idx) {
        inA.add(i);
      }
      for (Row b : equations) {
        if (a == b || b.size() >= a.size()) {
          continue;
        }
        boolean inside = true;
        for (int i : b.idx) {
          inside &= inA.contains(i);
        }
        if (inside) {
          Map<Integer, BigInteger> diff = new TreeMap<>();
          for (int j = 0; j < a.size(); j++) {
            diff.put(a.idx[j], a.coef[j]);
          }
          for (int j = 0; j < b.size(); j++) {
            diff.merge(b.idx[j], b.coef[j].negate(), BigInteger::add);
          }
          diff.values().removeIf(v -> v.signum() == 0);
          out.add(Row.of(diff, a.rhs.subtract(b.rhs)));
        }
      }
    }
    return out;
  }

  /** Fraction-free Gauss-Jordan: each row kept as whole numbers divided by their gcd. */
  private static List<Row> reducedEchelon(List<Row> rows, int n) {
    List<BigInteger[]> m = new ArrayList<>();
    for (Row r : rows) {
      BigInteger[] dense = zeros(n + 1);
      for (int j = 0; j < r.size(); j++) {
        dense[r.idx[j]] = r.coef[j];
      }
      dense[n] = r.rhs;
      m.add(dense);
    }
    int rank = 0;
    for (int col = 0; col < n && rank < m.size(); col++) {
      int pivot = -1;
      for (int r = rank; r < m.size(); r++) {
        if (m.get(r)[col].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      java.util.Collections.swap(m, rank, pivot);
      BigInteger[] p = m.get(rank);
      for (int r = 0; r < m.size(); r++) {
        BigInteger[] row = m.get(r);
        if (r == rank || row[col].signum() == 0) {
          continue;
        }
        BigInteger factor = row[col];
        BigInteger pv = p[col];
        for (int c = 0; c <= n; c++) {
          if (p[c].signum() != 0 || row[c].signum() != 0) {
            row[c] = row[c].multiply(pv).subtract(p[c].multiply(factor));
          }
        }
        primitive(row);
      }
      rank++;
    }
    List<Row> out = new ArrayList<>();
    for (BigInteger[] dense : m.subList(0, rank)) {
      out.add(Row.of(Arrays.copyOf(dense, n), dense[n]));
    }
    return out;
  }

  private static void primitive(BigInteger[] row) {
    BigInteger gcd = BigInteger.ZERO;
    for (BigInteger v : row) {
      gcd = gcd.gcd(v);
    }
    if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
      for (int c = 0; c < row.length; c++) {
        row[c] = row[c].divide(gcd);
      }
    }
  }

  /** Interval propagation until no bound moves (worklist of rows touching a moved unknown). */
  private static void narrow(List<Row> rows, int n, BigInteger[] low, BigInteger[] high) {
    List<List<Integer>> rowsOf = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rowsOf.add(new ArrayList<>());
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int i : rows.get(r).idx) {
        rowsOf.get(i).add(r);
      }
    }
    Deque<Integer> queue = new ArrayDeque<>();
    boolean[] queued = new boolean[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      queue.add(r);
      queued[r] = true;
    }
    long budget = (long) VISITS_PER_UNKNOWN * (n + rows.size());
    while (!queue.isEmpty() && budget-- > 0) {
      int r = queue.poll();
      queued[r] = false;
      for (int moved : narrowOne(rows.get(r), low, high)) {
        for (int other : rowsOf.get(moved)) {
          if (!queued[other]) {
            queued[other] = true;
            queue.add(other);
          }
        }
      }
    }
  }

  /** Narrows the unknowns of one row {@code sum c_j x_j = b}; returns the unknowns whose bounds moved. */
  private static List<Integer> narrowOne(Row row, BigInteger[] low, BigInteger[] high) {
    int s = row.size();
    // min and max of the whole left side; infinite parts counted apart
    BigInteger minSum = BigInteger.ZERO;
    BigInteger maxSum = BigInteger.ZERO;
    int minInfinite = 0;
    int maxInfinite = 0;
    BigInteger[] minPart = new BigInteger[s];
    BigInteger[] maxPart = new BigInteger[s];
    for (int j = 0; j < s; j++) {
      int i = row.idx[j];
      BigInteger c = row.coef[j];
      BigInteger atLow = c.multiply(low[i]);
      BigInteger atHigh = high[i] == null ? null : c.multiply(high[i]);
      minPart[j] = c.signum() > 0 ? atLow : atHigh;
      maxPart[j] = c.signum() > 0 ? atHigh : atLow;
      if (minPart[j] == null) {
        minInfinite++;
      } else {
        minSum = minSum.add(minPart[j]);
      }
      if (maxPart[j] == null) {
        maxInfinite++;
      } else {
        maxSum = maxSum.add(maxPart[j]);
      }
    }
    List<Integer> moved = new ArrayList<>(0);
    for (int j = 0; j < s; j++) {
      int i = row.idx[j];
      BigInteger c = row.coef[j];
      // rest = sum of the other terms, within [restMin, restMax]; c x = b - rest
      BigInteger restMin = minPart[j] == null
          ? (minInfinite == 1 ? minSum : null)
          : (minInfinite == 0 ? minSum.subtract(minPart[j]) : null);
      BigInteger restMax = maxPart[j] == null
          ? (maxInfinite == 1 ? maxSum : null)
          : (maxInfinite == 0 ? maxSum.subtract(maxPart[j]) : null);
      BigInteger productLow = restMax == null ? null : row.rhs.subtract(restMax);
      BigInteger productHigh = restMin == null ? null : row.rhs.subtract(restMin);
      BigInteger newLow;
      BigInteger newHigh;
      if (c.signum() > 0) {
        newLow = productLow == null ? null : ceilDiv(productLow, c);
        newHigh = productHigh == null ? null : floorDiv(productHigh, c);
      } else {
        newLow = productHigh == null ? null : ceilDiv(productHigh, c);
        newHigh = productLow == null ? null : floorDiv(productLow, c);
      }
      boolean changed = false;
      if (newLow != null && newLow.compareTo(low[i]) > 0) {
        low[i] = newLow;
        changed = true;
      }
      if (newHigh != null && (high[i] == null || newHigh.compareTo(high[i]) < 0)) {
        high[i] = newHigh;
        changed = true;
      }
      if (changed) {
        moved.add(i);
      }
    }
    return moved;
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  private static BigInteger ceilDiv(BigInteger a, BigInteger b) {
    return floorDiv(a.negate(), b).negate();
  }

  private static BigInteger[] zeros(int n) {
    BigInteger[] row = new BigInteger[n];
    Arrays.fill(row, BigInteger.ZERO);
    return row;
  }

  /** A sparse equation {@code sum coef[j] * x[idx[j]] = rhs}. */
  private record Row(int[] idx, BigInteger[] coef, BigInteger rhs) {
    int size() {
      return idx.length;
    }

    static Row unit(int i, BigInteger value) {
      return new Row(new int[] {i}, new BigInteger[] {BigInteger.ONE}, value);
    }

    static Row of(BigInteger[] dense, BigInteger rhs) {
      Map<Integer, BigInteger> sparse = new TreeMap<>();
      for (int i = 0; i < dense.length; i++) {
        if (dense[i].signum() != 0) {
          sparse.put(i, dense[i]);
        }
      }
      return of(sparse, rhs);
    }

    static Row of(Map<Integer, BigInteger> sparse, BigInteger rhs) {
      int[] idx = new int[sparse.size()];
      BigInteger[] coef = new BigInteger[sparse.size()];
      int j = 0;
      for (Map.Entry<Integer, BigInteger> e : sparse.entrySet()) {
        idx[j] = e.getKey();
        coef[j++] = e.getValue();
      }
      return new Row(idx, coef, rhs);
    }
  }
}
