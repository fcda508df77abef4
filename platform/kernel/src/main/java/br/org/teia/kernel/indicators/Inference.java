package br.org.teia.kernel.indicators;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * What an outsider can work out about hidden cells, for {@link Disclosure}'s own check (ADR 0008).
 * The unknowns are the hidden cells; each constraint says {@code lo <= sum coef*x <= hi} (an
 * equation when lo == hi: a shown group total less its shown members). An unknown is recovered when:
 * <ul>
 *   <li>a row of the reduced echelon form of the equations (exact, over the rationals, kept in whole
 *       numbers) has it alone; or
 *   <li>its interval, narrowed through every constraint, every reduced row and the difference of every
 *       two equations whose unknowns are nested, closes on one value.
 * </ul>
 */
final class Inference {

  static final long NO_BOUND = Long.MAX_VALUE;

  /** {@code lo <= sum coef[j] * x[idx[j]] <= hi}; {@code hi == NO_BOUND}: no upper limit. */
  record Row(int[] idx, long[] coef, long lo, long hi) {
    static Row equation(int[] idx, long rhs) {
      long[] ones = new long[idx.length];
      java.util.Arrays.fill(ones, 1L);
      return new Row(idx, ones, rhs, rhs);
    }
  }

  /** Row visits allowed per unknown and row while narrowing; stopping early only weakens the check. */
  private static final int VISITS = 2_000;

  /** Probing (see probe) only for systems of at most this many hidden cells: it costs one narrowing per value. */
  private static final int PROBE_LIMIT = 40;
  private static final int PROBE_VALUES = 12;
  private static final int PROBE_PASSES = 3;
  private static final int PROBE_VISITS = 50;

  private Inference() {}

  /**
   * Unknowns whose value follows from the constraints and the starting intervals {@code [low, high]}
   * ({@code high == NO_BOUND}: none). The arrays are not changed.
   */
  static BitSet recovered(int n, List<Row> equations, List<Row> inequalities, long[] low, long[] high) {
    BitSet out = new BitSet(n);
    if (n == 0) {
      return out;
    }
    List<Row> reduced = reducedEchelon(equations, n);
    for (Row r : reduced) {
      if (r.idx().length == 1) {
        out.set(r.idx()[0]);
      }
    }
    List<Row> all = new ArrayList<>(equations);
    all.addAll(inequalities);
    all.addAll(nestedDifferences(equations, n));
    all.addAll(reduced);
    long[] lo = low.clone();
    long[] hi = high.clone();
    narrow(all, n, lo, hi);
    if (n <= PROBE_LIMIT) {
      probe(all, n, lo, hi);
    }
    for (int i = 0; i < n; i++) {
      if (hi[i] != NO_BOUND && lo[i] >= hi[i]) {
        out.set(i);
      }
    }
    return out;
  }

  // --- exact: Gauss-Jordan ------------------------------------------------------------------------

  /** Reduced echelon rows (whole numbers, each divided by its gcd); in longs, in BigInteger on overflow. */
  static List<Row> reducedEchelon(List<Row> equations, int n) {
    try {
      return reducedInLongs(equations, n);
    } catch (ArithmeticException overflow) {
      return reducedInBigIntegers(equations, n);
    }
  }

  private static List<Row> reducedInLongs(List<Row> equations, int n) {
    List<long[]> m = new ArrayList<>(equations.size());
    for (Row r : equations) {
      long[] dense = dense(r, n + 1);
      dense[n] = r.lo();
      m.add(dense);
    }
    int rank = reduce(m, n, true);
    List<Row> out = new ArrayList<>(rank);
    for (long[] dense : m.subList(0, rank)) {
      out.add(sparse(dense, n));
    }
    return out;
  }

  /**
   * Gauss-Jordan over the first {@code n} columns of {@code rows}, in place and in whole numbers
   * ({@link #eliminate}); answers the rank: the first that many rows are the reduced ones.
   * {@code positivePivots}: a pivot row whose pivot is negative is negated first.
   */
  private static int reduce(List<long[]> rows, int n, boolean positivePivots) {
    int[] nonZero = new int[rows.isEmpty() ? 0 : rows.getFirst().length];
    int rank = 0;
    for (int col = 0; col < n && rank < rows.size(); col++) {
      int count = pivot(rows, rank, col, positivePivots, nonZero);
      if (count < 0) {
        continue;
      }
      long[] p = rows.get(rank);
      for (int r = 0; r < rows.size(); r++) {
        long[] row = rows.get(r);
        long factor = row[col];
        if (r != rank && factor != 0) {
          eliminate(row, p, p[col], factor, nonZero, count);
        }
      }
      rank++;
    }
    return rank;
  }

