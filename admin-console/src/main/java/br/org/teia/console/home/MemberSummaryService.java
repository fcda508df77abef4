package br.org.teia.console.home;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantStatus;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Counts of member municipalities by status, for the association home. */
@Service
public class MemberSummaryService {

  public record MemberSummary(long total, Map<TenantStatus, Long> byStatus) {}

  private final TenantCatalog catalog;

  MemberSummaryService(TenantCatalog catalog) {
    this.catalog = catalog;
  }

  @RolesAllowed(ConsoleAccess.STAFF)
  public MemberSummary summary() {
    Map<TenantStatus, Long> byStatus = catalog.findAll().stream()
        .collect(Collectors.groupingBy(Tenant::status, () -> new EnumMap<>(TenantStatus.class), Collectors.counting()));
    return new MemberSummary(byStatus.values().stream().mapToLong(Long::longValue).sum(), byStatus);
  }
}
