package br.org.teia.console.comparison;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the platform rollup, the region sets and the members' populations (schema-qualified SQL). */
@Repository
class ComparisonRepository {

  /** A municipality's figure in the rollup. */
  record Value(BigDecimal value, BigDecimal denominator) {}

  record Placement(UUID set, String setName, String uf, UUID region, String regionName, String ibgeCode) {}

  private final JdbcClient jdbc;

  ComparisonRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Digests of what a protected comparison depends on, in one round trip. {@code groups}: the
   * thresholds, the region sets, the members' populations and the catalogue (what the groups and the
   * protection's k are built from); {@code values}: the rollup's rows of the indicators {@code codes}
   * (every indicator when null). Any change gives another digest, so a cache keyed by them never
   * serves a comparison of older data, even if an eviction was lost. The values part reads only the
   * rows of the codes asked (the primary key's index): a whole-table digest cost a scan of every
   * municipality's every figure on each answer, cached or not (5,570 towns: about 360,000 rows).
   */
  Fingerprint fingerprint(java.util.Collection<String> codes) {
    String values = codes == null ? "FROM platform.indicator_value"
        : codes.isEmpty() ? "FROM platform.indicator_value WHERE false"
        : "FROM platform.indicator_value WHERE code IN (:codes)";
    var statement = jdbc.sql("""
        SELECT md5(concat_ws('|',
          (SELECT coalesce(string_agg(code || '=' || minimum_count, ',' ORDER BY code), '')
             FROM platform.indicator_definition),
          (SELECT coalesce(string_agg(id::text || '@' || version, ',' ORDER BY id), '') FROM platform.region_set),
          (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(population), 0)
             FROM platform.member_profile),
          (SELECT count(*) || ':' || coalesce(string_agg(ibge_code, ',' ORDER BY ibge_code), '') FROM platform.tenant))),
          md5((SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(value), 0)
                  || ':' || coalesce(sum(denominator), 0) """ + values + "))");
    if (codes != null && !codes.isEmpty()) {
      statement = statement.param("codes", List.copyOf(codes));
    }
    return statement.query((rs, n) -> new Fingerprint(rs.getString(1), rs.getString(2))).single();
  }

  /** See {@link #fingerprint}: a cache key for the groups, and one for figures of given indicators. */
  record Fingerprint(String groups, String values) {

    /** The key of what is computed from the values and the groups (protected figures, months). */
    String figures() {
      return groups + ":" + values;
    }
  }

  /** The deployment's perturbation key (ADR 0018); never shown. */
  String secret() {
    return jdbc.sql("SELECT secret FROM platform.disclosure_secret WHERE id = 1").query(String.class).single();
  }

  /** The member municipalities (every catalogued tenant). */
  List<String> members() {
    return jdbc.sql("SELECT ibge_code FROM platform.tenant ORDER BY ibge_code").query(String.class).list();
  }

  Map<String, Integer> populations() {
    Map<String, Integer> populations = new LinkedHashMap<>();
    jdbc.sql("SELECT ibge_code, population FROM platform.member_profile WHERE population IS NOT NULL ORDER BY ibge_code")
        .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .list().forEach(e -> populations.put(e.getKey(), e.getValue()));
    return populations;
  }

  List<Placement> placements() {
    return jdbc.sql("""
            SELECT s.id AS set_id, s.name AS set_name, s.uf, r.id AS region_id, r.name AS region_name, m.ibge_code
            FROM platform.region_set s
            JOIN platform.region r ON r.region_set_id = s.id
            LEFT JOIN platform.region_municipality m ON m.region_id = r.id
            ORDER BY lower(s.name), lower(r.name), m.ibge_code""")
        .query((rs, n) -> new Placement(rs.getObject("set_id", UUID.class), rs.getString("set_name"),
            rs.getString("uf"), rs.getObject("region_id", UUID.class), rs.getString("region_name"),
            rs.getString("ibge_code")))
        .list();
  }

  /** Every municipality's current figure of the indicator. */
  Map<String, Value> current(String code) {
    Map<String, Value> values = new LinkedHashMap<>();
    jdbc.sql("SELECT tenant_code, value, denominator FROM platform.indicator_value WHERE code = ? ORDER BY tenant_code")
        .param(code)
        .query((rs, n) -> Map.entry(rs.getString(1), new Value(rs.getBigDecimal(2), rs.getBigDecimal(3))))
        .list().forEach(e -> values.put(e.getKey(), e.getValue()));
    return values;
  }

  /** Every municipality's figure as it stood in the month (its latest point up to that month). */
  Map<String, Value> at(String code, LocalDate period) {
    Map<String, Value> values = new LinkedHashMap<>();
    jdbc.sql("""
            SELECT DISTINCT ON (tenant_code) tenant_code, value, denominator
            FROM platform.indicator_history WHERE code = ? AND period <= ?
            ORDER BY tenant_code, period DESC""")
        .params(code, Date.valueOf(period))
        .query((rs, n) -> Map.entry(rs.getString(1), new Value(rs.getBigDecimal(2), rs.getBigDecimal(3))))
        .list().forEach(e -> values.put(e.getKey(), e.getValue()));
    return values;
  }

  /** The months with history of the indicator, oldest first, at most the last {@code limit}. */
  List<LocalDate> periods(String code, int limit) {
    List<LocalDate> periods = new java.util.ArrayList<>(jdbc.sql("""
            SELECT DISTINCT period FROM platform.indicator_history WHERE code = ? ORDER BY period DESC LIMIT ?""")
        .params(code, limit)
        .query((rs, n) -> rs.getDate(1).toLocalDate()).list());
    java.util.Collections.reverse(periods);
    return periods;
  }

  /** One municipality's own current figures, by indicator code. */
  Map<String, Value> ownFigures(String ibgeCode) {
    Map<String, Value> values = new LinkedHashMap<>();
    jdbc.sql("SELECT code, value, denominator FROM platform.indicator_value WHERE tenant_code = ? ORDER BY code")
        .param(ibgeCode)
        .query((rs, n) -> Map.entry(rs.getString(1), new Value(rs.getBigDecimal(2), rs.getBigDecimal(3))))
        .list().forEach(e -> values.put(e.getKey(), e.getValue()));
    return values;
  }
}