  /**
   * Moves the first row from {@code rank} on that is not zero in {@code col} to {@code rank} (negated
   * when {@code positive} asks and its entry there is negative) and lists the columns where it is not
   * zero in {@code nonZero}; answers how many, or -1 when every row is zero in {@code col}.
   */
  private static int pivot(List<long[]> rows, int rank, int col, boolean positive, int[] nonZero) {
    int found = -1;
    for (int r = rank; r < rows.size(); r++) {
      if (rows.get(r)[col] != 0) {
        found = r;
        break;
      }
    }
    if (found < 0) {
      return -1;
    }
    java.util.Collections.swap(rows, rank, found);
    long[] p = rows.get(rank);
    if (positive && p[col] < 0) {
      for (int c = 0; c < p.length; c++) {
        p[c] = Math.negateExact(p[c]);
      }
    }
    int count = 0;
    for (int c = 0; c < p.length; c++) {
      if (p[c] != 0) {
        nonZero[count++] = c;
      }
    }
    return count;
  }

  /** {@code row}'s coefficients in a dense row of {@code width} columns, the others 0. */
  private static long[] dense(Row row, int width) {
    long[] dense = new long[width];
    for (int j = 0; j < row.idx().length; j++) {
      dense[row.idx()[j]] = row.coef()[j];
    }
    return dense;
  }

  /**
   * The equations as dense rows of {@code width} columns: the coefficients of the {@code n} unknowns,
   * then a 1 in column {@code n + r} for equation r, so that elimination keeps which equations, with
   * which multipliers, each row is made of.
   */
  private static List<long[]> withOrigins(List<Row> equations, int n, int width) {
    List<long[]> rows = new ArrayList<>(equations.size());
    for (int r = 0; r < equations.size(); r++) {
      long[] dense = dense(equations.get(r), width);
      dense[n + r] = 1;
      rows.add(dense);
    }
    return rows;
  }

  /** row := row * pv - p * factor (p's non-zero columns listed in nonZero), divided by its gcd. */
  private static void eliminate(long[] row, long[] p, long pv, long factor, int[] nonZero, int count) {
    if (pv == 1) {
      for (int j = 0; j < count; j++) {
        int c = nonZero[j];
        row[c] = Math.subtractExact(row[c], Math.multiplyExact(p[c], factor));
      }
      return;
    }
    for (int c = 0; c < row.length; c++) {
      if (row[c] != 0) {
        row[c] = Math.multiplyExact(row[c], pv);
      }
    }
    for (int j = 0; j < count; j++) {
      int c = nonZero[j];
      row[c] = Math.subtractExact(row[c], Math.multiplyExact(p[c], factor));
    }
    divideByGcd(row);
  }

