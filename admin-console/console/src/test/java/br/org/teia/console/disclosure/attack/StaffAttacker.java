package br.org.teia.console.disclosure.attack;

import static br.org.teia.testsupport.ActingAs.as;

import br.org.teia.console.comparison.ComparisonExport;
import br.org.teia.console.comparison.ComparisonGroup;
import br.org.teia.console.comparison.ComparisonScreen;
import br.org.teia.console.comparison.ComparisonService;
import br.org.teia.console.comparison.Figure;
import br.org.teia.console.comparison.Grouping;
import br.org.teia.console.comparison.OpenDataIndicator;
import br.org.teia.console.comparison.Visibility;
import br.org.teia.console.member.MemberService;
import br.org.teia.console.region.RegionService;
import br.org.teia.kernel.indicators.IndicatorRelation;
import br.org.teia.kernel.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Plays the association's people against a running Teia: reads the open-data API, the comparison
 * screen and its CSV export as staff, edits a region set (as staff) and a population (as the
 * association's admin, who imports them), and reads again after each edit and for every month of
 * the series. Everything it records is what those surfaces show; it knows nothing of how they were
 * protected beyond what the open data publishes (k, perturbation, rounding, sums).
 */
public final class StaffAttacker {

  static final Locale PT = Locale.forLanguageTag("pt-BR");

  private final ComparisonService comparisons;
  private final ComparisonExport export;
  private final RegionService regions;
  private final MemberService members;
  private final List<String> indicators;
  final Observations seen = new Observations();

  public StaffAttacker(ComparisonService comparisons, ComparisonExport export, RegionService regions,
      MemberService members, List<String> indicators) {
    this.comparisons = comparisons;
    this.export = export;
    this.regions = regions;
    this.members = members;
    this.indicators = indicators;
    List<IndicatorRelation> relations = comparisons.relations();
    for (String code : indicators) {
      OpenDataIndicator open = comparisons.openData(code);
      seen.method(code, new Observations.Method(open.minimumCount(), open.perturbation(), open.rounding(), false));
      List<List<String>> sums = relations.stream()
          .filter(r -> r.type() == IndicatorRelation.Type.SUM && r.total().equals(code)).map(IndicatorRelation::parts)
          .toList();
      if (!sums.isEmpty()) {
        seen.sum(code, sums);
      }
    }
  }

  /** What was seen so far. */
  public Observations observations() {
    return seen;
  }

  /**
   * One reading: the open data of every indicator; the screen (ranking over the state, the series
   * of every month) and its CSV export for {@code screens} towns.
   */
  public void read(UUID regionSet, List<String> screens) {
    seen.reading();
    Grouping grouping = as(Role.ASSOCIATION_STAFF, comparisons::groups);
    Map<String, ComparisonGroup> groups = new HashMap<>();
    grouping.groups().forEach(g -> groups.put(g.id(), g));
    for (String code : indicators) {
      OpenDataIndicator open = comparisons.openData(code);
      for (OpenDataIndicator.MunicipalityFigure m : open.municipalities()) {
        cell(code, "now", m.ibgeCode(), m.figure());
      }
      Set<String> withFigure = new HashSet<>();
      open.municipalities().forEach(m -> withFigure.add(m.ibgeCode()));
      for (OpenDataIndicator.GroupFigure g : open.groups()) {
        Set<String> in = new HashSet<>(groups.get(g.id()).members());
        in.retainAll(withFigure);
        seen.total(code, "now", in, g.figure().isShown() ? g.figure().value().longValueExact() : null);
      }
      for (String town : screens) {
        ComparisonScreen screen = as(Role.ASSOCIATION_STAFF,
            () -> comparisons.screen(code, town, regionSet == null ? null : regionSet.toString(), null));
        screen.ranking().forEach(r -> cell(code, "now", r.ibgeCode(), r.figure()));
        csv(code, screen, grouping);
        Optional<ComparisonGroup> region = regionSet == null ? Optional.empty()
            : grouping.regionOf(town, regionSet.toString());
        Optional<ComparisonGroup> peers = grouping.peersOf(town);
        ComparisonGroup state = grouping.stateOf(town).orElseThrow();
        for (ComparisonScreen.SeriesPoint p : screen.series()) {
          String period = p.period().toString();
          cell(code, period, town, p.municipality());
          region.ifPresent(g -> total(code, period, g, p.region(), withFigure));
          peers.ifPresent(g -> total(code, period, g, p.peers(), withFigure));
          total(code, period, state, p.state(), withFigure);
        }
      }
    }
  }

  private void total(String code, String period, ComparisonGroup group, Figure figure, Set<String> withFigure) {
    if (figure != null) {
      Set<String> in = new HashSet<>(group.members());
      in.retainAll(withFigure);
      seen.total(code, period, in, figure.isShown() ? figure.value().longValueExact() : null);
    }
  }

  private void cell(String code, String period, String town, Figure figure) {
    if (figure != null) {
      seen.cell(code, period, town, figure.isShown() ? figure.value().longValueExact() : null,
          figure.visibility() == Visibility.PRIMARY);
    }
  }

  /** The ranking lines of the screen's CSV export: the same figures as the screen, as a person downloads them. */
  private void csv(String code, ComparisonScreen screen, Grouping grouping) {
    Map<String, String> codeByName = new HashMap<>();
    grouping.municipalities().values().forEach(p -> codeByName.put(p.name(), p.ibgeCode()));
    String csv = new String(export.csv(screen, PT), StandardCharsets.UTF_8);
    for (String line : csv.lines().skip(1).toList()) {
      String[] f = line.split(";", -1);
      if (f[0].startsWith("Ranking")) {
        String name = f[1].substring(f[1].indexOf(' ') + 1);
        String town = codeByName.get(name);
        if (f[2].startsWith("<")) {
          seen.cell(code, "now", town, null, true);
        } else if (!f[3].isEmpty()) {
          seen.cell(code, "now", town, Long.parseLong(f[3]), false);
        }
      }
    }
  }

  /** Takes {@code town} out of its region of {@code set}, reads, puts it back, reads. */
  public void regionEdit(UUID set, String town, List<String> screens) {
    var region = as(Role.ASSOCIATION_STAFF, () -> regions.regions(set)).stream()
        .filter(r -> as(Role.ASSOCIATION_STAFF, () -> regions.municipalities(set, r.id())).stream()
            .anyMatch(m -> m.ibgeCode().equals(town)))
        .findFirst().orElseThrow();
    br.org.teia.testsupport.ActingAs.run(Role.ASSOCIATION_STAFF, () -> regions.remove(set, town));
    read(set, screens);
    as(Role.ASSOCIATION_STAFF, () -> regions.place(set, town, region.id()));
    read(set, screens);
  }

  /** Sets {@code town}'s population to {@code moved} (another size class), reads, restores {@code population}, reads. */
  public void populationEdit(UUID set, String town, int population, int moved, List<String> screens) {
    as(Role.ASSOCIATION_ADMIN, () -> members.importPopulations((town + ";" + moved + "\n").getBytes(StandardCharsets.UTF_8)));
    read(set, screens);
    as(Role.ASSOCIATION_ADMIN, () -> members.importPopulations((town + ";" + population + "\n").getBytes(StandardCharsets.UTF_8)));
    read(set, screens);
  }

  /**
   * The insider: a town that knows its own true counts (current and every month), taken from
   * {@code truth} keyed {@code indicator|period|town}.
   */
  public void insider(String town, Map<String, Long> truth) {
    truth.forEach((key, value) -> {
      String[] f = key.split("\\|");
      if (f[2].equals(town)) {
        seen.own(f[0], f[1], town, value);
      }
    });
  }

  /** Ranges of every hidden count; those narrowed below 0..k-1 (exact ones included). */
  public static List<Attack.Range> narrowed(List<Attack.Range> ranges) {
    return new ArrayList<>(ranges.stream().filter(Attack.Range::narrowed).toList());
  }
}
