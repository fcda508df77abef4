package br.org.teia.console.comparison;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.comparison.ComparisonRepository.Fingerprint;
import br.org.teia.console.comparison.ComparisonRepository.Placement;
import br.org.teia.console.comparison.ComparisonRepository.Value;
import br.org.teia.console.comparison.ComparisonScreen.Distribution;
import br.org.teia.console.comparison.ComparisonScreen.RankingRow;
import br.org.teia.console.comparison.ComparisonScreen.Row;
import br.org.teia.console.comparison.ComparisonScreen.SeriesPoint;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorKind;
import br.org.teia.kernel.indicators.IndicatorRelation;
import br.org.teia.kernel.indicators.IndicatorRegistry;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.Municipality;
import br.org.teia.kernel.tenancy.TenantId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * Comparisons of member municipalities from the indicator rollup. Every indicator (and every month
 * of its history) is protected <b>once</b> over every group any screen, export or API can show —
 * the state, every region of every region set, every size-class peer group — and every answer here
 * is cut from that one {@link ProtectedIndicator}, so each place shows the same suppression
 * (ADR 0009). Results are cached under the rollup's fingerprint ({@link ComparisonCache}): the
 * groups under a digest of what they are built from, an indicator's figures under that and a digest
 * of its family's rows only, so neither a cached nor a cold answer reads the whole rollup.
 */
@Service
public class ComparisonService {

  /** Months of history a series shows. */
  static final int SERIES_MONTHS = 24;

  private final ComparisonRepository repository;
  private final IndicatorRegistry registry;
  private final Municipalities municipalities;
  private final ComparisonCache cache;
  private final CurrentUser currentUser;
  /** The deployment's perturbation key (ADR 0018), read once. */
  private volatile byte[] secret;

  ComparisonService(ComparisonRepository repository, IndicatorRegistry registry, Municipalities municipalities,
      ComparisonCache cache, CurrentUser currentUser) {
    this.repository = repository;
    this.registry = registry;
    this.municipalities = municipalities;
    this.cache = cache;
    this.currentUser = currentUser;
  }

  /** Every indicator, with its threshold k. Open data: nothing but codes, kinds and thresholds. */
  @PermitAll
  public List<IndicatorDefinition> indicators() {
    return registry.all();
  }

  /** The declared relations between indicators (open data: which counts add up to which). */
  @PermitAll
  public List<IndicatorRelation> relations() {
    return registry.relations();
  }

  /** The groups and member municipalities the console can compare. */
  @RolesAllowed(ConsoleAccess.STAFF)
  public Grouping groups() {
    return grouping();
  }

  /**
   * The comparison screen: the municipality against its region of {@code regionSet} (none: no
   * region row), its peers and the state; the ranking and distribution within {@code rankingGroup}
   * (none: the municipality's state); the monthly series.
   */
  @RolesAllowed(ConsoleAccess.STAFF)
  public ComparisonScreen screen(String code, String ibgeCode, String regionSet, String rankingGroup) {
    IndicatorDefinition definition = definition(code);
    // once per answer: every part comes from the same data
    Fingerprint fingerprint = repository.fingerprint(family(definition.code()));
    Grouping grouping = grouping(fingerprint.groups());
    String ibge = TenantId.of(ibgeCode).ibgeCode();
    Grouping.Place place = Optional.ofNullable(grouping.municipalities().get(ibge))
        .orElseThrow(() -> new NotFoundException("console.member.not-found", ibge));
    ProtectedIndicator current = protectedIndicator(definition, null, grouping, fingerprint.figures());

    List<Row> rows = new ArrayList<>();
    rows.add(new Row(null, place.name(), null, figureOf(current, ibge), 1));
    rows.addAll(groupRows(grouping, current, ibge, regionSet));

    ComparisonGroup scope = rankingGroup == null || rankingGroup.isBlank()
        ? grouping.stateOf(ibge).orElseThrow()
        : grouping.group(rankingGroup).orElseThrow(() -> new NotFoundException("console.comparison.group.not-found", rankingGroup));
    List<RankingRow> ranking = ranking(current, scope, grouping);
    Distribution distribution = distribution(current, scope);

    List<SeriesPoint> series = new ArrayList<>();
    Optional<ComparisonGroup> region = regionSet == null ? Optional.empty() : grouping.regionOf(ibge, regionSet);
    Optional<ComparisonGroup> peers = grouping.peersOf(ibge);
    ComparisonGroup state = grouping.stateOf(ibge).orElseThrow();
    boolean fallback = current.fallback();
    for (LocalDate period : periods(fingerprint.figures(), definition.code())) {
      ProtectedIndicator point = protectedIndicator(definition, period, grouping, fingerprint.figures());
      fallback |= point.fallback();
      series.add(new SeriesPoint(period, figureOf(point, ibge),
          region.map(g -> point.group(g.id())).orElse(null),
          peers.map(g -> point.group(g.id())).orElse(null),
          point.group(state.id())));
    }
    return new ComparisonScreen(definition.code(), definition.kind(), definition.minimumCount(),
        definition.perturbation(), definition.rounding(), ibge, place.name(),
        rows, scope.id(), ranking, distribution, series, fallback);
  }

