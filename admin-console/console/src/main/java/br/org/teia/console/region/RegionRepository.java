package br.org.teia.console.region;

import br.org.teia.kernel.tenancy.TenantStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Region sets, regions and placements in the platform schema (schema-qualified SQL). */
@Repository
class RegionRepository {

  /** A placement row: code, region name, the tenant status when the municipality is a member. */
  record Placement(String ibgeCode, String region, TenantStatus memberStatus) {}

  private static final String SET_COLUMNS = """
      s.id, s.name, s.uf, s.version,
      (SELECT count(*) FROM platform.region r WHERE r.region_set_id = s.id) AS regions,
      (SELECT count(*) FROM platform.region_municipality m WHERE m.region_set_id = s.id) AS municipalities
      """;

  private final JdbcClient jdbc;

  RegionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<RegionSetSummary> sets() {
    return jdbc.sql("SELECT " + SET_COLUMNS + " FROM platform.region_set s ORDER BY lower(s.name)")
        .query(RegionRepository::set).list();
  }

  Optional<RegionSetSummary> set(UUID id) {
    return jdbc.sql("SELECT " + SET_COLUMNS + " FROM platform.region_set s WHERE s.id = ?").param(id)
        .query(RegionRepository::set).optional();
  }

  /** Locks the set's row until the transaction ends: imports and edits of one set never interleave. */
  void lock(UUID id) {
    jdbc.sql("SELECT id FROM platform.region_set WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
  }

  boolean setNameTaken(String name, UUID except) {
    return jdbc.sql("SELECT count(*) FROM platform.region_set WHERE lower(name) = lower(?) AND id <> ?")
        .params(name, except == null ? new UUID(0, 0) : except).query(Long.class).single() > 0;
  }

  void createSet(UUID id, String name, String uf) {
    jdbc.sql("INSERT INTO platform.region_set (id, name, uf) VALUES (?, ?, ?)").params(id, name, uf).update();
  }

  void renameSet(UUID id, String name) {
    jdbc.sql("UPDATE platform.region_set SET name = ?, version = version + 1, updated_at = now() WHERE id = ?")
        .params(name, id).update();
  }

  void touch(UUID id) {
    jdbc.sql("UPDATE platform.region_set SET version = version + 1, updated_at = now() WHERE id = ?").param(id).update();
  }

  void deleteSet(UUID id) {
    jdbc.sql("DELETE FROM platform.region_set WHERE id = ?").param(id).update();
  }

  List<RegionSummary> regions(UUID set) {
    return jdbc.sql("""
            SELECT r.id, r.name, count(m.ibge_code) AS municipalities, count(t.ibge_code) AS members
            FROM platform.region r
            LEFT JOIN platform.region_municipality m ON m.region_id = r.id
            LEFT JOIN platform.tenant t ON t.ibge_code = m.ibge_code
            WHERE r.region_set_id = ?
            GROUP BY r.id, r.name ORDER BY lower(r.name)""")
        .param(set)
        .query((rs, n) -> new RegionSummary(rs.getObject("id", UUID.class), rs.getString("name"),
            rs.getInt("municipalities"), rs.getInt("members")))
        .list();
  }

  Optional<UUID> regionNamed(UUID set, String name) {
    return jdbc.sql("SELECT id FROM platform.region WHERE region_set_id = ? AND lower(name) = lower(?)")
        .params(set, name).query(UUID.class).optional();
  }

  Optional<String> regionName(UUID set, UUID region) {
    return jdbc.sql("SELECT name FROM platform.region WHERE region_set_id = ? AND id = ?")
        .params(set, region).query(String.class).optional();
  }

  void createRegion(UUID set, UUID id, String name) {
    jdbc.sql("INSERT INTO platform.region (id, region_set_id, name) VALUES (?, ?, ?)").params(id, set, name).update();
  }

  void renameRegion(UUID region, String name) {
    jdbc.sql("UPDATE platform.region SET name = ? WHERE id = ?").params(name, region).update();
  }

  void deleteRegion(UUID region) {
    jdbc.sql("DELETE FROM platform.region WHERE id = ?").param(region).update();
  }

  /** Removes every region (and so every placement) of the set. */
  void clear(UUID set) {
    jdbc.sql("DELETE FROM platform.region WHERE region_set_id = ?").param(set).update();
  }

  /** Puts the municipality in the region, moving it out of any other region of the set. */
  void place(UUID set, UUID region, String ibgeCode) {
    jdbc.sql("""
            INSERT INTO platform.region_municipality (region_set_id, region_id, ibge_code) VALUES (?, ?, ?)
            ON CONFLICT (region_set_id, ibge_code) DO UPDATE SET region_id = EXCLUDED.region_id""")
        .params(set, region, ibgeCode).update();
  }

  boolean remove(UUID set, String ibgeCode) {
    return jdbc.sql("DELETE FROM platform.region_municipality WHERE region_set_id = ? AND ibge_code = ?")
        .params(set, ibgeCode).update() == 1;
  }

  /** Placements of the set, or of one region of it. */
  List<Placement> placements(UUID set, UUID region) {
    String where = region == null ? "" : " AND m.region_id = :region";
    var spec = jdbc.sql("""
            SELECT m.ibge_code, r.name AS region, t.status
            FROM platform.region_municipality m
            JOIN platform.region r ON r.id = m.region_id
            LEFT JOIN platform.tenant t ON t.ibge_code = m.ibge_code
            WHERE m.region_set_id = :set""" + where + " ORDER BY lower(r.name), m.ibge_code")
        .param("set", set);
    if (region != null) {
      spec = spec.param("region", region);
    }
    return spec.query((rs, n) -> new Placement(rs.getString("ibge_code"), rs.getString("region"),
        rs.getString("status") == null ? null : TenantStatus.valueOf(rs.getString("status")))).list();
  }

  /** Tenant status of each catalogued municipality among {@code codes}. */
  Map<String, TenantStatus> memberStatuses(List<String> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    Map<String, TenantStatus> statuses = new java.util.HashMap<>();
    jdbc.sql("SELECT ibge_code, status FROM platform.tenant WHERE ibge_code IN (:codes)").param("codes", codes)
        .query((rs, n) -> Map.entry(rs.getString(1), TenantStatus.valueOf(rs.getString(2))))
        .list().forEach(e -> statuses.put(e.getKey(), e.getValue()));
    return statuses;
  }

  private static RegionSetSummary set(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new RegionSetSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("uf"),
        rs.getInt("regions"), rs.getInt("municipalities"), rs.getInt("version"));
  }
}
