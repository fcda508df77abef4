package br.org.teia.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A made-up Minas Gerais for disclosure tests and benchmarks: 853 municipalities with a skewed
 * population (most are small towns, a few are cities), three region sets that cut across each other
 * (13, 70 and 20 regions, members drawn at random) and the 7 IBGE-like size classes. Same seed, same
 * state. Indicator shapes give each municipality a count drawn from its population.
 */
public final class SyntheticMinasGerais {

  public static final int MUNICIPALITIES = 853;
  public static final String STATE = "state";
  private static final int[] REGION_SETS = {13, 70, 20};
  private static final long[] SIZE_LIMITS = {5_000, 10_000, 20_000, 50_000, 100_000, 500_000};

  /** How an indicator's counts relate to population. */
  public enum Shape {
    /** About one per thousand people, with noise: big in cities, under 5 in many small towns. */
    SKEWED,
    /** Mostly 0, a few 1 to 10 (like vacant council seats). */
    SPARSE,
    /** Almost every count well above 5, a handful of small ones. */
    DENSE
  }

  /** One indicator over the state: counts per municipality, and every group's members (state included). */
  public record Indicator(Map<String, Long> counts, Map<String, Set<String>> groups) {}

  private final List<String> ids = new ArrayList<>();
  private final long[] population;
  private final Map<String, Set<String>> groups = new LinkedHashMap<>();

  public SyntheticMinasGerais(long seed) {
    Random random = new Random(seed);
    population = new long[MUNICIPALITIES];
    for (int i = 0; i < MUNICIPALITIES; i++) {
      ids.add(String.format("31%05d", i * 7 + 10));
      // log-normal: median about 8,000 people, a long tail up to a few million
      population[i] = Math.max(800, Math.round(Math.exp(9.0 + 1.1 * random.nextGaussian())));
    }
    groups.put(STATE, new LinkedHashSet<>(ids));
    for (int s = 0; s < REGION_SETS.length; s++) {
      int regions = REGION_SETS[s];
      List<Set<String>> sets = new ArrayList<>();
      for (int r = 0; r < regions; r++) {
        sets.add(new LinkedHashSet<>());
      }
      List<String> shuffled = new ArrayList<>(ids);
      java.util.Collections.shuffle(shuffled, random);
      for (int i = 0; i < shuffled.size(); i++) {
        // the first pass gives every region one member; the rest go to regions of uneven sizes
        int r = i < regions ? i : (int) Math.min(regions - 1, Math.abs(random.nextGaussian()) * regions / 2.0);
        sets.get(r).add(shuffled.get(i));
      }
      for (int r = 0; r < regions; r++) {
        groups.put("set" + (s + 1) + "-region-" + r, sets.get(r));
      }
    }
    for (int c = 0; c <= SIZE_LIMITS.length; c++) {
      groups.put("size-" + c, new LinkedHashSet<>());
    }
    for (int i = 0; i < MUNICIPALITIES; i++) {
      int c = 0;
      while (c < SIZE_LIMITS.length && population[i] >= SIZE_LIMITS[c]) {
        c++;
      }
      groups.get("size-" + c).add(ids.get(i));
    }
    groups.values().removeIf(Set::isEmpty);
  }

  public List<String> municipalities() {
    return List.copyOf(ids);
  }

  /** Every group's members: the state, each region of each set, each non-empty size class. */
  public Map<String, Set<String>> groups() {
    return groups;
  }

  /** Counts of one indicator of the given shape; same seed, same counts. */
  public Indicator indicator(Shape shape, long seed) {
    Random random = new Random(seed);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < MUNICIPALITIES; i++) {
      double noise = Math.exp(0.5 * random.nextGaussian());
      long count = switch (shape) {
        case SKEWED -> Math.round(population[i] / 1_000.0 * noise);
        case SPARSE -> random.nextInt(4) == 0 ? 1 + random.nextInt(random.nextInt(10) + 1) : 0;
        case DENSE -> random.nextInt(60) == 0 ? random.nextInt(5) : Math.round(20 + population[i] / 200.0 * noise);
      };
      counts.put(ids.get(i), count);
    }
    return new Indicator(counts, groups);
  }
}
