package br.org.teia.console.member;

import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantStatus;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Members = the tenant catalogue joined with the association's own records (platform schema,
 * schema-qualified SQL, never the tenant-aware Hibernate session).
 */
@Repository
class MemberRepository {

  /** Lower case without accents, in SQL: "Sabará" and "sabara" find each other. */
  private static final String PLAIN_NAME =
      "translate(lower(t.name), 'áàâãäéèêëíìîïóòôõöúùûüç', 'aaaaaeeeeiiiiooooouuuuc')";

  /** The catalogue and the profile; the managing body's population ({@link MemberSummary#MANAGING_BODY_POPULATION}, 0: none). */
  private static final String SELECT = """
      SELECT t.ibge_code, t.name, t.uf, t.status, t.changelog_version, t.last_error,
             p.population, p.adhesion_date, p.manager_name, p.manager_email, p.manager_phone,
             p.contact_name, p.contact_email, p.contact_phone, coalesce(p.version, 0) AS version,
             coalesce(c.status, 'PENDING') AS contribution, nullif(mb.value, 0)::int AS managing_body_population
      FROM platform.tenant t
      LEFT JOIN platform.member_profile p ON p.ibge_code = t.ibge_code
      LEFT JOIN platform.indicator_value mb ON mb.tenant_code = t.ibge_code
        AND mb.code = 'structure.managing_body.population'
      LEFT JOIN platform.member_contribution c ON c.ibge_code = t.ibge_code AND c.year = :year
      """;

  private final JdbcClient jdbc;

  MemberRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<MemberSummary> find(MemberFilter filter, int offset, int limit) {
    Where where = where(filter);
    var spec = jdbc.sql(SELECT + where.sql + " ORDER BY t.name, t.ibge_code LIMIT :limit OFFSET :offset")
        .param("limit", limit).param("offset", offset);
    where.params.forEach(spec::param);
    int year = filter.year();
    return spec.query((rs, n) -> map(rs, year)).list();
  }

  long count(MemberFilter filter) {
    Where where = where(filter);
    var spec = jdbc.sql("SELECT count(*) FROM (" + SELECT + where.sql + ") AS found");
    where.params.forEach(spec::param);
    return spec.query(Long.class).single();
  }

  Optional<MemberSummary> find(TenantId id, int year) {
    return jdbc.sql(SELECT + " WHERE t.ibge_code = :code").param("year", year).param("code", id.ibgeCode())
        .query((rs, n) -> map(rs, year)).optional();
  }

  boolean isMember(TenantId id) {
    return jdbc.sql("SELECT count(*) FROM platform.tenant WHERE ibge_code = ?").param(id.ibgeCode())
        .query(Long.class).single() > 0;
  }

  /** Writes the profile if nobody changed it since {@code expectedVersion}; false when someone did. */
  boolean save(TenantId id, int expectedVersion, MemberForm form, String by) {
    if (expectedVersion == 0) {
      int inserted = jdbc.sql("""
              INSERT INTO platform.member_profile (ibge_code, population, adhesion_date, manager_name, manager_email,
                manager_phone, contact_name, contact_email, contact_phone, version, updated_by)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?) ON CONFLICT (ibge_code) DO NOTHING""")
          .params(id.ibgeCode(), form.population(), date(form), form.managerName(), form.managerEmail(),
              form.managerPhone(), form.contactName(), form.contactEmail(), form.contactPhone(), by)
          .update();
      if (inserted == 1) {
        return true;
      }
    }
    return jdbc.sql("""
            UPDATE platform.member_profile SET population = ?, adhesion_date = ?, manager_name = ?, manager_email = ?,
              manager_phone = ?, contact_name = ?, contact_email = ?, contact_phone = ?, version = version + 1,
              updated_at = now(), updated_by = ?
            WHERE ibge_code = ? AND version = ?""")
        .params(form.population(), date(form), form.managerName(), form.managerEmail(), form.managerPhone(),
            form.contactName(), form.contactEmail(), form.contactPhone(), by, id.ibgeCode(), expectedVersion)
        .update() == 1;
  }

