package br.org.teia.console.onboarding;

import br.org.teia.kernel.tenancy.Municipality;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Onboarding jobs and their items in the platform schema. A job whose node stopped sending its
 * heartbeat for {@value #STALE_AFTER} is read as INTERRUPTED, whatever its row says.
 */
@Repository
class OnboardingJobRepository {

  static final String STALE_AFTER = "2 minutes";

  private static final String EFFECTIVE_STATUS = "CASE WHEN j.status IN ('QUEUED', 'RUNNING') AND j.heartbeat_at < now()"
      + " - interval '" + STALE_AFTER + "' THEN 'INTERRUPTED' ELSE j.status END";
  private static final String COLUMNS = "j.id, j.description, " + EFFECTIVE_STATUS + " AS status, j.total, j.done,"
      + " j.failed, j.error, j.requested_by, j.created_at, j.started_at, j.finished_at";

  private final JdbcClient jdbc;

  OnboardingJobRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void create(UUID id, String description, String requestedBy, List<Municipality> municipalities) {
    jdbc.sql("""
            INSERT INTO platform.onboarding_job (id, description, status, total, requested_by)
            VALUES (?, ?, 'QUEUED', ?, ?)""")
        .params(id, description, municipalities.size(), requestedBy).update();
    for (Municipality m : municipalities) {
      jdbc.sql("INSERT INTO platform.onboarding_job_item (job_id, ibge_code, name, status) VALUES (?, ?, ?, 'PENDING')")
          .params(id, m.id().ibgeCode(), m.name()).update();
    }
  }

  Optional<OnboardingJob> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.onboarding_job j WHERE j.id = ?").param(id)
        .query(OnboardingJobRepository::job).optional();
  }

  List<OnboardingJob> recent(int limit) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM platform.onboarding_job j ORDER BY j.created_at DESC, j.id LIMIT ?")
        .param(limit).query(OnboardingJobRepository::job).list();
  }

  List<OnboardingJobItem> items(UUID job, ItemStatus status) {
    return items(job, status, 0, Integer.MAX_VALUE);
  }

  /** {@code limit} items of {@link #items(UUID, ItemStatus)} from {@code offset} (LIMIT and OFFSET in the SQL). */
  List<OnboardingJobItem> items(UUID job, ItemStatus status, int offset, int limit) {
    String where = status == null ? "" : " AND status = :status";
    var spec = jdbc.sql("SELECT ibge_code, name, status, error, finished_at FROM platform.onboarding_job_item"
            + " WHERE job_id = :job" + where + " ORDER BY name, ibge_code LIMIT :limit OFFSET :offset")
        .param("job", job).param("limit", limit).param("offset", offset);
    if (status != null) {
      spec = spec.param("status", status.name());
    }
    return spec.query(OnboardingJobRepository::item).list();
  }

  int countItems(UUID job, ItemStatus status) {
    String where = status == null ? "" : " AND status = :status";
    var spec = jdbc.sql("SELECT count(*) FROM platform.onboarding_job_item WHERE job_id = :job" + where).param("job", job);
    if (status != null) {
      spec = spec.param("status", status.name());
    }
    return spec.query(Integer.class).single();
  }

  List<String> pendingCodes(UUID job) {
    return jdbc.sql("SELECT ibge_code FROM platform.onboarding_job_item WHERE job_id = ? AND status = 'PENDING'"
            + " ORDER BY ibge_code").param(job).query(String.class).list();
  }

  /** Codes waiting in a job that is still running (or queued), among {@code codes}. */
  Set<String> inProgress(Set<String> codes) {
    if (codes.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(jdbc.sql("SELECT i.ibge_code FROM platform.onboarding_job_item i"
            + " JOIN platform.onboarding_job j ON j.id = i.job_id"
            + " WHERE i.status = 'PENDING' AND (" + EFFECTIVE_STATUS + ") IN ('QUEUED', 'RUNNING')"
            + " AND i.ibge_code IN (:codes)")
        .param("codes", codes).query(String.class).list());
  }

  void markRunning(UUID job) {
    jdbc.sql("UPDATE platform.onboarding_job SET status = 'RUNNING', started_at = now(), heartbeat_at = now() WHERE id = ?")
        .param(job).update();
  }

  void finishItem(UUID job, String code, ItemStatus status, String error) {
    jdbc.sql("""
            UPDATE platform.onboarding_job_item SET status = ?, error = ?, finished_at = now()
            WHERE job_id = ? AND ibge_code = ? AND status = 'PENDING'""")
        .params(status.name(), error, job, code).update();
    count(job);
  }

  /** Ends the job; items nobody reported on become FAILED with {@code leftoverError}. */
  void finish(UUID job, JobStatus status, String error, String leftoverError) {
    jdbc.sql("""
            UPDATE platform.onboarding_job_item SET status = 'FAILED', error = ?, finished_at = now()
            WHERE job_id = ? AND status = 'PENDING'""")
        .params(leftoverError, job).update();
    count(job);
    jdbc.sql("UPDATE platform.onboarding_job SET status = ?, error = ?, finished_at = now(), heartbeat_at = now()"
            + " WHERE id = ?")
        .params(status.name(), error, job).update();
  }

  void heartbeat(Set<UUID> jobs) {
    if (!jobs.isEmpty()) {
      jdbc.sql("UPDATE platform.onboarding_job SET heartbeat_at = now() WHERE id IN (:ids)").param("ids", jobs).update();
    }
  }

  private void count(UUID job) {
    jdbc.sql("""
            UPDATE platform.onboarding_job j SET heartbeat_at = now(),
              done = (SELECT count(*) FROM platform.onboarding_job_item i WHERE i.job_id = j.id AND i.status <> 'PENDING'),
              failed = (SELECT count(*) FROM platform.onboarding_job_item i WHERE i.job_id = j.id AND i.status = 'FAILED')
            WHERE j.id = ?""")
        .param(job).update();
  }

  private static OnboardingJob job(ResultSet rs, int n) throws SQLException {
    return new OnboardingJob(rs.getObject("id", UUID.class), rs.getString("description"),
        JobStatus.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("done"), rs.getInt("failed"),
        rs.getString("error"), rs.getString("requested_by"), instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")));
  }

  private static OnboardingJobItem item(ResultSet rs, int n) throws SQLException {
    return new OnboardingJobItem(rs.getString("ibge_code"), rs.getString("name"),
        ItemStatus.valueOf(rs.getString("status")), rs.getString("error"), instant(rs.getTimestamp("finished_at")));
  }

  private static Instant instant(Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
