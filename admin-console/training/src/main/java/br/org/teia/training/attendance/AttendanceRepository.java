package br.org.teia.training.attendance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attendance rows in the platform schema (schema-qualified SQL). */
@Repository
class AttendanceRepository {

  private final JdbcClient jdbc;

  AttendanceRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void mark(UUID sessionId, UUID enrolmentId, AttendanceStatus status) {
    jdbc.sql("""
            INSERT INTO platform.training_attendance (session_id, enrolment_id, status) VALUES (?, ?, ?)
            ON CONFLICT (session_id, enrolment_id) DO UPDATE SET status = excluded.status, recorded_at = now()""")
        .params(sessionId, enrolmentId, status.name()).update();
  }

  void setGrade(UUID enrolmentId, java.math.BigDecimal grade) {
    jdbc.sql("UPDATE platform.training_enrolment SET grade = ?, updated_at = now() WHERE id = ?").params(grade, enrolmentId).update();
  }

  /** Enrolment → session → status for every enrolment of the class. */
  Map<UUID, Map<UUID, AttendanceStatus>> ofClass(UUID classId) {
    Map<UUID, Map<UUID, AttendanceStatus>> result = new HashMap<>();
    jdbc.sql("""
            SELECT a.enrolment_id, a.session_id, a.status FROM platform.training_attendance a
            JOIN platform.training_session s ON s.id = a.session_id WHERE s.class_id = ?""")
        .param(classId)
        .query(rs -> {
          result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
              .put(rs.getObject(2, UUID.class), AttendanceStatus.valueOf(rs.getString(3)));
        });
    return result;
  }

  Map<UUID, AttendanceStatus> ofEnrolment(UUID enrolmentId) {
    Map<UUID, AttendanceStatus> result = new HashMap<>();
    jdbc.sql("SELECT session_id, status FROM platform.training_attendance WHERE enrolment_id = ?").param(enrolmentId)
        .query(rs -> {
          result.put(rs.getObject(1, UUID.class), AttendanceStatus.valueOf(rs.getString(2)));
        });
    return result;
  }

  List<UUID> sessionIds(UUID classId) {
    return jdbc.sql("SELECT id FROM platform.training_session WHERE class_id = ?").param(classId).query(UUID.class).list();
  }
}
