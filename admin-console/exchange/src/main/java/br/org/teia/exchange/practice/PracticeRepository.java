package br.org.teia.exchange.practice;

import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Good practices in the platform schema (schema-qualified SQL), with their municipality's name and size. */
@Repository
class PracticeRepository {

  private static final String SELECT = """
      SELECT p.*, t.name AS municipality, mp.population
      FROM platform.exchange_practice p
      JOIN platform.tenant t ON t.ibge_code = p.ibge_code
      LEFT JOIN platform.member_profile mp ON mp.ibge_code = p.ibge_code
      """;

  private final JdbcClient jdbc;

  PracticeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(UUID id, TenantId tenant, UUID submitter, PracticeForm form, Instant now) {
    jdbc.sql("""
            INSERT INTO platform.exchange_practice (id, ibge_code, submitted_by, title, theme, problem, action_taken,
                results, contact, status, submitted_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED', ?)""")
        .params(id, tenant.ibgeCode(), submitter, form.title(), form.theme().name(), form.problem(),
            form.actionTaken(), form.results(), form.contact(), at(now))
        .update();
  }

  Optional<PracticeSummary> get(UUID id) {
    return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(PracticeRepository::map).optional();
  }

  Optional<UUID> submitter(UUID id) {
    return jdbc.sql("SELECT submitted_by FROM platform.exchange_practice WHERE id = ? AND submitted_by IS NOT NULL")
        .param(id).query(UUID.class).optional();
  }

  /** Rewrites the texts and sends it back to moderation, when {@code version} is still the stored one. */
  boolean resubmit(UUID id, int version, PracticeForm form, Instant now) {
    return jdbc.sql("""
            UPDATE platform.exchange_practice SET title = ?, theme = ?, problem = ?, action_taken = ?, results = ?,
              contact = ?, status = 'SUBMITTED', submitted_at = ?, version = version + 1
            WHERE id = ? AND version = ?""")
        .params(form.title(), form.theme().name(), form.problem(), form.actionTaken(), form.results(), form.contact(),
            at(now), id, version)
        .update() == 1;
  }

  /** Records a decision, when {@code version} is still the stored one. */
  boolean decide(UUID id, int version, PracticeStatus status, String note, Instant now) {
    return jdbc.sql("""
            UPDATE platform.exchange_practice SET status = ?, decision_note = ?, decided_at = ?,
              published_at = CASE WHEN ? = 'APPROVED' THEN ? ELSE published_at END, version = version + 1
            WHERE id = ? AND version = ?""")
        .params(status.name(), note, at(now), status.name(), at(now), id, version)
        .update() == 1;
  }

  List<PracticeSummary> ofTenant(TenantId tenant) {
    return jdbc.sql(SELECT + " WHERE p.ibge_code = ? ORDER BY p.submitted_at DESC").param(tenant.ibgeCode())
        .query(PracticeRepository::map).list();
  }

  List<PracticeSummary> withStatus(PracticeStatus status) {
    return withStatus(status, 0, Integer.MAX_VALUE);
  }

  /** {@code limit} practices of {@link #withStatus(PracticeStatus)} from {@code offset} (LIMIT and OFFSET in the SQL). */
  List<PracticeSummary> withStatus(PracticeStatus status, int offset, int limit) {
    return jdbc.sql(SELECT + " WHERE p.status = ? ORDER BY p.submitted_at, p.id LIMIT ? OFFSET ?")
        .params(status.name(), limit, offset).query(PracticeRepository::map).list();
  }

  int countWithStatus(PracticeStatus status) {
    return jdbc.sql("SELECT count(*) FROM platform.exchange_practice p WHERE p.status = ?").param(status.name())
        .query(Integer.class).single();
  }

  /**
   * Published practices matching {@code filter}, newest first, as a reader of {@code tenant} sees
   * them (null: association staff, everything published); a suspended municipality's people see
   * only what was published before it was suspended.
   */
  List<PracticeSummary> published(PracticeFilter filter, TenantId tenant) {
    SizeClass size = filter.sizeClass();
    return jdbc.sql(SELECT + """
             WHERE p.status = 'APPROVED'
               AND (CAST(:tenant AS char(7)) IS NULL OR EXISTS (SELECT 1 FROM platform.tenant r WHERE r.ibge_code = :tenant
                    AND (r.status = 'ACTIVE' OR (r.status = 'SUSPENDED' AND p.published_at <= r.updated_at))))
               AND (CAST(:text AS text) IS NULL OR concat_ws(' ', p.title, p.problem, p.action_taken, p.results, t.name)
                    ILIKE '%' || :text || '%')
               AND (CAST(:theme AS varchar) IS NULL OR p.theme = :theme)
               AND (CAST(:region AS uuid) IS NULL OR EXISTS (SELECT 1 FROM platform.region_municipality rm
                    WHERE rm.region_id = :region AND rm.ibge_code = p.ibge_code))
               AND (CAST(:sizeFrom AS integer) IS NULL OR mp.population BETWEEN :sizeFrom AND :sizeUpTo)
             ORDER BY p.published_at DESC""")
        .param("tenant", tenant == null ? null : tenant.ibgeCode())
        .param("text", filter.text() == null ? null : filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_"))
        .param("theme", filter.theme() == null ? null : filter.theme().name())
        .param("region", filter.region())
        .param("sizeFrom", size == null ? null : size.from())
        .param("sizeUpTo", size == null ? null : size.upTo())
        .query(PracticeRepository::map).list();
  }

  /** The enabled accounts of active member municipalities (told of a new published practice). */
  List<UUID> activeMembers() {
    return jdbc.sql("""
            SELECT DISTINCT m.account_id FROM platform.membership m
            JOIN platform.tenant t ON t.ibge_code = m.ibge_code AND t.status = 'ACTIVE'
            JOIN platform.account a ON a.id = m.account_id AND a.enabled""")
        .query(UUID.class).list();
  }

  private static PracticeSummary map(ResultSet rs, int row) throws SQLException {
    Integer population = rs.getObject("population", Integer.class);
    return new PracticeSummary(rs.getObject("id", UUID.class), rs.getString("ibge_code"), rs.getString("municipality"),
        SizeClass.of(population), rs.getString("title"), PracticeTheme.valueOf(rs.getString("theme")),
        rs.getString("problem"), rs.getString("action_taken"), rs.getString("results"), rs.getString("contact"),
        PracticeStatus.valueOf(rs.getString("status")), rs.getString("decision_note"), instant(rs, "submitted_at"),
        instant(rs, "published_at"), rs.getInt("version"));
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