  /** An indicator as open data: the protected figures of every member municipality and every group. */
  @PermitAll
  public OpenDataIndicator openData(String code) {
    IndicatorDefinition definition = definition(code);
    Fingerprint fingerprint = repository.fingerprint(family(definition.code()));
    Grouping grouping = grouping(fingerprint.groups());
    ProtectedIndicator indicator = protectedIndicator(definition, null, grouping, fingerprint.figures());
    List<OpenDataIndicator.MunicipalityFigure> places = indicator.municipalities().entrySet().stream()
        .map(e -> {
          Grouping.Place p = grouping.municipalities().get(e.getKey());
          return new OpenDataIndicator.MunicipalityFigure(e.getKey(), p.name(), p.uf(), e.getValue());
        })
        .sorted(Comparator.comparing(OpenDataIndicator.MunicipalityFigure::ibgeCode))
        .toList();
    List<OpenDataIndicator.GroupFigure> groups = grouping.groups().stream()
        .map(g -> new OpenDataIndicator.GroupFigure(g.id(), g.type(), g.label(), g.setName(), g.members().size(),
            indicator.group(g.id())))
        .toList();
    return new OpenDataIndicator(definition.code(), definition.kind(), definition.minimumCount(),
        definition.perturbation(), definition.rounding(), places, groups);
  }

  /**
   * Where the signed-in person's municipality stands on every indicator: its own figures against
   * the protected figures of its regions, peers and state.
   */
  @RolesAllowed(ConsoleAccess.STANDING)
  public List<Standing> standing() {
    String ibge = currentUser.tenant().orElseThrow().ibgeCode();
    Fingerprint fingerprint = repository.fingerprint(null); // every indicator
    Grouping grouping = grouping(fingerprint.groups());
    Map<String, Value> own = repository.ownFigures(ibge);
    List<Standing> standings = new ArrayList<>();
    for (IndicatorDefinition definition : registry.all()) {
      Value mine = own.get(definition.code());
      if (mine == null) {
        continue;
      }
      ProtectedIndicator indicator = protectedIndicator(definition, null, grouping, fingerprint.figures());
      standings.add(new Standing(definition.code(), definition.kind(), definition.minimumCount(),
          Figure.shown(mine.value(), mine.denominator()), groupRows(grouping, indicator, ibge, null)));
    }
    return standings;
  }

  /** The protected current figures of one indicator (for tests, the benchmark and the exports). */
  ProtectedIndicator protectedIndicator(String code) {
    Fingerprint fingerprint = repository.fingerprint(family(code));
    return protectedIndicator(definition(code), null, grouping(fingerprint.groups()), fingerprint.figures());
  }

  /** The key the groups are cached under (for tests). */
  String groupsKey() {
    return repository.fingerprint(List.of()).groups() + ":grouping";
  }

  /** The fingerprint an indicator's protected figures are cached under (for tests). */
  String fingerprint(String code) {
    return repository.fingerprint(family(code)).figures();
  }

  private IndicatorDefinition definition(String code) {
    return registry.find(code).orElseThrow(() -> new NotFoundException("console.comparison.indicator.not-found", code));
  }

  private List<LocalDate> periods(String fingerprint, String code) {
    return cache.get(fingerprint + ":periods:" + code,
        () -> new ArrayList<>(repository.periods(code, SERIES_MONTHS)));
  }

