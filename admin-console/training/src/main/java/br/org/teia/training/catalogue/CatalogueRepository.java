package br.org.teia.training.catalogue;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses, classes, sessions and openings in the platform schema (schema-qualified SQL). */
@Repository
class CatalogueRepository {

  private static final String COURSE_COLUMNS = """
      c.id, c.title, c.summary, c.audience, c.workload_hours, c.modality, c.topics, c.prerequisites,
      c.min_attendance_pct, c.passing_grade, c.active, c.version,
      (SELECT count(*) FROM platform.training_class k WHERE k.course_id = c.id AND NOT k.cancelled
         AND :today BETWEEN k.enrolment_opens AND k.enrolment_closes) AS open_classes
      """;

  private static final String CLASS_COLUMNS = """
      k.id, k.course_id, c.title AS course_title, k.name, k.place, k.instructor, k.capacity, k.municipality_cap,
      k.enrolment_opens, k.enrolment_closes, k.cancelled, k.version,
      (SELECT min(s.held_on) FROM platform.training_session s WHERE s.class_id = k.id) AS starts_on,
      (SELECT max(s.held_on) FROM platform.training_session s WHERE s.class_id = k.id) AS ends_on,
      (SELECT count(*) FROM platform.training_session s WHERE s.class_id = k.id) AS sessions,
      (SELECT count(*) FROM platform.training_enrolment e WHERE e.class_id = k.id AND e.status IN ('CONFIRMED', 'OFFERED')) AS held,
      (SELECT count(*) FROM platform.training_enrolment e WHERE e.class_id = k.id AND e.status = 'WAITING') AS waiting
      FROM platform.training_class k JOIN platform.training_course c ON c.id = k.course_id
      """;

  private final JdbcClient jdbc;

  CatalogueRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<CourseSummary> courses(String search, boolean activeOnly, LocalDate today, int offset, int limit) {
    return jdbc.sql("SELECT " + COURSE_COLUMNS + " FROM platform.training_course c WHERE " + courseFilter()
            + " ORDER BY lower(c.title), c.id LIMIT :limit OFFSET :offset")
        .param("today", today).param("search", like(search)).param("activeOnly", activeOnly)
        .param("limit", limit).param("offset", offset)
        .query(CatalogueRepository::course).list();
  }

  long countCourses(String search, boolean activeOnly) {
    return jdbc.sql("SELECT count(*) FROM platform.training_course c WHERE " + courseFilter())
        .param("search", like(search)).param("activeOnly", activeOnly).query(Long.class).single();
  }

  private static String courseFilter() {
    return """
        (NOT :activeOnly OR c.active) AND (CAST(:search AS text) IS NULL OR lower(c.title) LIKE :search
          OR lower(c.summary) LIKE :search OR lower(coalesce(c.topics, '')) LIKE :search)""";
  }

  Optional<CourseSummary> course(UUID id, LocalDate today) {
    return jdbc.sql("SELECT " + COURSE_COLUMNS + " FROM platform.training_course c WHERE c.id = :id")
        .param("today", today).param("id", id).query(CatalogueRepository::course).optional();
  }

