package br.org.teia.console.comparison;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.console.comparison.ComparisonFixture.Collected;
import br.org.teia.console.comparison.ComparisonFixture.Town;
import br.org.teia.console.region.RegionService;
import br.org.teia.kernel.indicators.IndicatorsRolledUp;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Comparisons on a real PostgreSQL with crafted small towns: one protection, seen the same everywhere. */
@SpringBootTest(classes = TeiaTestApplication.class)
class ComparisonServiceIT {

  static final Locale PT = Locale.forLanguageTag("pt-BR");

  @Autowired ComparisonService comparisons;
  @Autowired ComparisonExport export;
  @Autowired FigureText text;
  @Autowired ComparisonCache cache;
  @Autowired RegionService regions;
  @Autowired TenantOnboarding onboarding;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEventPublisher events;

  ComparisonFixture fixture;

  @BeforeEach
  void smallTowns() {
    fixture = new ComparisonFixture();
    fixture.create(jdbc, onboarding, regions);
  }

  @Test
  void a_count_under_k_is_shown_as_under_k_and_every_shown_count_is_within_d_of_the_truth() {
    // that no hidden count can be worked out from the screens is what DisclosureAttackIT proves
    Collected seen = collectFromScreens(fixture.count, false);

    assertThat(seen.underK).containsExactlyInAnyOrder("3118106", "3118502", "3118908", "3118700"); // 2, 1, 0 and 3
    assertThat(seen.cells).doesNotContainKeys("3118106", "3118502", "3118908");
    ComparisonFixture.TOWNS.stream().filter(t -> t.count() >= 5).forEach(t ->
        assertThat(seen.cells.get(t.code())).as(t.code()).isBetween(Math.max(5, t.count() - 2), t.count() + 2));
  }

  @Test
  void a_rate_is_hidden_when_its_denominator_or_numerator_is() {
    ProtectedIndicator rate = comparisons.protectedIndicator(fixture.rate);

    assertThat(rate.municipality("3118106").isShown()).isFalse(); // base 3 < 5
    assertThat(rate.municipality("3118106").value()).isNull();
    assertThat(rate.municipality("3118502").isShown()).isFalse(); // base 2
    assertThat(rate.municipality("3118205").isShown()).isFalse(); // 2 of 8: numerator under k
    assertThat(rate.municipalities().values()).filteredOn(Figure::isShown)
        .allSatisfy(f -> assertThat(f.value().longValue()).isGreaterThanOrEqualTo(5))
        .allSatisfy(f -> assertThat(f.denominator().longValue()).isGreaterThanOrEqualTo(5));
    assertThat(rate.municipality("3118106").visibility()).isEqualTo(Visibility.PRIMARY);
    assertThat(rate.municipality("3118205").visibility()).isEqualTo(Visibility.COMPLEMENTARY);
  }

  @Test
  void every_screen_shows_the_same_suppression_for_a_municipality() {
    ProtectedIndicator once = comparisons.protectedIndicator(fixture.count);
    Grouping grouping = as(Role.ASSOCIATION_STAFF, () -> comparisons.groups());
    for (Town town : ComparisonFixture.TOWNS) {
      for (String scope : grouping.municipalities().get(town.code()).groups()) {
        ComparisonScreen screen = as(Role.ASSOCIATION_STAFF,
            () -> comparisons.screen(fixture.count, town.code(), fixture.regionSet.toString(), scope));
        assertThat(screen.comparison().getFirst().figure()).isEqualTo(once.municipality(town.code()));
        screen.ranking().forEach(row -> assertThat(row.figure()).isEqualTo(once.municipality(row.ibgeCode())));
      }
    }
  }