  /**
   * The indicator protected together with every indicator it shares counts with (its family, from
   * the declared relations), cached per family and month.
   */
  private ProtectedIndicator protectedIndicator(IndicatorDefinition definition, LocalDate period, Grouping grouping,
      String fingerprint) {
    List<IndicatorRelation> relations = registry.relations();
    java.util.TreeSet<String> family = family(definition.code());
    String key = fingerprint + ":family:" + family.first() + ":" + (period == null ? "now" : period);
    Map<String, ProtectedIndicator> protectedFamily = cache.get(key, () -> {
      Map<String, IndicatorDefinition> known = new HashMap<>();
      (family.size() == 1 ? List.of(definition) : registry.all()).forEach(d -> known.put(d.code(), d));
      List<IndicatorDefinition> definitions = family.stream().map(known::get).filter(java.util.Objects::nonNull).toList();
      Map<String, Map<String, Value>> values = new HashMap<>();
      definitions.forEach(d -> values.put(d.code(),
          period == null ? repository.current(d.code()) : repository.at(d.code(), period)));
      return new HashMap<>(Protection.protect(definitions, relations, period, values, grouping, secret()));
    });
    return protectedFamily.get(definition.code());
  }

  /** The indicator and every indicator it shares counts with, through the declared relations. */
  private java.util.TreeSet<String> family(String code) {
    List<IndicatorRelation> relations = registry.relations();
    java.util.TreeSet<String> family = new java.util.TreeSet<>(List.of(code));
    boolean grew = true;
    while (grew) {
      grew = false;
      for (IndicatorRelation r : relations) {
        List<String> codes = new ArrayList<>(r.parts());
        codes.add(r.total());
        codes.removeIf(java.util.Objects::isNull);
        if (codes.stream().anyMatch(family::contains)) {
          grew |= family.addAll(codes);
        }
      }
    }
    return family;
  }

  private byte[] secret() {
    byte[] known = secret;
    if (known == null) {
      known = repository.secret().getBytes(java.nio.charset.StandardCharsets.UTF_8);
      secret = known;
    }
    return known;
  }

  /** Every group, built from the catalogue, the region sets and the populations; cached like the figures. */
  Grouping grouping() {
    return grouping(repository.fingerprint(List.of()).groups());
  }

  private Grouping grouping(String fingerprint) {
    return cache.groups(fingerprint + ":grouping", this::buildGrouping);
  }

  private Grouping buildGrouping() {
    List<String> members = repository.members();
    Map<String, Integer> populations = repository.populations();
    Map<String, List<String>> groupsOf = new HashMap<>();
    Map<String, ComparisonGroup> groups = new LinkedHashMap<>();
    Map<String, Municipality> known = new HashMap<>();
    Map<String, List<String>> byState = new TreeMap<>();
    Map<SizeClass, List<String>> bySize = new LinkedHashMap<>();
    for (SizeClass size : SizeClass.values()) {
      bySize.put(size, new ArrayList<>());
    }
    for (String m : members) {
      Municipality municipality = municipalities.find(TenantId.of(m)).orElse(null);
      if (municipality == null) {
        continue;
      }
      known.put(m, municipality);
      byState.computeIfAbsent(municipality.uf(), uf -> new ArrayList<>()).add(m);
      SizeClass size = SizeClass.of(populations.get(m));
      if (size != null) {
        bySize.get(size).add(m);
      }
    }
    byState.forEach((uf, list) -> add(groups, groupsOf, new ComparisonGroup("state:" + uf, GroupType.STATE, uf, null, null, list)));
    Map<String, List<String>> regionMembers = new LinkedHashMap<>();
    Map<String, Placement> regionInfo = new LinkedHashMap<>();
    for (Placement p : repository.placements()) {
      String id = "region:" + p.set() + ":" + p.region();
      regionInfo.putIfAbsent(id, p);
      List<String> list = regionMembers.computeIfAbsent(id, x -> new ArrayList<>());
      if (p.ibgeCode() != null && known.containsKey(p.ibgeCode())) {
        list.add(p.ibgeCode());
      }
    }
    regionMembers.forEach((id, list) -> {
      Placement p = regionInfo.get(id);
      add(groups, groupsOf, new ComparisonGroup(id, GroupType.REGION, p.regionName(), p.set().toString(), p.setName(), list));
    });
    bySize.forEach((size, list) -> add(groups, groupsOf,
        new ComparisonGroup("peer:" + size.name(), GroupType.PEER, size.name(), null, null, list)));
    Map<String, Grouping.Place> places = new HashMap<>();
    known.forEach((m, municipality) -> {
      SizeClass size = SizeClass.of(populations.get(m));
      places.put(m, new Grouping.Place(m, municipality.name(), municipality.uf(), size == null ? null : size.name(),
          List.copyOf(groupsOf.getOrDefault(m, List.of()))));
    });
    return new Grouping(new ArrayList<>(groups.values()), places);
  }

