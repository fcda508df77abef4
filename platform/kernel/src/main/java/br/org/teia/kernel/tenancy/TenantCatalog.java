package br.org.teia.kernel.tenancy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tenant catalogue in the platform schema. Platform data is read with plain SQL (always
 * schema-qualified), so it never goes through the tenant-aware Hibernate session.
 */
@Repository
public class TenantCatalog {

  private static final String COLUMNS =
      "ibge_code, name, uf, status, schema_name, changelog_version, last_error, created_at, updated_at, server_key, moving_to";

  private final JdbcClient jdbc;

  TenantCatalog(JdbcClient jdbc, PlatformSchema platformSchema, DatabaseServers servers) {
    this.jdbc = jdbc;
    platformSchema.requireMigrated();
    // A node missing a server the catalogue uses would look for those towns on the wrong server.
    List<String> unknown = jdbc.sql("SELECT DISTINCT server_key FROM platform.tenant ORDER BY 1").query(String.class).list()
        .stream().filter(key -> servers.all().stream().noneMatch(s -> s.key().equals(key))).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("the tenant catalogue places municipalities on database server(s) " + unknown
          + " that this node does not declare: set teia.database.servers.<key>.* as on the other nodes (ADR 0024)");
    }
  }

  public Optional<Tenant> find(TenantId id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenant WHERE ibge_code = ?")
        .param(id.ibgeCode()).query(TenantCatalog::map).optional();
  }

  public List<Tenant> findAll() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenant ORDER BY ibge_code")
        .query(TenantCatalog::map).list();
  }

  public List<Tenant> findByStatus(TenantStatus... statuses) {
    List<String> names = java.util.Arrays.stream(statuses).map(Enum::name).toList();
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.tenant WHERE status IN (:s) ORDER BY ibge_code")
        .param("s", names).query(TenantCatalog::map).list();
  }

  public long countByStatus(TenantStatus status) {
    return jdbc.sql("SELECT count(*) FROM platform.tenant WHERE status = ?")
        .param(status.name()).query(Long.class).single();
  }

  /** Inserts a PROVISIONING row; returns false when the tenant is already catalogued. */
  public boolean insertProvisioning(Municipality m) {
    return jdbc.sql("""
            INSERT INTO platform.tenant (ibge_code, name, uf, status, schema_name)
            VALUES (?, ?, ?, 'PROVISIONING', ?) ON CONFLICT (ibge_code) DO NOTHING""")
        .params(m.id().ibgeCode(), m.name(), m.uf(), m.id().schemaName()).update() == 1;
  }

  /**
   * Records the server of a tenant not yet provisioned (placement happens before its schema is built);
   * a provisioned tenant changes server only by a move.
   */
  public void placeOn(TenantId id, String serverKey) {
    jdbc.sql("UPDATE platform.tenant SET server_key = ?, updated_at = now() WHERE ibge_code = ? AND changelog_version IS NULL")
        .params(serverKey, id.ibgeCode()).update();
  }

  /** How many municipalities each server holds (every catalogued one: each may hold a schema). */
  public java.util.Map<String, Long> countByServer() {
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    jdbc.sql("SELECT server_key, count(*) FROM platform.tenant GROUP BY server_key")
        .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getLong(2)));
    return counts;
  }

  /** Marks the start of a move: the municipality is read-only until {@link #finishMove}. False if another move holds it. */
  public boolean startMove(TenantId id, String target) {
    return jdbc.sql("""
            UPDATE platform.tenant SET moving_to = ?, updated_at = now()
            WHERE ibge_code = ? AND (moving_to IS NULL OR moving_to = ?)""")
        .params(target, id.ibgeCode(), target).update() == 1;
  }

  /** The catalogue switch of a move, once the copy is verified: the new server, writable again. */
  public void finishMove(TenantId id, String target) {
    jdbc.sql("UPDATE platform.tenant SET server_key = ?, moving_to = NULL, updated_at = now() WHERE ibge_code = ? AND moving_to = ?")
        .params(target, id.ibgeCode(), target).update();
  }

  /** A failed move: the municipality stays where it was, writable again. */
  public void abandonMove(TenantId id) {
    jdbc.sql("UPDATE platform.tenant SET moving_to = NULL, updated_at = now() WHERE ibge_code = ?")
        .param(id.ibgeCode()).update();
  }

  /** Records a schema built on another server than the catalogue's (no shared transaction there): ACTIVE at that version. */
  public void markProvisioned(TenantId id, String changelogVersion) {
    jdbc.sql("""
            UPDATE platform.tenant SET status = 'ACTIVE', changelog_version = ?, last_error = NULL, updated_at = now()
            WHERE ibge_code = ? AND changelog_version IS NULL""")
        .params(changelogVersion, id.ibgeCode()).update();
  }

  /** Records the version a migrated schema on another server now holds. */
  public void recordVersion(TenantId id, String changelogVersion) {
    jdbc.sql("UPDATE platform.tenant SET changelog_version = ?, updated_at = now() WHERE ibge_code = ?")
        .params(changelogVersion, id.ibgeCode()).update();
  }

  public void markActive(TenantId id, String changelogVersion) {
    jdbc.sql("""
            UPDATE platform.tenant SET status = CASE WHEN status = 'SUSPENDED' THEN 'SUSPENDED' ELSE 'ACTIVE' END,
              changelog_version = ?, last_error = NULL, updated_at = now() WHERE ibge_code = ?""")
        .params(changelogVersion, id.ibgeCode()).update();
  }

  /**
   * {@link #markActive(TenantId, String)} for many tenants, a thousand to a statement: migrate-all
   * records its verified tenants at the end, not one commit (and one WAL flush) each.
   */
  public void markActive(java.util.Collection<TenantId> ids, String changelogVersion) {
    List<String> codes = ids.stream().map(TenantId::ibgeCode).sorted().toList();
    for (int from = 0; from < codes.size(); from += 1000) {
      String[] chunk = codes.subList(from, Math.min(codes.size(), from + 1000)).toArray(String[]::new);
      jdbc.sql("""
              UPDATE platform.tenant SET status = CASE WHEN status = 'SUSPENDED' THEN 'SUSPENDED' ELSE 'ACTIVE' END,
                changelog_version = ?, last_error = NULL, updated_at = now() WHERE ibge_code = ANY (?)""")
          .params(changelogVersion, chunk).update();
    }
  }

  public void markFailed(TenantId id, String error) {
    jdbc.sql("""
            UPDATE platform.tenant SET status = CASE WHEN status = 'SUSPENDED' THEN 'SUSPENDED' ELSE 'FAILED' END,
              last_error = ?, updated_at = now() WHERE ibge_code = ?""")
        .params(error, id.ibgeCode()).update();
  }

  /** Records an onboarding failure; never touches a tenant that was provisioned meanwhile. */
  public void markOnboardingFailed(TenantId id, String error) {
    jdbc.sql("""
            UPDATE platform.tenant SET status = 'FAILED', last_error = ?, updated_at = now()
            WHERE ibge_code = ? AND changelog_version IS NULL""")
        .params(error, id.ibgeCode()).update();
  }

  public void setStatus(TenantId id, TenantStatus status) {
    jdbc.sql("UPDATE platform.tenant SET status = ?, updated_at = now() WHERE ibge_code = ?")
        .params(status.name(), id.ibgeCode()).update();
  }

  private static Tenant map(ResultSet rs, int row) throws SQLException {
    return new Tenant(
        TenantId.of(rs.getString("ibge_code")),
        rs.getString("name"),
        rs.getString("uf"),
        TenantStatus.valueOf(rs.getString("status")),
        rs.getString("schema_name"),
        rs.getString("changelog_version"),
        rs.getString("last_error"),
        toInstant(rs.getTimestamp("created_at")),
        toInstant(rs.getTimestamp("updated_at")),
        rs.getString("server_key"),
        rs.getString("moving_to"));
  }

  private static java.time.Instant toInstant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
