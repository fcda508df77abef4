package br.org.teia.testsupport;

import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for comparisons: small towns of Minas Gerais in two regions and two size classes, with a
 * count indicator of threshold 5 whose small values disclosure control must protect.
 */
public final class ComparisonTowns {

  /** code, name, region, population, count */
  public record Town(String code, String name, String region, int population, long count) {}

  public static final List<Town> TOWNS = List.of(
      new Town("3118106", "Congonhas do Norte", "Norte", 4_800, 2),
      new Town("3118205", "Conquista", "Norte", 6_900, 7),
      new Town("3118403", "Conselheiro Pena", "Norte", 33_000, 9),
      new Town("3118502", "Consolação", "Sul", 1_800, 1),
      new Town("3118700", "Coqueiral", "Sul", 21_000, 3),
      new Town("3118809", "Coração de Jesus", "Sul", 60_000, 12),
      new Town("3119005", "Cordislândia", "Sul", 3_400, 6));

  public final String code = "testcmp.c" + UUID.randomUUID().toString().substring(0, 8);
  public final UUID regionSet = UUID.randomUUID();

  /** Onboards the towns (idempotent) and writes populations, a region set and the indicator's figures. */
  public ComparisonTowns create(JdbcClient jdbc, TenantOnboarding onboarding) {
    onboarding.onboard(TOWNS.stream().map(Town::code).toList());
    jdbc.sql("INSERT INTO platform.indicator_definition (code, module, kind, minimum_count) VALUES (?, 'testcmp', 'COUNT', 5)")
        .param(code).update();
    jdbc.sql("INSERT INTO platform.region_set (id, name, uf) VALUES (?, ?, 'MG')").params(regionSet, "Teste " + code).update();
    UUID north = UUID.randomUUID();
    UUID south = UUID.randomUUID();
    jdbc.sql("INSERT INTO platform.region (id, region_set_id, name) VALUES (?, ?, 'Norte'), (?, ?, 'Sul')")
        .params(north, regionSet, south, regionSet).update();
    for (Town t : TOWNS) {
      jdbc.sql("""
              INSERT INTO platform.member_profile (ibge_code, population) VALUES (?, ?)
              ON CONFLICT (ibge_code) DO UPDATE SET population = excluded.population, updated_at = now()""")
          .params(t.code(), t.population()).update();
      jdbc.sql("INSERT INTO platform.region_municipality (region_set_id, region_id, ibge_code) VALUES (?, ?, ?)")
          .params(regionSet, t.region().equals("Norte") ? north : south, t.code()).update();
      jdbc.sql("INSERT INTO platform.indicator_value (code, tenant_code, value, updated_at) VALUES (?, ?, ?, now())")
          .params(code, t.code(), BigDecimal.valueOf(t.count())).update();
      jdbc.sql("INSERT INTO platform.indicator_history (code, tenant_code, period, value) VALUES (?, ?, date '2026-11-01', ?)")
          .params(code, t.code(), BigDecimal.valueOf(t.count())).update();
    }
    return this;
  }
}