  void insertCourse(UUID id, CourseForm f) {
    jdbc.sql("""
            INSERT INTO platform.training_course (id, title, summary, audience, workload_hours, modality, topics,
              prerequisites, min_attendance_pct, passing_grade, active)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, f.title(), f.summary(), f.audience().name(), f.workloadHours(), f.modality().name(), f.topics(),
            f.prerequisites(), f.minAttendancePct(), f.passingGrade(), f.active())
        .update();
  }

  /** Updates when {@code version} is still the stored one; false when someone saved meanwhile. */
  boolean updateCourse(UUID id, int version, CourseForm f) {
    return jdbc.sql("""
            UPDATE platform.training_course SET title = ?, summary = ?, audience = ?, workload_hours = ?, modality = ?,
              topics = ?, prerequisites = ?, min_attendance_pct = ?, passing_grade = ?, active = ?,
              version = version + 1, updated_at = now()
            WHERE id = ? AND version = ?""")
        .params(f.title(), f.summary(), f.audience().name(), f.workloadHours(), f.modality().name(), f.topics(),
            f.prerequisites(), f.minAttendancePct(), f.passingGrade(), f.active(), id, version)
        .update() == 1;
  }

  List<ClassSummary> classes(UUID courseId) {
    return withOpenings(jdbc.sql("SELECT " + CLASS_COLUMNS + " WHERE k.course_id = ? ORDER BY k.enrolment_opens DESC, k.name")
        .param(courseId).query(CatalogueRepository::klass).list());
  }

  /** Classes taking enrolments on {@code today} (of one course, or of all when null). */
  List<ClassSummary> openClasses(UUID courseId, LocalDate today) {
    return withOpenings(jdbc.sql("SELECT " + CLASS_COLUMNS + """
             WHERE (CAST(:course AS uuid) IS NULL OR k.course_id = :course) AND NOT k.cancelled AND c.active
               AND :today BETWEEN k.enrolment_opens AND k.enrolment_closes
             ORDER BY k.enrolment_closes, k.name""")
        .param("course", courseId).param("today", today).query(CatalogueRepository::klass).list());
  }

  Optional<ClassSummary> klass(UUID id) {
    return jdbc.sql("SELECT " + CLASS_COLUMNS + " WHERE k.id = ?").param(id).query(CatalogueRepository::klass)
        .optional().map(k -> withOpenings(List.of(k)).getFirst());
  }

  void insertClass(UUID id, UUID courseId, ClassForm f) {
    jdbc.sql("""
            INSERT INTO platform.training_class (id, course_id, name, place, instructor, capacity, municipality_cap,
              enrolment_opens, enrolment_closes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, courseId, f.name(), f.place(), f.instructor(), f.capacity(), f.municipalityCap(),
            f.enrolmentOpens(), f.enrolmentCloses())
        .update();
    replaceOpenings(id, f);
  }

  boolean updateClass(UUID id, int version, ClassForm f) {
    boolean updated = jdbc.sql("""
            UPDATE platform.training_class SET name = ?, place = ?, instructor = ?, capacity = ?, municipality_cap = ?,
              enrolment_opens = ?, enrolment_closes = ?, version = version + 1
            WHERE id = ? AND version = ?""")
        .params(f.name(), f.place(), f.instructor(), f.capacity(), f.municipalityCap(), f.enrolmentOpens(),
            f.enrolmentCloses(), id, version)
        .update() == 1;
    if (updated) {
      replaceOpenings(id, f);
    }
    return updated;
  }

  private void replaceOpenings(UUID classId, ClassForm f) {
    jdbc.sql("DELETE FROM platform.training_class_opening WHERE class_id = ?").param(classId).update();
    for (UUID region : f.regions()) {
      jdbc.sql("INSERT INTO platform.training_class_opening (class_id, region_id) VALUES (?, ?)").params(classId, region).update();
    }
    for (String code : f.municipalities()) {
      jdbc.sql("INSERT INTO platform.training_class_opening (class_id, ibge_code) VALUES (?, ?)").params(classId, code).update();
    }
  }

  /** Whether the class takes people of municipality {@code ibgeCode}: no opening at all, or one naming it or its region. */
  boolean openTo(UUID classId, String ibgeCode) {
    return jdbc.sql("""
            SELECT NOT EXISTS (SELECT 1 FROM platform.training_class_opening o WHERE o.class_id = :class)
              OR EXISTS (SELECT 1 FROM platform.training_class_opening o WHERE o.class_id = :class AND o.ibge_code = :code)
              OR EXISTS (SELECT 1 FROM platform.training_class_opening o
                         JOIN platform.region_municipality m ON m.region_id = o.region_id
                         WHERE o.class_id = :class AND m.ibge_code = :code)""")
        .param("class", classId).param("code", ibgeCode).query(Boolean.class).single();
  }

  boolean existsRegion(UUID id) {
    return jdbc.sql("SELECT count(*) FROM platform.region WHERE id = ?").param(id).query(Long.class).single() > 0;
  }

  List<RegionOption> regions() {
    return jdbc.sql("""
            SELECT r.id, s.name || ' — ' || r.name AS label FROM platform.region r
            JOIN platform.region_set s ON s.id = r.region_set_id ORDER BY lower(s.name), lower(r.name)""")
        .query((rs, n) -> new RegionOption(rs.getObject("id", UUID.class), rs.getString("label"))).list();
  }

  List<SessionSummary> sessions(UUID classId) {
    return jdbc.sql("SELECT id, class_id, held_on, starts_at, ends_at, topic FROM platform.training_session "
            + "WHERE class_id = ? ORDER BY held_on, starts_at")
        .param(classId)
        .query((rs, n) -> new SessionSummary(rs.getObject("id", UUID.class), rs.getObject("class_id", UUID.class),
            rs.getObject("held_on", LocalDate.class), rs.getObject("starts_at", java.time.LocalTime.class),
            rs.getObject("ends_at", java.time.LocalTime.class), rs.getString("topic")))
        .list();
  }

  void insertSession(UUID id, UUID classId, SessionForm f) {
    jdbc.sql("INSERT INTO platform.training_session (id, class_id, held_on, starts_at, ends_at, topic) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, classId, f.heldOn(), f.startsAt(), f.endsAt(), f.topic()).update();
  }

  boolean sessionHasAttendance(UUID sessionId) {
    return jdbc.sql("SELECT count(*) FROM platform.training_attendance WHERE session_id = ?").param(sessionId)
        .query(Long.class).single() > 0;
  }

  void deleteSession(UUID sessionId) {
    jdbc.sql("DELETE FROM platform.training_session WHERE id = ?").param(sessionId).update();
  }

  Optional<UUID> classOfSession(UUID sessionId) {
    return jdbc.sql("SELECT class_id FROM platform.training_session WHERE id = ?").param(sessionId).query(UUID.class).optional();
  }

  void cancelClass(UUID id) {
    jdbc.sql("UPDATE platform.training_class SET cancelled = true, version = version + 1 WHERE id = ?").param(id).update();
  }

  private List<ClassSummary> withOpenings(List<ClassSummary> classes) {
    List<ClassSummary> result = new ArrayList<>();
    for (ClassSummary k : classes) {
      Set<UUID> regions = new HashSet<>(jdbc.sql("SELECT region_id FROM platform.training_class_opening "
          + "WHERE class_id = ? AND region_id IS NOT NULL").param(k.id()).query(UUID.class).list());
      List<String> codes = jdbc.sql("SELECT ibge_code FROM platform.training_class_opening "
          + "WHERE class_id = ? AND ibge_code IS NOT NULL ORDER BY ibge_code").param(k.id()).query(String.class).list();
      result.add(new ClassSummary(k.id(), k.courseId(), k.courseTitle(), k.name(), k.place(), k.instructor(), k.capacity(),
          k.municipalityCap(), k.enrolmentOpens(), k.enrolmentCloses(), k.cancelled(), k.startsOn(), k.endsOn(),
          k.sessions(), k.seatsHeld(), k.waiting(), k.version(), regions, codes));
    }
    return result;
  }

  private static String like(String search) {
    return search == null || search.isBlank() ? null
        : "%" + search.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static CourseSummary course(ResultSet rs, int n) throws SQLException {
    BigDecimal grade = rs.getBigDecimal("passing_grade");
    return new CourseSummary(rs.getObject("id", UUID.class), rs.getString("title"), rs.getString("summary"),
        Audience.valueOf(rs.getString("audience")), rs.getInt("workload_hours"), Modality.valueOf(rs.getString("modality")),
        rs.getString("topics"), rs.getString("prerequisites"), rs.getInt("min_attendance_pct"),
        grade == null ? null : grade.stripTrailingZeros(), rs.getBoolean("active"), rs.getInt("version"),
        rs.getInt("open_classes"));
  }

  private static ClassSummary klass(ResultSet rs, int n) throws SQLException {
    Integer cap = rs.getObject("municipality_cap", Integer.class);
    return new ClassSummary(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
        rs.getString("course_title"), rs.getString("name"), rs.getString("place"), rs.getString("instructor"),
        rs.getInt("capacity"), cap, date(rs, "enrolment_opens"), date(rs, "enrolment_closes"), rs.getBoolean("cancelled"),
        date(rs, "starts_on"), date(rs, "ends_on"), rs.getInt("sessions"), rs.getInt("held"), rs.getInt("waiting"),
        rs.getInt("version"), Set.of(), List.of());
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
