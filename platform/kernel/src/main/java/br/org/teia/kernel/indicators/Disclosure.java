package br.org.teia.kernel.indicators;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Disclosure control for counts shown below the whole state (ADR 0008). Given every municipality's
 * count and every group whose total any screen, export or API can show (the state, each region of
 * every region set, each size-class peer group), decides which municipality cells and which group
 * totals stay hidden, <b>the same way on every screen</b>, so that no hidden count can be recovered
 * by combining what is shown anywhere:
 * <ol>
 *   <li>primary: a count under k is hidden (shown as "&lt; k"), a group total under k too;
 *   <li>complementary: in every group whose total is shown, the hidden members must be none, or at
 *       least two whose sum is neither 0 nor the largest sum primary cells can reach (both would
 *       pin every hidden cell); otherwise the smallest shown member is hidden as well;
 *   <li>linear check: with all shown totals as equations over the hidden cells, no hidden cell may
 *       be determined (a row of the reduced echelon form equal to a unit vector); while one is,
 *       another member of a group it belongs to is hidden, or, failing that, the group's total.
 * </ol>
 * Each step only hides more, so the loop ends. The state's total is always shown.
 */
public final class Disclosure {

  /** A set of municipalities whose total may be shown. {@code alwaysShown} for the whole state. */
  public record Group(String id, Set<String> members, boolean alwaysShown) {
    public Group {
      members = Set.copyOf(members);
    }
  }

  /**
   * What may be shown. {@code primary} cells are under k ("&lt; k"); {@code complementary} cells are
   * at least k and hidden only to protect others; {@code hiddenGroups} are group totals not shown.
   */
  public record Outcome(Set<String> primary, Set<String> complementary, Set<String> hiddenGroups) {
    public boolean hidden(String municipality) {
      return primary.contains(municipality) || complementary.contains(municipality);
    }
  }

  private Disclosure() {}

  public static Outcome protect(Map<String, Long> counts, Collection<Group> groups, int k) {
    Set<String> primary = new HashSet<>();
    counts.forEach((m, v) -> {
      if (v < k) {
        primary.add(m);
      }
    });
    Set<String> hidden = new HashSet<>(primary);
    Set<String> hiddenGroups = new HashSet<>();
    for (Group g : groups) {
      if (!g.alwaysShown() && total(g, counts) < k) {
        hiddenGroups.add(g.id());
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Group g : groups) {
        if (!hiddenGroups.contains(g.id()) && exposes(g, counts, hidden, primary, k)) {
          changed |= hideAnotherMember(g, counts, hidden, hiddenGroups);
        }
      }
      if (!changed) {
        Optional<String> determined = firstDetermined(counts, groups, hidden, hiddenGroups, k);
        if (determined.isPresent()) {
          changed = protectDetermined(determined.get(), counts, groups, hidden, hiddenGroups);
          if (!changed) {
            throw new IllegalStateException("cannot protect " + determined.get());
          }
        }
      }
    }
    Set<String> complementary = new HashSet<>(hidden);
    complementary.removeAll(primary);
    return new Outcome(Set.copyOf(primary), Set.copyOf(complementary), Set.copyOf(hiddenGroups));
  }

  private static long total(Group g, Map<String, Long> counts) {
    return g.members().stream().mapToLong(m -> counts.getOrDefault(m, 0L)).sum();
  }

  /** A shown total whose hidden members are one, or pinned by their sum (0, or all at k-1). */
  private static boolean exposes(Group g, Map<String, Long> counts, Set<String> hidden, Set<String> primary, int k) {
    List<String> hiddenMembers = g.members().stream().filter(hidden::contains).toList();
    if (hiddenMembers.isEmpty()) {
      return false;
    }
    if (hiddenMembers.size() == 1) {
      return true;
    }
    long sum = hiddenMembers.stream().mapToLong(counts::get).sum();
    boolean allPrimary = primary.containsAll(hiddenMembers);
    return sum == 0 || (allPrimary && sum == (long) hiddenMembers.size() * (k - 1));
  }