  private static void add(Map<String, ComparisonGroup> groups, Map<String, List<String>> groupsOf, ComparisonGroup group) {
    groups.put(group.id(), group);
    group.members().forEach(m -> groupsOf.computeIfAbsent(m, x -> new ArrayList<>()).add(group.id()));
  }

  /** The municipality's region rows (one region set, or all when {@code regionSet} is null), peers and state. */
  private static List<Row> groupRows(Grouping grouping, ProtectedIndicator indicator, String ibge, String regionSet) {
    List<Row> rows = new ArrayList<>();
    grouping.groups().stream()
        .filter(g -> g.type() == GroupType.REGION && g.members().contains(ibge))
        .filter(g -> regionSet == null || g.setId().equals(regionSet))
        .forEach(g -> rows.add(new Row(GroupType.REGION, g.label(), g.setName(), indicator.group(g.id()), g.members().size())));
    grouping.peersOf(ibge).ifPresent(g ->
        rows.add(new Row(GroupType.PEER, g.label(), null, indicator.group(g.id()), g.members().size())));
    grouping.stateOf(ibge).ifPresent(g ->
        rows.add(new Row(GroupType.STATE, g.label(), null, indicator.group(g.id()), g.members().size())));
    return rows;
  }

  private static Figure figureOf(ProtectedIndicator indicator, String ibge) {
    Figure figure = indicator.municipality(ibge);
    return figure == null ? null : figure;
  }

  private static List<RankingRow> ranking(ProtectedIndicator indicator, ComparisonGroup scope, Grouping grouping) {
    IndicatorKind kind = indicator.kind();
    List<String> withFigure = scope.members().stream().filter(m -> indicator.municipality(m) != null).toList();
    List<String> shown = withFigure.stream()
        .filter(m -> indicator.municipality(m).number(kind) != null)
        .sorted(Comparator.comparing((String m) -> indicator.municipality(m).number(kind)).reversed()
            .thenComparing(m -> grouping.municipalities().get(m).name()))
        .toList();
    List<RankingRow> rows = new ArrayList<>();
    int rank = 0;
    BigDecimal previous = null;
    for (int i = 0; i < shown.size(); i++) {
      String m = shown.get(i);
      BigDecimal number = indicator.municipality(m).number(kind);
      if (previous == null || number.compareTo(previous) != 0) {
        rank = i + 1; // ties share a place
      }
      previous = number;
      rows.add(new RankingRow(rank, m, grouping.municipalities().get(m).name(), indicator.municipality(m)));
    }
    withFigure.stream()
        .filter(m -> indicator.municipality(m).number(kind) == null)
        .sorted(Comparator.comparing(m -> grouping.municipalities().get(m).name()))
        .forEach(m -> rows.add(new RankingRow(null, m, grouping.municipalities().get(m).name(), indicator.municipality(m))));
    return rows;
  }

  /** Quartiles (linear interpolation between order statistics) over the shown values only. */
  static Distribution distribution(ProtectedIndicator indicator, ComparisonGroup scope) {
    List<BigDecimal> values = new ArrayList<>();
    int hidden = 0;
    for (String m : scope.members()) {
      Figure figure = indicator.municipality(m);
      if (figure == null) {
        continue;
      }
      BigDecimal number = figure.number(indicator.kind());
      if (number == null) {
        hidden += figure.isShown() ? 0 : 1;
      } else {
        values.add(number);
      }
    }
    values.sort(null);
    if (values.isEmpty()) {
      return new Distribution(0, hidden, null, null, null, null, null);
    }
    return new Distribution(values.size(), hidden, values.getFirst(), quantile(values, 0.25), quantile(values, 0.5),
        quantile(values, 0.75), values.getLast());
  }

  static BigDecimal quantile(List<BigDecimal> sorted, double p) {
    double position = p * (sorted.size() - 1);
    int below = (int) Math.floor(position);
    int above = (int) Math.ceil(position);
    BigDecimal low = sorted.get(below);
    BigDecimal fraction = BigDecimal.valueOf(position - below);
    BigDecimal result = low.add(sorted.get(above).subtract(low).multiply(fraction, MathContext.DECIMAL64));
    return result.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
