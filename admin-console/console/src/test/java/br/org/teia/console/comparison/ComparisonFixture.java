package br.org.teia.console.comparison;

import static br.org.teia.testsupport.ActingAs.as;

import br.org.teia.console.comparison.ComparisonScreen.RankingRow;
import br.org.teia.console.region.RegionService;
import br.org.teia.console.region.RegionSetForm;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Crafted small towns of Minas Gerais: three regions and three size classes crossing them, with
 * counts around k = 5, so that disclosure control has work to do.
 */
final class ComparisonFixture {

  /** code, region, population, count, rate numerator, rate denominator */
  record Town(String code, String region, int population, long count, long numerator, long denominator) {}

  static final List<Town> TOWNS = List.of(
      new Town("3118106", "Norte", 4_800, 2, 1, 3),      // Congonhas do Norte
      new Town("3118205", "Norte", 6_900, 7, 2, 8),      // Conquista
      new Town("3118403", "Norte", 33_000, 9, 4, 9),     // Conselheiro Pena
      new Town("3118502", "Sul", 1_800, 1, 0, 2),        // Consolação
      new Town("3118700", "Sul", 21_000, 3, 3, 12),      // Coqueiral
      new Town("3118809", "Sul", 60_000, 12, 6, 15),     // Coração de Jesus
      new Town("3118908", "Leste", 8_900, 0, 0, 0),      // Cordisburgo
      new Town("3119005", "Leste", 3_400, 6, 2, 6),      // Cordislândia
      new Town("3119104", "Leste", 24_000, 8, 5, 11),    // Corinto
      new Town("3119203", "Leste", 70_000, 20, 9, 30));  // Coroaci

  final String count = "testcmp.c" + UUID.randomUUID().toString().substring(0, 8);
  final String rate = "testcmp.r" + UUID.randomUUID().toString().substring(0, 8);
  UUID regionSet;

  void create(JdbcClient jdbc, TenantOnboarding onboarding, RegionService regions) {
    onboarding.onboard(TOWNS.stream().map(Town::code).toList());
    for (Town t : TOWNS) {
      jdbc.sql("""
              INSERT INTO platform.member_profile (ibge_code, population) VALUES (?, ?)
              ON CONFLICT (ibge_code) DO UPDATE SET population = excluded.population, updated_at = now()""")
          .params(t.code(), t.population()).update();
    }
    jdbc.sql("INSERT INTO platform.indicator_definition (code, module, kind, minimum_count) VALUES (?, 'testcmp', 'COUNT', 5)")
        .param(count).update();
    jdbc.sql("INSERT INTO platform.indicator_definition (code, module, kind, minimum_count) VALUES (?, 'testcmp', 'RATE', 5)")
        .param(rate).update();
    for (Town t : TOWNS) {
      value(jdbc, count, t.code(), t.count(), null);
      value(jdbc, rate, t.code(), t.numerator(), t.denominator());
      history(jdbc, count, t.code(), "2026-09-01", Math.max(0, t.count() - 1), null);
      history(jdbc, count, t.code(), "2026-11-01", t.count(), null);
    }
    regionSet = as(Role.ASSOCIATION_STAFF, () -> regions.create(new RegionSetForm("Teste " + count, "MG"))).id();
    StringBuilder csv = new StringBuilder();
    TOWNS.forEach(t -> csv.append(t.code()).append(';').append(t.region()).append('\n'));
    as(Role.ASSOCIATION_STAFF, () -> regions.importCsv(regionSet, csv.toString().getBytes(StandardCharsets.UTF_8)));
  }

  static void value(JdbcClient jdbc, String code, String town, long value, Long denominator) {
    jdbc.sql("""
            INSERT INTO platform.indicator_value (code, tenant_code, value, denominator, updated_at) VALUES (?, ?, ?, ?, now())
            ON CONFLICT (code, tenant_code) DO UPDATE SET value = excluded.value, denominator = excluded.denominator,
              updated_at = excluded.updated_at""")
        .params(code, town, BigDecimal.valueOf(value), denominator == null ? null : BigDecimal.valueOf(denominator))
        .update();
  }

  static void history(JdbcClient jdbc, String code, String town, String period, long value, Long denominator) {
    jdbc.sql("INSERT INTO platform.indicator_history (code, tenant_code, period, value, denominator) VALUES (?, ?, ?::date, ?, ?)")
        .params(code, town, period, BigDecimal.valueOf(value), denominator == null ? null : BigDecimal.valueOf(denominator))
        .update();
  }

  static Set<String> codes() {
    Set<String> codes = new HashSet<>();
    TOWNS.forEach(t -> codes.add(t.code()));
    return codes;
  }

  /**
   * What an outsider collects from screens: every shown municipality value (rankings), every shown
   * group total (comparison rows), group membership (public), which cells say "&lt; k".
   */
  static final class Collected {
    final Map<String, Long> cells = new HashMap<>();
    final Map<String, Long> totals = new HashMap<>();
    final Map<String, Set<String>> members = new LinkedHashMap<>();
    final Set<String> underK = new HashSet<>();
    int k;

    void cell(String ibge, Figure figure, boolean rate) {
      if (figure.isShown()) {
        cells.put(ibge, (rate ? figure.denominator() : figure.value()).longValueExact());
      } else if (figure.visibility() == Visibility.PRIMARY) {
        underK.add(ibge);
      }
    }

    void total(ComparisonGroup group, Set<String> withFigure, Figure figure, boolean rate) {
      Set<String> in = new HashSet<>(group.members());
      in.retainAll(withFigure);
      members.put(group.id(), in);
      if (figure.isShown()) {
        totals.put(group.id(), (rate ? figure.denominator() : figure.value()).longValueExact());
      }
    }

    void ranking(List<RankingRow> rows, boolean rate) {
      rows.forEach(r -> cell(r.ibgeCode(), r.figure(), rate));
    }
  }
}
