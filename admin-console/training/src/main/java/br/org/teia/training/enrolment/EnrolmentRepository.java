package br.org.teia.training.enrolment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Participants and enrolments in the platform schema (schema-qualified SQL). */
@Repository
class EnrolmentRepository {

  /** The class as enrolment needs it, read under a row lock. */
  record LockedClass(UUID id, String name, String courseTitle, int capacity, Integer municipalityCap,
      LocalDate opens, LocalDate closes, boolean cancelled) {}

  /** One person in the waitlist, in line order. */
  record Waiting(UUID enrolmentId, String ibgeCode, UUID accountId) {}

  private static final String SUMMARY = """
      SELECT e.id, e.seq, e.class_id, k.name AS class_name, k.course_id, c.title AS course_title, e.participant_id,
        p.account_id, p.name AS participant_name, p.cpf, e.ibge_code, e.status, e.offer_expires_at, e.requested_at, e.grade,
        (SELECT min(s.held_on) FROM platform.training_session s WHERE s.class_id = k.id) AS starts_on,
        (SELECT max(s.held_on) FROM platform.training_session s WHERE s.class_id = k.id) AS ends_on
      FROM platform.training_enrolment e
      JOIN platform.training_participant p ON p.id = e.participant_id
      JOIN platform.training_class k ON k.id = e.class_id
      JOIN platform.training_course c ON c.id = k.course_id
      """;

  private final JdbcClient jdbc;

  EnrolmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks the class row until the transaction ends: every change of its seats goes one at a time. */
  Optional<LockedClass> lockClass(UUID classId) {
    return jdbc.sql("""
            SELECT k.id, k.name, c.title, k.capacity, k.municipality_cap, k.enrolment_opens, k.enrolment_closes, k.cancelled
            FROM platform.training_class k JOIN platform.training_course c ON c.id = k.course_id
            WHERE k.id = ? FOR UPDATE OF k""")
        .param(classId)
        .query((rs, n) -> new LockedClass(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
            rs.getObject(5, Integer.class), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getBoolean(8)))
        .optional();
  }

  int seatsHeld(UUID classId) {
    return jdbc.sql("SELECT count(*) FROM platform.training_enrolment WHERE class_id = ? AND status IN ('CONFIRMED', 'OFFERED')")
        .param(classId).query(Integer.class).single();
  }

  int seatsHeldBy(UUID classId, String ibgeCode) {
    return jdbc.sql("SELECT count(*) FROM platform.training_enrolment WHERE class_id = ? AND ibge_code = ? "
            + "AND status IN ('CONFIRMED', 'OFFERED')")
        .params(classId, ibgeCode).query(Integer.class).single();
  }

  boolean enrolled(UUID classId, UUID participantId) {
    return jdbc.sql("SELECT count(*) FROM platform.training_enrolment WHERE class_id = ? AND participant_id = ? "
            + "AND status IN ('CONFIRMED', 'WAITING', 'OFFERED')")
        .params(classId, participantId).query(Long.class).single() > 0;
  }