  private static void divideByGcd(long[] row) {
    long g = 0;
    for (long v : row) {
      if (v != 0) {
        g = gcd(g, Math.abs(v));
        if (g == 1) {
          return;
        }
      }
    }
    if (g > 1) {
      for (int c = 0; c < row.length; c++) {
        row[c] /= g;
      }
    }
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private static Row sparse(long[] dense, int n) {
    int count = 0;
    for (int c = 0; c < n; c++) {
      if (dense[c] != 0) {
        count++;
      }
    }
    int[] idx = new int[count];
    long[] coef = new long[count];
    int j = 0;
    for (int c = 0; c < n; c++) {
      if (dense[c] != 0) {
        idx[j] = c;
        coef[j++] = dense[c];
      }
    }
    return new Row(idx, coef, dense[n], dense[n]);
  }

  /** The same elimination in BigInteger; rows whose numbers do not fit a long are left out. */
  private static List<Row> reducedInBigIntegers(List<Row> equations, int n) {
    List<BigInteger[]> m = new ArrayList<>();
    for (Row r : equations) {
      BigInteger[] dense = new BigInteger[n + 1];
      java.util.Arrays.fill(dense, BigInteger.ZERO);
      for (int j = 0; j < r.idx().length; j++) {
        dense[r.idx()[j]] = BigInteger.valueOf(r.coef()[j]);
      }
      dense[n] = BigInteger.valueOf(r.lo());
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
        BigInteger g = BigInteger.ZERO;
        for (int c = 0; c <= n; c++) {
          row[c] = row[c].multiply(pv).subtract(p[c].multiply(factor));
          g = g.gcd(row[c]);
        }
        if (g.signum() != 0 && !g.equals(BigInteger.ONE)) {
          for (int c = 0; c <= n; c++) {
            row[c] = row[c].divide(g);
          }
        }
      }
      rank++;
    }
    List<Row> out = new ArrayList<>();
    for (BigInteger[] dense : m.subList(0, rank)) {
      int count = 0;
      for (int c = 0; c < n; c++) {
        count += dense[c].signum() != 0 ? 1 : 0;
      }
      int[] idx = new int[count];
      long[] coef = new long[count];
      boolean fits = dense[n].bitLength() < 63;
      int j = 0;
      for (int c = 0; c < n; c++) {
        if (dense[c].signum() != 0) {
          fits &= dense[c].bitLength() < 63;
          idx[j] = c;
          coef[j++] = fits ? dense[c].longValue() : 0;
        }
      }
      if (count == 1 && !fits) {
        // a lone unknown is recovered whatever the size of its numbers; "x >= 0" keeps the bounds true
        out.add(new Row(idx, new long[] {1}, 0, NO_BOUND));
      } else if (fits) {
        out.add(new Row(idx, coef, dense[n].longValue(), dense[n].longValue()));
      }
    }
    return out;
  }

  /**
   * Why each determined unknown is determined: multipliers, one per equation, whose combination of
   * the equations is that unknown alone (one such combination; others may exist). Unknowns not
   * determined are absent; all are when the numbers outgrow a long. A shown total with a multiplier
   * of 0 plays no part in that derivation.
   */
  static java.util.Map<Integer, long[]> certificates(List<Row> equations, int n) {
    int width = n + equations.size(); // the unknowns, then which equations each row is made of
    List<long[]> rows = withOrigins(equations, n, width);
    java.util.Map<Integer, long[]> out = new java.util.TreeMap<>();
    try {
      int rank = reduce(rows, n, false);
      for (long[] row : rows.subList(0, rank)) {
        int alone = -1;
        for (int c = 0; c < n; c++) {
          if (row[c] != 0) {
            if (alone >= 0) {
              alone = -2;
              break;
            }
            alone = c;
          }
        }
        if (alone >= 0) {
          out.put(alone, java.util.Arrays.copyOfRange(row, n, width));
        }
      }
    } catch (ArithmeticException overflow) {
      out.clear();
    }
    return out;
  }

  /**
   * Whether the sum of the unknowns {@code target} follows from the equations by elimination: the
   * multipliers of one combination of the equations that gives it, or null when none does (or the
   * numbers outgrow a long).
   */
  static long[] derivation(List<Row> equations, int n, int[] target) {
    int m = equations.size();
    int width = n + m + 1; // the unknowns, which equations a row is made of, then the target's share
    List<long[]> rows = withOrigins(equations, n, width);
    long[] goal = new long[width];
    for (int i : target) {
      goal[i] = 1;
    }
    goal[n + m] = 1;
    int[] nonZero = new int[width];
    try {
      int rank = 0;
      for (int col = 0; col < n && rank < m; col++) {
        int count = pivot(rows, rank, col, false, nonZero);
        if (count < 0) {
          continue;
        }
        long[] p = rows.get(rank);
        long pv = p[col];
        for (int r = rank + 1; r <= m; r++) {
          long[] row = r == m ? goal : rows.get(r);
          long factor = row[col];
          if (factor == 0) {
            continue;
          }
          eliminate(row, p, pv, factor, nonZero, count);
        }
        rank++;
      }
      for (int c = 0; c < n; c++) {
        if (goal[c] != 0) {
          return null;
        }
      }
      return java.util.Arrays.copyOfRange(goal, n, n + m);
    } catch (ArithmeticException overflow) {
      return null;
    }
  }

  /** Whether elimination alone gives unknown {@code target}. */
  static boolean determined(List<Row> equations, int n, int target) {
    for (Row r : reducedEchelon(equations, n)) {
      if (r.idx().length == 1 && r.idx()[0] == target) {
        return true;
      }
    }
    return false;
  }