  /** Hides the smallest shown member of the group; with none left, the group's total. */
  private static boolean hideAnotherMember(Group g, Map<String, Long> counts, Set<String> hidden,
      Set<String> hiddenGroups) {
    Optional<String> smallest = g.members().stream().filter(m -> !hidden.contains(m))
        .min(Comparator.comparing((String m) -> counts.get(m)).thenComparing(m -> m));
    if (smallest.isPresent()) {
      return hidden.add(smallest.get());
    }
    if (g.alwaysShown()) {
      return false;
    }
    return hiddenGroups.add(g.id());
  }

  private static boolean protectDetermined(String cell, Map<String, Long> counts, Collection<Group> groups,
      Set<String> hidden, Set<String> hiddenGroups) {
    for (Group g : groups) {
      if (g.members().contains(cell) && !hiddenGroups.contains(g.id())
          && hideAnotherMember(g, counts, hidden, hiddenGroups)) {
        return true;
      }
    }
    // Every group around the cell is hidden or fully hidden: drop a shown total that speaks of
    // hidden cells, the cell's own groups first; the state's total alone cannot pin one of two.
    return groups.stream()
        .filter(g -> !g.alwaysShown() && !hiddenGroups.contains(g.id()))
        .filter(g -> g.members().stream().anyMatch(hidden::contains))
        .sorted(Comparator.comparing((Group g) -> !g.members().contains(cell)).thenComparing(Group::id))
        .findFirst()
        .map(g -> hiddenGroups.add(g.id()))
        .orElse(false);
  }

