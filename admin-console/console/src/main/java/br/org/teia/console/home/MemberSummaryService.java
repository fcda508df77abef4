package br.org.teia.console.home;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The association home's figures: member municipalities by status, and the coverage the indicator
 * rollup shows (how many active members report a CMAS, how many have every reference team
 * complete). Counts of municipalities only, never a figure of one.
 */
@Service
public class MemberSummaryService {

  /** The council module's count of councils and the structure module's share of complete teams. */
  static final String COUNCILS = "council.councils";
  static final String TEAMS_COMPLETE = "structure.teams.complete";

  /**
   * @param reporting      active members whose figures reached the rollup
   * @param withCouncil    of the active members, how many report at least one council
   * @param teamsComplete  of the active members, how many report every reference team complete
   */
  public record MemberSummary(long total, Map<TenantStatus, Long> byStatus, long reporting, long withCouncil,
      long teamsComplete) {

    public long count(TenantStatus status) {
      return byStatus.getOrDefault(status, 0L);
    }

    /** Whole percent of the active members; null with none. */
    public Integer percentOfActive(long part) {
      long active = count(TenantStatus.ACTIVE);
      return active == 0 ? null : (int) Math.round(part * 100.0 / active);
    }
  }

  private final TenantCatalog catalog;
  private final JdbcClient jdbc;

  MemberSummaryService(TenantCatalog catalog, JdbcClient jdbc) {
    this.catalog = catalog;
    this.jdbc = jdbc;
  }

  @RolesAllowed(ConsoleAccess.STAFF)
  public MemberSummary summary() {
    Map<TenantStatus, Long> byStatus = catalog.findAll().stream()
        .collect(Collectors.groupingBy(Tenant::status, () -> new EnumMap<>(TenantStatus.class), Collectors.counting()));
    long reporting = activeCount("count(DISTINCT v.tenant_code)", "");
    long withCouncil = activeCount("count(*)", " AND v.code = ? AND v.value > 0", COUNCILS);
    long teamsComplete = activeCount("count(*)", " AND v.code = ? AND v.denominator > 0 AND v.value = v.denominator",
        TEAMS_COMPLETE);
    return new MemberSummary(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus, reporting,
        withCouncil, teamsComplete);
  }

  private long activeCount(String count, String condition, Object... params) {
    return jdbc.sql("SELECT " + count + " FROM platform.indicator_value v JOIN platform.tenant t"
        + " ON t.ibge_code = v.tenant_code WHERE t.status = 'ACTIVE'" + condition).params(params)
        .query(Long.class).single();
  }
}