  // --- bounds ---------------------------------------------------------------------------------

  /**
   * a - b for every two equations where b's unknowns are a strict part of a's; one row per set of
   * unknowns left (the shown totals are consistent, so two such rows can only agree).
   */
  private static List<Row> nestedDifferences(List<Row> equations, int n) {
    List<BitSet> sets = new ArrayList<>(equations.size());
    java.util.Set<BitSet> seen = new java.util.HashSet<>();
    for (Row r : equations) {
      BitSet s = new BitSet(n);
      for (int i : r.idx()) {
        s.set(i);
      }
      sets.add(s);
      seen.add(s);
    }
    List<Row> out = new ArrayList<>();
    for (int a = 0; a < equations.size(); a++) {
      BitSet outer = sets.get(a);
      int outerSize = outer.cardinality();
      for (int b = 0; b < equations.size(); b++) {
        BitSet inner = sets.get(b);
        if (a == b || inner.cardinality() >= outerSize || inner.intersects(outer) && !contains(outer, inner)) {
          continue;
        }
        if (!contains(outer, inner)) {
          continue;
        }
        BitSet rest = (BitSet) outer.clone();
        rest.andNot(inner);
        if (seen.add(rest)) {
          out.add(Row.equation(rest.stream().toArray(), equations.get(a).lo() - equations.get(b).lo()));
        }
      }
    }
    return out;
  }

  private static boolean contains(BitSet outer, BitSet inner) {
    BitSet outside = (BitSet) inner.clone();
    outside.andNot(outer);
    return outside.isEmpty();
  }

  /** Narrows every interval until none moves (worklist of the rows touching a moved unknown). */
  private static void narrow(List<Row> rows, int n, long[] lo, long[] hi) {
    narrow(rows, n, lo, hi, VISITS);
  }

  /** As above with a budget of visits; false when some interval came out empty (no solution). */
  private static boolean narrow(List<Row> rows, int n, long[] lo, long[] hi, int visits) {
    int[] touching = new int[n + 1];
    for (Row r : rows) {
      for (int i : r.idx()) {
        touching[i + 1]++;
      }
    }
    for (int i = 0; i < n; i++) {
      touching[i + 1] += touching[i];
    }
    int[] rowsOf = new int[touching[n]];
    int[] fill = touching.clone();
    for (int r = 0; r < rows.size(); r++) {
      for (int i : rows.get(r).idx()) {
        rowsOf[fill[i]++] = r;
      }
    }
    Deque<Integer> queue = new ArrayDeque<>();
    boolean[] queued = new boolean[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      queue.add(r);
      queued[r] = true;
    }
    long budget = (long) visits * (n + rows.size());
    int[] moved = new int[n];
    while (!queue.isEmpty() && budget-- > 0) {
      int r = queue.poll();
      queued[r] = false;
      int count;
      try {
        count = narrowOne(rows.get(r), lo, hi, moved);
      } catch (ArithmeticException overflow) {
        continue; // a row with numbers too large to use here tells this check nothing
      }
      for (int m = 0; m < count; m++) {
        int i = moved[m];
        if (hi[i] != NO_BOUND && lo[i] > hi[i]) {
          return false;
        }
        for (int t = touching[i]; t < touching[i + 1]; t++) {
          int other = rowsOf[t];
          if (!queued[other]) {
            queued[other] = true;
            queue.add(other);
          }
        }
      }
    }
    return true;
  }