  void insert(UUID id, UUID classId, UUID participantId, String ibgeCode, EnrolmentStatus status, Instant at, UUID by) {
    jdbc.sql("""
            INSERT INTO platform.training_enrolment (id, class_id, participant_id, ibge_code, status, requested_at, enrolled_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, classId, participantId, ibgeCode, status.name(), utc(at), by).update();
  }

  void setStatus(UUID id, EnrolmentStatus status, Instant offerExpiresAt) {
    jdbc.sql("UPDATE platform.training_enrolment SET status = ?, offer_expires_at = ?, updated_at = now() WHERE id = ?")
        .params(status.name(), offerExpiresAt == null ? null : utc(offerExpiresAt), id).update();
  }

  /** The waitlist of the class, first come first. */
  List<Waiting> waiting(UUID classId) {
    return jdbc.sql("""
            SELECT e.id, e.ibge_code, p.account_id FROM platform.training_enrolment e
            JOIN platform.training_participant p ON p.id = e.participant_id
            WHERE e.class_id = ? AND e.status = 'WAITING' ORDER BY e.seq""")
        .param(classId)
        .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class)))
        .list();
  }

  /** Classes with an offer past its deadline, or with a free seat and someone waiting. */
  List<UUID> classesToSettle(Instant now) {
    return jdbc.sql("""
            SELECT DISTINCT e.class_id FROM platform.training_enrolment e
            WHERE e.status = 'OFFERED' AND e.offer_expires_at <= ?
            UNION
            SELECT k.id FROM platform.training_class k
            WHERE NOT k.cancelled
              AND EXISTS (SELECT 1 FROM platform.training_enrolment w WHERE w.class_id = k.id AND w.status = 'WAITING')
              AND (SELECT count(*) FROM platform.training_enrolment h WHERE h.class_id = k.id
                   AND h.status IN ('CONFIRMED', 'OFFERED')) < k.capacity""")
        .param(utc(now)).query(UUID.class).list();
  }

  List<UUID> expiredOffers(UUID classId, Instant now) {
    return jdbc.sql("SELECT id FROM platform.training_enrolment WHERE class_id = ? AND status = 'OFFERED' "
            + "AND offer_expires_at <= ? ORDER BY seq")
        .params(classId, utc(now)).query(UUID.class).list();
  }

  Optional<EnrolmentSummary> find(UUID id) {
    return jdbc.sql(SUMMARY + " WHERE e.id = ?").param(id).query(EnrolmentRepository::summary).optional();
  }

  List<EnrolmentSummary> ofParticipant(UUID participantId) {
    return jdbc.sql(SUMMARY + " WHERE e.participant_id = ? ORDER BY e.requested_at DESC").param(participantId)
        .query(EnrolmentRepository::summary).list();
  }

  List<EnrolmentSummary> ofMunicipality(String ibgeCode, String search, int offset, int limit) {
    return jdbc.sql(SUMMARY + " WHERE e.ibge_code = :code AND " + SEARCH + " ORDER BY e.requested_at DESC, e.seq LIMIT :limit OFFSET :offset")
        .param("code", ibgeCode).param("search", like(search)).param("limit", limit).param("offset", offset)
        .query(EnrolmentRepository::summary).list();
  }

  long countOfMunicipality(String ibgeCode, String search) {
    return jdbc.sql("SELECT count(*) FROM platform.training_enrolment e "
            + "JOIN platform.training_participant p ON p.id = e.participant_id "
            + "JOIN platform.training_class k ON k.id = e.class_id JOIN platform.training_course c ON c.id = k.course_id "
            + "WHERE e.ibge_code = :code AND " + SEARCH)
        .param("code", ibgeCode).param("search", like(search)).query(Long.class).single();
  }

  private static final String SEARCH =
      "(CAST(:search AS text) IS NULL OR lower(p.name) LIKE :search OR lower(c.title) LIKE :search)";

  /** The class's enrolments in line order: confirmed and offered first, then the waitlist, then the rest. */
  List<EnrolmentSummary> ofClass(UUID classId) {
    return jdbc.sql(SUMMARY + """
             WHERE e.class_id = ?
             ORDER BY CASE e.status WHEN 'CONFIRMED' THEN 0 WHEN 'OFFERED' THEN 1 WHEN 'WAITING' THEN 2 ELSE 3 END, e.seq""")
        .param(classId).query(EnrolmentRepository::summary).list();
  }

  /** A class to remind its people of: its first session falls on or before {@code until}, not yet reminded. */
  record Reminder(UUID classId, String className, String courseTitle, String place, LocalDate startsOn) {}

  List<Reminder> classesToRemind(LocalDate today, LocalDate until) {
    return jdbc.sql("""
            SELECT k.id, k.name, c.title, k.place, s.first FROM platform.training_class k
            JOIN platform.training_course c ON c.id = k.course_id
            JOIN (SELECT class_id, min(held_on) AS first FROM platform.training_session GROUP BY class_id) s ON s.class_id = k.id
            WHERE NOT k.cancelled AND k.reminded_at IS NULL AND s.first BETWEEN ? AND ?""")
        .params(today, until)
        .query((rs, n) -> new Reminder(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getDate(5).toLocalDate()))
        .list();
  }

  /** Marks the class reminded; false when another run did it first. */
  boolean markReminded(UUID classId, Instant at) {
    return jdbc.sql("UPDATE platform.training_class SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
        .params(utc(at), classId).update() == 1;
  }

  List<UUID> confirmedAccounts(UUID classId) {
    return jdbc.sql("""
            SELECT p.account_id FROM platform.training_enrolment e JOIN platform.training_participant p ON p.id = e.participant_id
            WHERE e.class_id = ? AND e.status = 'CONFIRMED' AND p.account_id IS NOT NULL""")
        .param(classId).query(UUID.class).list();
  }

  // participants

  Optional<Participant> participantOfAccount(UUID accountId) {
    return jdbc.sql("SELECT id, account_id, name, cpf, email FROM platform.training_participant WHERE account_id = ?")
        .param(accountId).query(EnrolmentRepository::participant).optional();
  }

  Optional<Participant> participantWithCpf(String cpf) {
    return jdbc.sql("SELECT id, account_id, name, cpf, email FROM platform.training_participant WHERE cpf = ?")
        .param(cpf).query(EnrolmentRepository::participant).optional();
  }

  Optional<Participant> participant(UUID id) {
    return jdbc.sql("SELECT id, account_id, name, cpf, email FROM platform.training_participant WHERE id = ?")
        .param(id).query(EnrolmentRepository::participant).optional();
  }

  /** The account's participant record, made from its name and e-mail on first use. */
  Participant participantFor(UUID accountId) {
    jdbc.sql("""
            INSERT INTO platform.training_participant (id, account_id, name, email)
            SELECT ?, a.id, a.display_name, a.email FROM platform.account a WHERE a.id = ?
            ON CONFLICT (account_id) DO NOTHING""")
        .params(UUID.randomUUID(), accountId).update();
    return participantOfAccount(accountId).orElseThrow();
  }

  Participant insertOutside(String name, String cpf, String email) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO platform.training_participant (id, name, cpf, email) VALUES (?, ?, ?, ?)")
        .params(id, name, cpf, email).update();
    return participant(id).orElseThrow();
  }

  /** Gives an outside participant the account they were invited to; answers whether it was still without one. */
  boolean linkAccount(UUID participantId, UUID accountId) {
    return jdbc.sql("UPDATE platform.training_participant SET account_id = ? WHERE id = ? AND account_id IS NULL")
        .params(accountId, participantId).update() == 1;
  }

  void setCpf(UUID participantId, String cpf) {
    jdbc.sql("UPDATE platform.training_participant SET cpf = ? WHERE id = ?").params(cpf, participantId).update();
  }

  /** The enabled people holding any role in the municipality, by name. */
  List<Person> peopleOf(String ibgeCode) {
    return jdbc.sql("""
            SELECT DISTINCT a.id, a.display_name FROM platform.account a JOIN platform.membership m ON m.account_id = a.id
            WHERE a.enabled AND m.ibge_code = ? ORDER BY a.display_name""")
        .param(ibgeCode).query((rs, n) -> new Person(rs.getObject(1, UUID.class), rs.getString(2))).list();
  }

  private static String like(String search) {
    return search == null || search.isBlank() ? null
        : "%" + search.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }

  static OffsetDateTime utc(Instant at) {
    return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  private static Participant participant(ResultSet rs, int n) throws SQLException {
    return new Participant(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), rs.getString("name"),
        rs.getString("cpf"), rs.getString("email"));
  }

  private static EnrolmentSummary summary(ResultSet rs, int n) throws SQLException {
    Timestamp offer = rs.getTimestamp("offer_expires_at");
    Date starts = rs.getDate("starts_on");
    Date ends = rs.getDate("ends_on");
    BigDecimal grade = rs.getBigDecimal("grade");
    return new EnrolmentSummary(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getObject("class_id", UUID.class),
        rs.getString("class_name"), rs.getObject("course_id", UUID.class), rs.getString("course_title"),
        rs.getObject("participant_id", UUID.class), rs.getObject("account_id", UUID.class),
        rs.getString("participant_name"), rs.getString("cpf"), rs.getString("ibge_code"), null,
        EnrolmentStatus.valueOf(rs.getString("status")), offer == null ? null : offer.toInstant(),
        rs.getTimestamp("requested_at").toInstant(), grade == null ? null : grade.stripTrailingZeros(),
        starts == null ? null : starts.toLocalDate(), ends == null ? null : ends.toLocalDate());
  }
}