  @Test
  void the_export_writes_what_the_screen_shows() {
    Grouping grouping = as(Role.ASSOCIATION_STAFF, () -> comparisons.groups());
    Map<String, String> codeByName = grouping.municipalities().values().stream()
        .collect(Collectors.toMap(Grouping.Place::name, Grouping.Place::ibgeCode, (a, b) -> a));
    Map<String, String> groupByLabel = new HashMap<>();
    grouping.groups().forEach(g -> groupByLabel.put(text.group(g.type(), g.label(), g.setName(), PT), g.id()));
    Collected seen = new Collected();
    seen.k = 5;
    Set<String> withFigure = comparisons.protectedIndicator(fixture.count).municipalities().keySet();
    grouping.groups().forEach(g -> {
      Set<String> in = new java.util.HashSet<>(g.members());
      in.retainAll(withFigure);
      seen.members.put(g.id(), in);
    });
    for (Town town : ComparisonFixture.TOWNS) {
      for (String scope : grouping.municipalities().get(town.code()).groups()) {
        ComparisonScreen screen = as(Role.ASSOCIATION_STAFF,
            () -> comparisons.screen(fixture.count, town.code(), fixture.regionSet.toString(), scope));
        String csv = new String(export.csv(screen, PT), StandardCharsets.UTF_8);
        for (String line : csv.lines().skip(1).toList()) {
          String[] f = line.split(";", -1);
          if (f[0].startsWith("Ranking")) {
            String name = f[1].substring(f[1].indexOf(' ') + 1);
            if (f[2].startsWith("<")) {
              seen.underK.add(codeByName.get(name));
            } else if (!f[3].isEmpty()) {
              seen.cells.put(codeByName.get(name), Long.parseLong(f[3]));
            }
          } else if (f[0].startsWith("Comparação") && groupByLabel.containsKey(f[1]) && !f[3].isEmpty()) {
            seen.totals.put(groupByLabel.get(f[1]), Long.parseLong(f[3]));
          }
        }
        assertThat(csv).doesNotContain("3118106"); // names, never codes of hidden... nor any personal data
      }
    }

    ProtectedIndicator once = comparisons.protectedIndicator(fixture.count);
    assertThat(seen.underK).containsExactlyInAnyOrder("3118106", "3118502", "3118908", "3118700");
    assertThat(seen.cells).isNotEmpty().doesNotContainKeys("3118106", "3118502", "3118908");
    seen.cells.forEach((town, value) -> assertThat(once.municipality(town).value().longValueExact()).isEqualTo(value));
    assertThat(seen.totals).containsEntry("state:MG", once.group("state:MG").value().longValueExact());
  }

