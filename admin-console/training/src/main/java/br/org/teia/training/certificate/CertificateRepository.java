package br.org.teia.training.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued certificates in the platform schema (schema-qualified SQL). Rows are inserted and revoked, never rewritten. */
@Repository
class CertificateRepository {

  private static final String COLUMNS = """
      c.id, c.enrolment_id, c.code, c.participant_name, c.masked_cpf, c.course_title, c.content_summary, c.workload_hours,
      c.starts_on, c.ends_on, c.attendance_pct, c.grade, c.municipality, c.issued_at, c.issued_by, c.sha256,
      c.revoked_at, c.revoked_reason, r.code AS replacement_code
      FROM platform.training_certificate c LEFT JOIN platform.training_certificate r ON r.id = c.replaced_by
      """;

  private final JdbcClient jdbc;

  CertificateRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(PublicCertificate c, byte[] pdf) {
    jdbc.sql("""
            INSERT INTO platform.training_certificate (id, code, enrolment_id, participant_name, masked_cpf, course_title,
              content_summary, workload_hours, starts_on, ends_on, attendance_pct, grade, municipality, issued_at, issued_by,
              sha256, pdf)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(c.id(), c.code(), c.enrolmentId(), c.participantName(), c.maskedCpf(), c.courseTitle(), c.contentSummary(),
            c.workloadHours(), c.startsOn(), c.endsOn(), c.attendancePct(), c.grade(), c.municipality(),
            OffsetDateTime.ofInstant(c.issuedAt(), ZoneOffset.UTC), c.issuedBy(), c.sha256(), pdf)
        .update();
  }

  /** Revokes a standing certificate; false when it was revoked already. */
  boolean revoke(UUID id, Instant at, String reason) {
    return jdbc.sql("UPDATE platform.training_certificate SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL")
        .params(OffsetDateTime.ofInstant(at, ZoneOffset.UTC), reason, id).update() == 1;
  }

  void replacedBy(UUID id, UUID replacement) {
    jdbc.sql("UPDATE platform.training_certificate SET replaced_by = ? WHERE id = ?").params(replacement, id).update();
  }

  Optional<PublicCertificate> byCode(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE c.code = ?").param(code).query(CertificateRepository::certificate).optional();
  }

  Optional<PublicCertificate> byId(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE c.id = ?").param(id).query(CertificateRepository::certificate).optional();
  }

  /** The certificates of an enrolment, the standing one first. */
  List<PublicCertificate> ofEnrolment(UUID enrolmentId) {
    return jdbc.sql("SELECT " + COLUMNS + " WHERE c.enrolment_id = ? ORDER BY c.revoked_at NULLS FIRST, c.issued_at DESC")
        .param(enrolmentId).query(CertificateRepository::certificate).list();
  }

  Optional<byte[]> pdf(UUID id) {
    return jdbc.sql("SELECT pdf FROM platform.training_certificate WHERE id = ?").param(id).query(byte[].class).optional();
  }

  boolean codeTaken(String code) {
    return jdbc.sql("SELECT count(*) FROM platform.training_certificate WHERE code = ?").param(code).query(Long.class).single() > 0;
  }

  private static PublicCertificate certificate(ResultSet rs, int n) throws SQLException {
    Timestamp revoked = rs.getTimestamp("revoked_at");
    var grade = rs.getBigDecimal("grade");
    return new PublicCertificate(rs.getObject("id", UUID.class), rs.getObject("enrolment_id", UUID.class),
        rs.getString("code"), rs.getString("participant_name"), rs.getString("masked_cpf"), rs.getString("course_title"),
        rs.getString("content_summary"), rs.getInt("workload_hours"), rs.getDate("starts_on").toLocalDate(),
        rs.getDate("ends_on").toLocalDate(), rs.getInt("attendance_pct"), grade == null ? null : grade.stripTrailingZeros(),
        rs.getString("municipality"), rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"),
        rs.getString("sha256"), revoked == null ? null : revoked.toInstant(), rs.getString("revoked_reason"),
        rs.getString("replacement_code"));
  }
}