  /**
   * The first hidden cell that what is shown pins down. The equations are "sum of the group's hidden
   * members = shown total minus its shown members" for every shown total; to them are added their
   * Gauss-Jordan reduced form (integers, kept integral by cross-multiplication) and the difference
   * of every pair where one group's hidden members lie inside the other's. Each hidden cell starts
   * with what the screen says of it (under k: 0 to k-1; hidden to protect another: k and up) and the
   * equations narrow those ranges until nothing moves; a range left with one value is a leak.
   */
  static Optional<String> firstDetermined(Map<String, Long> counts, Collection<Group> groups, Set<String> hidden,
      Set<String> hiddenGroups, int k) {
    List<String> variables = hidden.stream().sorted().toList();
    int n = variables.size();
    Map<String, Integer> column = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      column.put(variables.get(i), i);
    }
    List<BigInteger[]> original = new ArrayList<>();
    for (Group g : groups) {
      if (hiddenGroups.contains(g.id())) {
        continue;
      }
      BigInteger[] row = zeroRow(n);
      boolean any = false;
      for (String m : g.members()) {
        Integer c = column.get(m);
        if (c != null) {
          row[c] = BigInteger.ONE;
          row[n] = row[n].add(BigInteger.valueOf(counts.get(m)));
          any = true;
        }
      }
      if (any) {
        original.add(row);
      }
    }
    List<BigInteger[]> equations = new ArrayList<>(original);
    equations.addAll(reducedEchelon(original, n));
    for (BigInteger[] a : original) {
      for (BigInteger[] b : original) {
        if (a != b && strictlyInside(b, a, n)) {
          BigInteger[] difference = new BigInteger[n + 1];
          for (int c = 0; c <= n; c++) {
            difference[c] = a[c].subtract(b[c]);
          }
          equations.add(difference);
        }
      }
    }
    BigInteger[] low = new BigInteger[n];
    BigInteger[] high = new BigInteger[n]; // null: no known upper bound
    for (int i = 0; i < n; i++) {
      boolean primary = counts.get(variables.get(i)) < k;
      low[i] = primary ? BigInteger.ZERO : BigInteger.valueOf(k);
      high[i] = primary ? BigInteger.valueOf(k - 1L) : null;
    }
    boolean narrowed = true;
    for (int round = 0; narrowed && round < 10 * (n + 1); round++) {
      narrowed = false;
      for (BigInteger[] row : equations) {
        narrowed |= narrow(row, n, low, high);
      }
    }
    for (int i = 0; i < n; i++) {
      if (high[i] != null && low[i].compareTo(high[i]) >= 0) {
        return Optional.of(variables.get(i));
      }
    }
    return Optional.empty();
  }

  /** Narrows each cell's range with one equation; true when some range moved. */
  private static boolean narrow(BigInteger[] row, int n, BigInteger[] low, BigInteger[] high) {
    boolean moved = false;
    for (int j = 0; j < n; j++) {
      BigInteger cj = row[j];
      if (cj.signum() == 0) {
        continue;
      }
      // range of the rest of the row: sum over i != j of c_i x_i
      BigInteger restMin = BigInteger.ZERO;
      BigInteger restMax = BigInteger.ZERO;
      for (int i = 0; i < n && (restMin != null || restMax != null); i++) {
        BigInteger ci = row[i];
        if (i == j || ci.signum() == 0) {
          continue;
        }
        BigInteger atLow = ci.multiply(low[i]);
        BigInteger atHigh = high[i] == null ? null : ci.multiply(high[i]);
        if (ci.signum() > 0) {
          restMin = restMin == null ? null : restMin.add(atLow);
          restMax = restMax == null || atHigh == null ? null : restMax.add(atHigh);
        } else {
          restMin = restMin == null || atHigh == null ? null : restMin.add(atHigh);
          restMax = restMax == null ? null : restMax.add(atLow);
        }
      }
      // c_j x_j = value - rest, within [value - restMax, value - restMin]
      BigInteger value = row[n];
      BigInteger productLow = restMax == null ? null : value.subtract(restMax);
      BigInteger productHigh = restMin == null ? null : value.subtract(restMin);
      BigInteger newLow;
      BigInteger newHigh;
      if (cj.signum() > 0) {
        newLow = productLow == null ? null : ceilDiv(productLow, cj);
        newHigh = productHigh == null ? null : floorDiv(productHigh, cj);
      } else {
        newLow = productHigh == null ? null : ceilDiv(productHigh, cj);
        newHigh = productLow == null ? null : floorDiv(productLow, cj);
      }
      if (newLow != null && newLow.compareTo(low[j]) > 0) {
        low[j] = newLow;
        moved = true;
      }
      if (newHigh != null && (high[j] == null || newHigh.compareTo(high[j]) < 0)) {
        high[j] = newHigh;
        moved = true;
      }
    }
    return moved;
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    return qr[1].signum() != 0 && (qr[1].signum() != b.signum()) ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  private static BigInteger ceilDiv(BigInteger a, BigInteger b) {
    return floorDiv(a.negate(), b).negate();
  }

  private static boolean strictlyInside(BigInteger[] inner, BigInteger[] outer, int n) {
    boolean smaller = false;
    for (int c = 0; c < n; c++) {
      if (inner[c].signum() != 0 && outer[c].signum() == 0) {
        return false;
      }
      if (inner[c].signum() == 0 && outer[c].signum() != 0) {
        smaller = true;
      }
    }
    return smaller;
  }

  private static BigInteger[] zeroRow(int n) {
    BigInteger[] row = new BigInteger[n + 1];
    java.util.Arrays.fill(row, BigInteger.ZERO);
    return row;
  }

  private static List<BigInteger[]> reducedEchelon(List<BigInteger[]> original, int n) {
    List<BigInteger[]> rows = new ArrayList<>();
    original.forEach(r -> rows.add(r.clone()));
    int rank = 0;
    for (int col = 0; col < n && rank < rows.size(); col++) {
      int pivot = -1;
      for (int r = rank; r < rows.size(); r++) {
        if (rows.get(r)[col].signum() != 0) {
          pivot = r;
          break;
        }
      }
      if (pivot < 0) {
        continue;
      }
      java.util.Collections.swap(rows, rank, pivot);
      BigInteger[] p = rows.get(rank);
      for (int r = 0; r < rows.size(); r++) {
        BigInteger[] row = rows.get(r);
        if (r != rank && row[col].signum() != 0) {
          BigInteger factor = row[col];
          BigInteger pv = p[col];
          for (int c = 0; c <= n; c++) {
            row[c] = row[c].multiply(pv).subtract(p[c].multiply(factor));
          }
          reduce(row);
        }
      }
      rank++;
    }
    return rows.subList(0, rank);
  }

  private static void reduce(BigInteger[] row) {
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
}