  @Test
  void the_xlsx_export_has_the_same_lines_as_the_csv_and_no_number_for_a_hidden_figure() throws Exception {
    ComparisonScreen screen = as(Role.ASSOCIATION_STAFF,
        () -> comparisons.screen(fixture.count, "3118106", fixture.regionSet.toString(), null));
    List<String> csv = new String(export.csv(screen, PT), StandardCharsets.UTF_8).lines().skip(1).toList();

    try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
        new java.io.ByteArrayInputStream(export.xlsx(screen, PT)))) {
      List<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(csv.size() + 1);
      var first = rows.get(1);
      assertThat(first.getCellText(1)).isEqualTo("Congonhas do Norte");
      assertThat(first.getCellText(2)).isEqualTo("< 5");
      assertThat(first.getOptionalCell(3).map(org.dhatim.fastexcel.reader.Cell::getText).orElse("")).isEmpty();
      assertThat(csv.getFirst()).startsWith(first.getCellText(0) + ";Congonhas do Norte;< 5;");
    }
  }

  @Test
  void quartiles_are_computed_over_shown_values_only() {
    ComparisonScreen screen = as(Role.ASSOCIATION_STAFF,
        () -> comparisons.screen(fixture.count, "3119203", fixture.regionSet.toString(), null));
    List<BigDecimal> shown = screen.ranking().stream().filter(r -> r.figure().isShown())
        .map(r -> r.figure().number(screen.kind())).sorted().toList();

    assertThat(screen.distribution().shown()).isEqualTo(shown.size());
    assertThat(screen.distribution().hidden()).isEqualTo(screen.ranking().size() - shown.size());
    assertThat(screen.distribution().min()).isEqualByComparingTo(shown.getFirst());
    assertThat(screen.distribution().max()).isEqualByComparingTo(shown.getLast());
    assertThat(screen.distribution().median()).isEqualByComparingTo(ComparisonService.quantile(shown, 0.5));
  }

  @Test
  void the_series_has_one_protected_point_per_month_of_history() {
    ComparisonScreen screen = as(Role.ASSOCIATION_STAFF,
        () -> comparisons.screen(fixture.count, "3119203", fixture.regionSet.toString(), null));

    assertThat(screen.series()).extracting(p -> p.period().toString()).containsExactly("2026-09-01", "2026-11-01");
    // 19 then 20: each month's count perturbed by at most 2; the latest month shows what the current figure shows
    assertThat(screen.series().getFirst().municipality().value().longValue()).isBetween(17L, 21L);
    assertThat(screen.series().getLast().municipality())
        .isEqualTo(comparisons.protectedIndicator(fixture.count).municipality("3119203"));
  }

  @Test
  void municipal_people_cannot_open_the_association_comparison() {
    assertThatThrownBy(() -> as(TenantId.of("3118106"), Role.MUNICIPAL_MANAGER,
        () -> comparisons.screen(fixture.count, "3118205", null, null))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(TenantId.of("3118106"), Role.MUNICIPAL_STAFF, () -> comparisons.groups()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(TenantId.of("3118106"), Role.COUNCIL_MEMBER, () -> comparisons.standing()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> comparisons.standing()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void a_municipality_sees_its_own_figure_against_protected_aggregates_only() {
    List<Standing> standings = as(TenantId.of("3118106"), Role.MUNICIPAL_MANAGER, () -> comparisons.standing());
    Standing count = standings.stream().filter(s -> s.code().equals(fixture.count)).findFirst().orElseThrow();
    ProtectedIndicator once = comparisons.protectedIndicator(fixture.count);

    assertThat(count.own()).isEqualTo(Figure.shown(new BigDecimal("2.0000"), null));
    assertThat(count.groups()).extracting(ComparisonScreen.Row::type)
        .contains(GroupType.REGION, GroupType.PEER, GroupType.STATE);
    Grouping grouping = as(Role.ASSOCIATION_STAFF, () -> comparisons.groups());
    for (ComparisonScreen.Row row : count.groups()) {
      ComparisonGroup group = grouping.groups().stream()
          .filter(g -> g.type() == row.type() && g.label().equals(row.label()) && g.members().contains("3118106"))
          .filter(g -> row.setName() == null || row.setName().equals(g.setName()))
          .findFirst().orElseThrow();
      assertThat(row.figure()).isEqualTo(once.group(group.id()));
    }
  }

  @Test
  void open_data_carries_the_same_protected_figures_and_no_value_for_hidden_ones() {
    OpenDataIndicator open = comparisons.openData(fixture.count);
    ProtectedIndicator once = comparisons.protectedIndicator(fixture.count);

    assertThat(open.municipalities()).allSatisfy(m -> assertThat(m.figure()).isEqualTo(once.municipality(m.ibgeCode())));
    assertThat(open.municipalities()).filteredOn(m -> !m.figure().isShown())
        .allSatisfy(m -> assertThat(m.figure().value()).isNull()).isNotEmpty();
    assertThat(open.groups()).allSatisfy(g -> assertThat(g.figure()).isEqualTo(once.group(g.id())));
  }

  @Test
  void the_cache_keeps_a_comparison_under_the_rollup_fingerprint_and_drops_it_when_the_rollup_moves() {
    comparisons.protectedIndicator(fixture.count);
    String key = comparisons.fingerprint(fixture.count) + ":family:" + fixture.count + ":now";
    assertThat(cache.contains(key)).isTrue();

    events.publishEvent(new IndicatorsRolledUp(TenantId.of("3119203"), Set.of(fixture.count)));
    assertThat(cache.contains(key)).isFalse();

    ComparisonFixture.value(jdbc, fixture.count, "3119203", 21, null);
    assertThat(comparisons.fingerprint(fixture.count) + ":family:" + fixture.count + ":now").isNotEqualTo(key);
    assertThat(comparisons.protectedIndicator(fixture.count).municipality("3119203").value().longValue())
        .isBetween(19L, 23L);
  }

  @Test
  void a_rollup_move_drops_the_protected_figures_and_keeps_the_groups_they_were_cut_by() {
    comparisons.protectedIndicator(fixture.count);
    String figures = comparisons.fingerprint(fixture.count) + ":family:" + fixture.count + ":now";
    String groups = comparisons.groupsKey();
    assertThat(cache.contains(figures)).isTrue();
    assertThat(cache.containsGroups(groups)).isTrue();

    events.publishEvent(new IndicatorsRolledUp(TenantId.of("3119203"), Set.of(fixture.count)));

    assertThat(cache.contains(figures)).isFalse();
    assertThat(cache.containsGroups(groups)).isTrue();
    jdbc.sql("UPDATE platform.member_profile SET population = population + 1, updated_at = now() WHERE ibge_code = ?")
        .param("3119203").update();
    assertThat(comparisons.groupsKey()).isNotEqualTo(groups); // a moved population is another grouping
  }

  /** Every screen of every town with every ranking scope, as an outsider would collect them. */
  private Collected collectFromScreens(String code, boolean rate) {
    Grouping grouping = as(Role.ASSOCIATION_STAFF, () -> comparisons.groups());
    ProtectedIndicator once = comparisons.protectedIndicator(code);
    Collected seen = new Collected();
    seen.k = once.k();
    for (Town town : ComparisonFixture.TOWNS) {
      for (String scope : grouping.municipalities().get(town.code()).groups()) {
        ComparisonScreen screen = as(Role.ASSOCIATION_STAFF,
            () -> comparisons.screen(code, town.code(), fixture.regionSet.toString(), scope));
        seen.cell(town.code(), screen.comparison().getFirst().figure(), rate);
        seen.ranking(screen.ranking(), rate);
        for (ComparisonScreen.Row row : screen.comparison().subList(1, screen.comparison().size())) {
          ComparisonGroup group = grouping.groups().stream()
              .filter(g -> g.type() == row.type() && g.label().equals(row.label()) && g.members().contains(town.code()))
              .filter(g -> row.setName() == null || row.setName().equals(g.setName()))
              .findFirst().orElseThrow();
          seen.total(group, once.municipalities().keySet(), row.figure(), rate);
        }
      }
    }
    // every group's membership is public, shown total or not
    grouping.groups().forEach(g -> seen.members.computeIfAbsent(g.id(), id -> {
      Set<String> in = new java.util.HashSet<>(g.members());
      in.retainAll(once.municipalities().keySet());
      return in;
    }));
    return seen;
  }
}