  /**
   * Probing, for small systems: each value an unknown could still take is tried alone; if narrowing
   * then empties some interval, that value is impossible. Finds values that only a combination of
   * equations with other multipliers than the reduced rows' pins (say {@code 2a + b = 0}).
   * Unknowns without an upper bound are tried from their lowest value up, a few values.
   */
  private static void probe(List<Row> rows, int n, long[] lo, long[] hi) {
    boolean moved = true;
    for (int pass = 0; moved && pass < PROBE_PASSES; pass++) {
      moved = false;
      for (int i = 0; i < n; i++) {
        if (hi[i] != NO_BOUND && lo[i] >= hi[i]) {
          continue;
        }
        long first = NO_BOUND;
        long last = Long.MIN_VALUE;
        long top = hi[i] == NO_BOUND ? lo[i] + PROBE_VALUES - 1 : Math.min(hi[i], lo[i] + PROBE_VALUES - 1);
        for (long v = lo[i]; v <= top; v++) {
          if (possible(rows, n, lo, hi, i, v)) {
            first = Math.min(first, v);
            last = v;
            if (hi[i] == NO_BOUND || top < hi[i]) {
              break; // only the lowest possible value is sought
            }
          }
        }
        if (first == NO_BOUND) {
          continue; // nothing possible among the tried values: leave the interval to narrowing
        }
        if (first > lo[i]) {
          lo[i] = first;
          moved = true;
        }
        if (hi[i] != NO_BOUND && top >= hi[i] && last < hi[i]) {
          hi[i] = last;
          moved = true;
        }
      }
      if (moved) {
        narrow(rows, n, lo, hi);
      }
    }
  }

  private static boolean possible(List<Row> rows, int n, long[] lo, long[] hi, int i, long v) {
    long[] l = lo.clone();
    long[] h = hi.clone();
    l[i] = v;
    h[i] = v;
    return narrow(rows, n, l, h, PROBE_VISITS);
  }

  /** Narrows the unknowns of one row; writes the moved ones into {@code moved}, returns how many. */
  private static int narrowOne(Row row, long[] lo, long[] hi, int[] moved) {
    int s = row.idx().length;
    long minSum = 0;
    long maxSum = 0;
    int minInfinite = 0;
    int maxInfinite = 0;
    long[] minPart = new long[s];
    long[] maxPart = new long[s];
    boolean[] minInf = new boolean[s];
    boolean[] maxInf = new boolean[s];
    for (int j = 0; j < s; j++) {
      int i = row.idx()[j];
      long c = row.coef()[j];
      long atLow = Math.multiplyExact(c, lo[i]);
      boolean highInf = hi[i] == NO_BOUND;
      long atHigh = highInf ? 0 : Math.multiplyExact(c, hi[i]);
      if (c > 0) {
        minPart[j] = atLow;
        maxPart[j] = atHigh;
        maxInf[j] = highInf;
      } else {
        minPart[j] = atHigh;
        minInf[j] = highInf;
        maxPart[j] = atLow;
      }
      if (minInf[j]) {
        minInfinite++;
      } else {
        minSum = Math.addExact(minSum, minPart[j]);
      }
      if (maxInf[j]) {
        maxInfinite++;
      } else {
        maxSum = Math.addExact(maxSum, maxPart[j]);
      }
    }
    boolean rowHasHigh = row.hi() != NO_BOUND;
    int count = 0;
    for (int j = 0; j < s; j++) {
      int i = row.idx()[j];
      long c = row.coef()[j];
      // rest = the other terms, in [restMin, restMax]; c*x = total - rest with total in [row.lo, row.hi]
      boolean restMinKnown = minInf[j] ? minInfinite == 1 : minInfinite == 0;
      boolean restMaxKnown = maxInf[j] ? maxInfinite == 1 : maxInfinite == 0;
      long restMin = minInf[j] ? minSum : minSum - minPart[j];
      long restMax = maxInf[j] ? maxSum : maxSum - maxPart[j];
      boolean lowKnown = restMaxKnown;
      boolean highKnown = restMinKnown && rowHasHigh;
      long productLow = lowKnown ? Math.subtractExact(row.lo(), restMax) : 0;
      long productHigh = highKnown ? Math.subtractExact(row.hi(), restMin) : 0;
      long newLow = Long.MIN_VALUE;
      long newHigh = NO_BOUND;
      if (c > 0) {
        if (lowKnown) {
          newLow = Math.ceilDiv(productLow, c);
        }
        if (highKnown) {
          newHigh = Math.floorDiv(productHigh, c);
        }
      } else {
        if (highKnown) {
          newLow = Math.ceilDiv(productHigh, c);
        }
        if (lowKnown) {
          newHigh = Math.floorDiv(productLow, c);
        }
      }
      boolean changed = false;
      if (newLow > lo[i]) {
        lo[i] = newLow;
        changed = true;
      }
      if (newHigh != NO_BOUND && newHigh < hi[i]) {
        hi[i] = newHigh;
        changed = true;
      }
      if (changed) {
        moved[count++] = i;
      }
    }
    return count;
  }
}
