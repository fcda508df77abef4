package br.org.teia.kernel.indicators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Disclosure control for counts shown below the whole state (ADR 0008). Given every municipality's
 * count and every group whose total any screen, export or API can show (the state, each region of
 * every region set, each size-class peer group), decides which municipality cells and which group
 * totals stay hidden, <b>the same way on every screen</b>, so that no hidden count can be recovered
 * by combining what is shown anywhere:
 * <ol>
 *   <li>primary: a count under k is hidden (shown as "&lt; k"), a group total under k too (the
 *       state's total is always shown);
 *   <li>complementary, group by group: a shown total must not have exactly one hidden member, nor
 *       hidden members whose sum is reachable only one way (all at their least: 0 for "&lt; k",
 *       k for the others; or all "&lt; k" at k-1). Otherwise another shown member is hidden too,
 *       or, with none left, the group's total;
 *   <li>whole check ({@link Inference}): every shown total is an equation over the hidden cells; no
 *       cell may be found by exact elimination nor by narrowing integer intervals through the
 *       equations. For each cell found, another shown member of a shown group around it is hidden;
 *       a cell found again ({@code CELL_REPAIRS} times) costs a shown total from its derivation,
 *       checked to help, or, failing that, the cheapest shown total around it.
 * </ol>
 * The member chosen is the one that leaves fewer shown totals with a single hidden member (it closes
 * the pattern rather than spreading it), then the smallest count (least information lost).
 * Each step only hides more, so it ends; it never fails. The one thing it cannot protect is a
 * state total that pins every cell by itself (every count hidden and, say, all of them 0).
 * Deterministic: cells and groups are visited in the order of their ids.
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

    /** Whether the total of this group is hidden. */
    public boolean conceals(String groupId) {
      return hiddenGroups.contains(groupId);
    }
  }

  /** Shown totals tried, cheapest first, when a cell needs one hidden (see totalInDerivation). */
  private static final int TRIES = 3;

  /** Times a found cell is repaired with another hidden cell before it costs a shown total. */
  private static final int CELL_REPAIRS = 2;

  private Disclosure() {}

  /**
   * A municipality's rate (numerator over denominator, each protected on its own) is hidden when
   * either count is: shown beside a shown denominator it would give the numerator back, and over a
   * hidden denominator it would let one solve for it.
   */
  public static boolean rateHidden(Outcome numerator, Outcome denominator, String municipality) {
    return numerator.hidden(municipality) || denominator.hidden(municipality);
  }

  /** A group's rate is hidden when the group's numerator or denominator total is. */
  public static boolean groupRateHidden(Outcome numerator, Outcome denominator, String groupId) {
    return numerator.conceals(groupId) || denominator.conceals(groupId);
  }

  /**
   * Which cells and group totals to hide so that no hidden count can be worked out. Group members
   * without a count are ignored. With k &lt;= 1 nothing is hidden: "&lt; 1" would say 0.
   */
  public static Outcome protect(Map<String, Long> counts, Collection<Group> groups, int k) {
    if (k <= 1 || counts.isEmpty()) {
      return new Outcome(Set.of(), Set.of(), Set.of());
    }
    return new Protection(counts, groups, k).run();
  }

  /** One run of {@link #protect}: cells and groups by index, in id order. */
  private static final class Protection {
    private final int k;
    private final String[] ids;
    private final long[] value;
    private final List<Group> groups;
    private final int[][] members; // per group, member cell indices in id order
    private final int[][] groupsOf; // per cell, group indices
    private final long[] total;
    private final BitSet primary = new BitSet();
    private final BitSet hidden = new BitSet();
    private final boolean[] groupHidden;
    private final boolean[] groupUnderK;
    private final Map<Integer, Integer> timesFound = new HashMap<>();

    Protection(Map<String, Long> counts, Collection<Group> groupCollection, int k) {
      this.k = k;
      ids = counts.keySet().stream().sorted().toArray(String[]::new);
      value = new long[ids.length];
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < ids.length; i++) {
        index.put(ids[i], i);
        value[i] = counts.get(ids[i]);
      }
      groups = groupCollection.stream()
          .sorted(Comparator.comparing(Group::id).thenComparing(Group::alwaysShown)).toList();
      members = new int[groups.size()][];
      total = new long[groups.size()];
      List<List<Integer>> of = new ArrayList<>();
      for (int i = 0; i < ids.length; i++) {
        of.add(new ArrayList<>());
      }
      for (int g = 0; g < groups.size(); g++) {
        members[g] = groups.get(g).members().stream().map(index::get).filter(i -> i != null)
            .mapToInt(Integer::intValue).sorted().toArray();
        for (int i : members[g]) {
          total[g] += value[i];
          of.get(i).add(g);
        }
      }
      groupsOf = new int[ids.length][];
      for (int i = 0; i < ids.length; i++) {
        groupsOf[i] = of.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
      groupHidden = new boolean[groups.size()];
      groupUnderK = new boolean[groups.size()];
    }

    Outcome run() {
      for (int i = 0; i < ids.length; i++) {
        if (value[i] < k) {
          primary.set(i);
          hidden.set(i);
        }
      }
      for (int g = 0; g < groups.size(); g++) {
        if (!groups.get(g).alwaysShown() && total[g] < k) {
          groupHidden[g] = true;
          groupUnderK[g] = true;
        }
      }
      // Every round hides at least one more cell or total, so this ends.
      while (true) {
        protectGroupByGroup();
        BitSet found = recoverable();
        if (found.isEmpty() || !protectRecovered(found)) {
          break;
        }
      }
      return outcome();
    }

    /** Step 2 until no shown total exposes its hidden members on its own. */
    private void protectGroupByGroup() {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int g = 0; g < groups.size(); g++) {
          if (!groupHidden[g] && exposes(g)) {
            changed |= hideMemberOrTotal(g);
          }
        }
      }
    }

    /** One hidden member, or hidden members whose sum can be reached only one way. */
    private boolean exposes(int g) {
      int count = 0;
      long sum = 0;
      long least = 0;
      boolean allUnderK = true;
      for (int i : members[g]) {
        if (hidden.get(i)) {
          count++;
          sum += value[i];
          least += primary.get(i) ? 0 : k;
          allUnderK &= primary.get(i);
        }
      }
      return count == 1 || (count > 1 && (sum == least || (allUnderK && sum == (long) count * (k - 1))));
    }

    /** Hides the best shown member of the group (see {@link #better}); with none left, its total (never the state's). */
    private boolean hideMemberOrTotal(int g) {
      int best = -1;
      for (int i : members[g]) {
        if (!hidden.get(i) && (best < 0 || better(i, best))) {
          best = i;
        }
      }
      if (best >= 0) {
        hidden.set(best);
        return true;
      }
      if (!groups.get(g).alwaysShown() && !groupHidden[g]) {
        groupHidden[g] = true;
        return true;
      }
      return false;
    }

    /**
     * Whether shown cell a is a better one to hide than b: first the one that leaves fewer shown
     * totals with a single hidden member (hiding a cell whose other groups already hide one closes
     * the pattern instead of spreading it), then the smaller count, then the first id.
     */
    private boolean better(int a, int b) {
      int sa = spread(a);
      int sb = spread(b);
      if (sa != sb) {
        return sa < sb;
      }
      return value[a] < value[b] || (value[a] == value[b] && a < b);
    }

    /** Shown totals around cell i with no hidden member (hiding i exposes them) less those with one. */
    private int spread(int i) {
      int score = 0;
      for (int g : groupsOf[i]) {
        if (groupHidden[g]) {
          continue;
        }
        int count = 0;
        for (int m : members[g]) {
          if (hidden.get(m) && ++count > 1) {
            break;
          }
        }
        score += count == 0 ? 1 : count == 1 ? -1 : 0;
      }
      return score;
    }

    /** The hidden cells as unknowns, with what the shown (and hidden) totals say of them. */
    private record Equations(int n, int[] unknown, int[] cellOf, int[] groupOf, List<Inference.Row> equations,
        List<Inference.Row> inequalities, long[] low, long[] high) {}

    /** The equations as they stand, or as they would if group {@code alsoHidden} (-1: none) were hidden. */
    private Equations equations(int alsoHidden) {
      int[] unknown = new int[ids.length]; // cell -> unknown number, -1 when shown
      Arrays.fill(unknown, -1);
      int n = 0;
      for (int i = hidden.nextSetBit(0); i >= 0; i = hidden.nextSetBit(i + 1)) {
        unknown[i] = n++;
      }
      long[] low = new long[n];
      long[] high = new long[n];
      int[] cellOf = new int[n];
      for (int i = hidden.nextSetBit(0); i >= 0; i = hidden.nextSetBit(i + 1)) {
        int u = unknown[i];
        cellOf[u] = i;
        low[u] = primary.get(i) ? 0 : k;
        high[u] = primary.get(i) ? k - 1 : Inference.NO_BOUND;
      }
      List<Inference.Row> equations = new ArrayList<>();
      List<Integer> groupOf = new ArrayList<>();
      List<Inference.Row> inequalities = new ArrayList<>();
      for (int g = 0; g < groups.size(); g++) {
        int[] idx = Arrays.stream(members[g]).filter(hidden::get).map(i -> unknown[i]).toArray();
        if (idx.length == 0) {
          continue;
        }
        long shownPart = 0;
        for (int i : members[g]) {
          shownPart += hidden.get(i) ? 0 : value[i];
        }
        if (!groupHidden[g] && g != alsoHidden) {
          equations.add(Inference.Row.equation(idx, total[g] - shownPart));
          groupOf.add(g);
        } else {
          // A hidden total is still known to be under k ("< k") or, hidden to protect, at least k.
          long[] ones = new long[idx.length];
          Arrays.fill(ones, 1L);
          inequalities.add(groupUnderK[g]
              ? new Inference.Row(idx, ones, -shownPart, k - 1 - shownPart)
              : new Inference.Row(idx, ones, k - shownPart, Inference.NO_BOUND));
        }
      }
      return new Equations(n, unknown, cellOf, groupOf.stream().mapToInt(Integer::intValue).toArray(),
          equations, inequalities, low, high);
    }

    /** Cells (by index) that what is shown gives away. */
    private BitSet recoverable() {
      Equations e = equations(-1);
      BitSet byUnknown = Inference.recovered(e.n(), e.equations(), e.inequalities(), e.low(), e.high());
      BitSet cells = new BitSet();
      byUnknown.stream().forEach(u -> cells.set(e.cellOf()[u]));
      return cells;
    }

    /**
     * Step 3's repair for each found cell not already helped this round; false when none could be.
     * A cell still found after {@link #CELL_REPAIRS} repairs (say, alone in a region whose hidden
     * total the other regions of its set give back) costs a shown total instead: one its derivation
     * uses, checked to help.
     */
    private boolean protectRecovered(BitSet found) {
      boolean changed = false;
      Set<Integer> touched = new HashSet<>();
      Equations before = null;
      Map<Integer, long[]> derivations = null;
      for (int c = found.nextSetBit(0); c >= 0; c = found.nextSetBit(c + 1)) {
        boolean helped = false;
        for (int g : groupsOf[c]) {
          helped |= touched.contains(g);
        }
        if (helped) {
          continue;
        }
        if (timesFound.getOrDefault(c, 0) >= CELL_REPAIRS) {
          if (derivations == null) {
            before = equations(-1);
            derivations = Inference.certificates(before.equations(), before.n());
          }
          long[] multipliers = derivations.get(before.unknown()[c]);
          int cell = c;
          int g = multipliers == null
              ? totalBehindHiddenTotal(c, before)
              : totalInDerivation(before, multipliers, without -> Inference.determined(without.equations(),
                  without.n(), without.unknown()[cell]));
          if (g < 0) {
            g = cheapestShownTotal(c);
          }
          if (g >= 0) {
            groupHidden[g] = true;
            touched.add(g);
            changed = true;
            continue;
          }
        }
        int cell = bestShownAround(c);
        if (cell >= 0) {
          hidden.set(cell);
          for (int g : groupsOf[cell]) {
            touched.add(g);
          }
          changed = true;
          continue;
        }
        int g = cheapestShownTotal(c);
        if (g >= 0) {
          groupHidden[g] = true;
          touched.add(g);
          changed = true;
        }
      }
      found.stream().forEach(c -> timesFound.merge(c, 1, Integer::sum));
      return changed;
    }

    /**
     * A shown total (never the state's) used in the derivation of cell c, the cheapest whose hiding
     * leaves c undetermined by elimination (up to a few tried), else the cheapest used; -1 if none.
     */
    private int totalInDerivation(Equations e, long[] multipliers, java.util.function.Predicate<Equations> stillGiven) {
      List<Integer> used = new ArrayList<>();
      for (int r = 0; r < multipliers.length; r++) {
        int g = e.groupOf()[r];
        if (multipliers[r] != 0 && !groups.get(g).alwaysShown() && !groupHidden[g]) {
          used.add(g);
        }
      }
      used.sort(Comparator.comparingLong((Integer g) -> total[g]).thenComparingInt(g -> members[g].length)
          .thenComparingInt(g -> g));
      for (int g : used.subList(0, Math.min(used.size(), TRIES))) {
        if (!stillGiven.test(equations(g))) {
          return g;
        }
      }
      return used.isEmpty() ? -1 : used.get(0);
    }

    /**
     * For a cell pinned by bounds, not by elimination: a hidden total around it whose value the shown
     * totals still give (a region whose set's other regions and the state are shown, say) is no
     * secret; one of the totals that give it is hidden as well. -1 when there is none.
     */
    private int totalBehindHiddenTotal(int c, Equations e) {
      for (int h : groupsOf[c]) {
        if (!groupHidden[h]) {
          continue;
        }
        int[] target = Arrays.stream(members[h]).filter(hidden::get).map(i -> e.unknown()[i]).toArray();
        long[] multipliers = Inference.derivation(e.equations(), e.n(), target);
        if (multipliers != null) {
          int g = totalInDerivation(e, multipliers, without -> Inference.derivation(without.equations(),
              without.n(), Arrays.stream(members[h]).filter(hidden::get).map(i -> without.unknown()[i]).toArray())
              != null);
          if (g >= 0) {
            return g;
          }
        }
      }
      return -1;
    }

    /** The shown member of a shown group around cell c best hidden next (see {@link #better}); -1 if none. */
    private int bestShownAround(int c) {
      int best = -1;
      for (int g : groupsOf[c]) {
        if (groupHidden[g]) {
          continue;
        }
        for (int i : members[g]) {
          if (!hidden.get(i) && (best < 0 || better(i, best))) {
            best = i;
          }
        }
      }
      return best;
    }

    /**
     * The shown total (never the state's) to give up for cell c: one around c if any, else any shown
     * total that speaks of a hidden cell; the smallest total first, then the fewest members.
     */
    private int cheapestShownTotal(int c) {
      int best = -1;
      for (boolean aroundOnly : new boolean[] {true, false}) {
        for (int g = 0; g < groups.size(); g++) {
          if (groupHidden[g] || groups.get(g).alwaysShown()) {
            continue;
          }
          boolean relevant = aroundOnly
              ? Arrays.binarySearch(members[g], c) >= 0
              : Arrays.stream(members[g]).anyMatch(hidden::get);
          if (relevant && (best < 0 || total[g] < total[best]
              || (total[g] == total[best] && members[g].length < members[best].length))) {
            best = g;
          }
        }
        if (best >= 0) {
          return best;
        }
      }
      return -1;
    }

    private Outcome outcome() {
      Set<String> p = new HashSet<>();
      Set<String> comp = new HashSet<>();
      for (int i = hidden.nextSetBit(0); i >= 0; i = hidden.nextSetBit(i + 1)) {
        (primary.get(i) ? p : comp).add(ids[i]);
      }
      Set<String> hg = new HashSet<>();
      for (int g = 0; g < groups.size(); g++) {
        if (groupHidden[g]) {
          hg.add(groups.get(g).id());
        }
      }
      return new Outcome(Set.copyOf(p), Set.copyOf(comp), Set.copyOf(hg));
    }
  }
}
