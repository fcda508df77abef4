package br.org.teia.kernel.tenancy;

import br.org.teia.kernel.TeiaException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What an onboarding request did, tenant by tenant; nothing is silently skipped. */
public record OnboardingReport(
    List<TenantId> onboarded,
    List<TenantId> alreadyActive,
    Map<String, TeiaException> refused,
    Map<TenantId, String> failed,
    Duration elapsed) {

  public boolean allOk() {
    return refused.isEmpty() && failed.isEmpty();
  }
}