  void savePopulation(TenantId id, int population, String by) {
    jdbc.sql("""
            INSERT INTO platform.member_profile (ibge_code, population, version, updated_by) VALUES (?, ?, 1, ?)
            ON CONFLICT (ibge_code) DO UPDATE SET population = EXCLUDED.population,
              version = member_profile.version + 1, updated_at = now(), updated_by = EXCLUDED.updated_by""")
        .params(id.ibgeCode(), population, by).update();
  }

  Map<Integer, ContributionStatus> contributions(TenantId id) {
    Map<Integer, ContributionStatus> byYear = new LinkedHashMap<>();
    jdbc.sql("SELECT year, status FROM platform.member_contribution WHERE ibge_code = ? ORDER BY year DESC")
        .param(id.ibgeCode())
        .query((rs, n) -> Map.entry(rs.getInt(1), ContributionStatus.valueOf(rs.getString(2))))
        .list().forEach(e -> byYear.put(e.getKey(), e.getValue()));
    return byYear;
  }

  void saveContribution(TenantId id, int year, ContributionStatus status) {
    jdbc.sql("""
            INSERT INTO platform.member_contribution (ibge_code, year, status) VALUES (?, ?, ?)
            ON CONFLICT (ibge_code, year) DO UPDATE SET status = EXCLUDED.status, updated_at = now()""")
        .params(id.ibgeCode(), year, status.name()).update();
  }

  /** Members (tenant codes) by size class of their recorded population; those without one are left out. */
  Map<SizeClass, List<TenantId>> bySizeClass() {
    Map<SizeClass, List<TenantId>> groups = new LinkedHashMap<>();
    for (SizeClass size : SizeClass.values()) {
      groups.put(size, new ArrayList<>());
    }
    jdbc.sql("SELECT ibge_code, population FROM platform.member_profile WHERE population IS NOT NULL ORDER BY ibge_code")
        .query((rs, n) -> Map.entry(TenantId.of(rs.getString(1)), rs.getInt(2)))
        .list().forEach(e -> groups.get(SizeClass.of(e.getValue())).add(e.getKey()));
    return groups;
  }

  private static Date date(MemberForm form) {
    return form.adhesionDate() == null ? null : Date.valueOf(form.adhesionDate());
  }

  private record Where(String sql, Map<String, Object> params) {}

  private static Where where(MemberFilter filter) {
    List<String> clauses = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("year", filter.year());
    if (!filter.search().isEmpty()) {
      clauses.add("(t.ibge_code LIKE :codePrefix OR " + PLAIN_NAME + " LIKE :name)");
      params.put("codePrefix", filter.search().replaceAll("[^0-9]", "x") + "%");
      params.put("name", "%" + plain(filter.search()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (filter.status() != null) {
      clauses.add("t.status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.sizeClass() != null) {
      clauses.add("coalesce(p.population, nullif(mb.value, 0)::int) BETWEEN :popFrom AND :popTo");
      params.put("popFrom", filter.sizeClass().from());
      params.put("popTo", filter.sizeClass().upTo());
    }
    if (filter.contribution() != null) {
      clauses.add("coalesce(c.status, 'PENDING') = :contribution");
      params.put("contribution", filter.contribution().name());
    }
    return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
  }

  static String plain(String text) {
    return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static MemberSummary map(ResultSet rs, int year) throws SQLException {
    Integer population = (Integer) rs.getObject("population");
    Integer managingBody = (Integer) rs.getObject("managing_body_population");
    Date adhesion = rs.getDate("adhesion_date");
    return new MemberSummary(
        rs.getString("ibge_code"),
        rs.getString("name"),
        rs.getString("uf"),
        TenantStatus.valueOf(rs.getString("status")),
        rs.getString("changelog_version"),
        rs.getString("last_error"),
        population,
        SizeClass.of(population != null ? population : managingBody),
        adhesion == null ? null : adhesion.toLocalDate(),
        rs.getString("manager_name"),
        rs.getString("manager_email"),
        rs.getString("manager_phone"),
        rs.getString("contact_name"),
        rs.getString("contact_email"),
        rs.getString("contact_phone"),
        year,
        ContributionStatus.valueOf(rs.getString("contribution")),
        rs.getInt("version"),
        managingBody);
  }
}
