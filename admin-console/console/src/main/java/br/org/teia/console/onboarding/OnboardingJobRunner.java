package br.org.teia.console.onboarding;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.tenancy.OnboardingReport;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs an onboarding job in the background, on the application's bounded task executor, through
 * the kernel's {@link TenantOnboarding} (schemas built in parallel, one failure never stops the
 * others). Each municipality's outcome is written to the job's rows as soon as it is known, so any
 * page, after any reload, reads the progress from the database. While a job runs this node beats
 * its heartbeat; a job whose heartbeat stops (node gone) reads as interrupted.
 */
@Component
class OnboardingJobRunner {

  private static final Logger log = LoggerFactory.getLogger(OnboardingJobRunner.class);

  private final OnboardingJobRepository jobs;
  private final TenantOnboarding onboarding;
  private final TenantCatalog catalog;
  private final Messages messages;
  private final Set<UUID> running = ConcurrentHashMap.newKeySet();

  OnboardingJobRunner(OnboardingJobRepository jobs, TenantOnboarding onboarding, TenantCatalog catalog,
      Messages messages) {
    this.jobs = jobs;
    this.onboarding = onboarding;
    this.catalog = catalog;
    this.messages = messages;
  }

  @Async
  public void run(UUID job) {
    running.add(job);
    try {
      jobs.markRunning(job);
      List<String> codes = jobs.pendingCodes(job);
      OnboardingReport report = onboarding.onboard(codes, progress -> {
        if (progress.item() != null) {
          record(job, progress.item());
        }
      });
      report.alreadyActive().forEach(id -> jobs.finishItem(job, id.ibgeCode(), ItemStatus.ALREADY, null));
      report.refused().forEach((input, refusal) -> jobs.finishItem(job, input, ItemStatus.FAILED, messages.of(refusal)));
      report.failed().forEach((id, error) -> jobs.finishItem(job, id.ibgeCode(), ItemStatus.FAILED, error));
      jobs.finish(job, JobStatus.FINISHED, null, messages.get("console.onboarding.not-reported"));
      log.info("onboarding job {}: {} onboarded, {} already there, {} failed", job, report.onboarded().size(),
          report.alreadyActive().size(), report.failed().size() + report.refused().size());
    } catch (TeiaException e) {
      log.warn("onboarding job {} could not run: {}", job, e.getMessage());
      String why = messages.of(e);
      jobs.finish(job, JobStatus.FAILED, why, why);
    } catch (RuntimeException e) {
      log.error("onboarding job {} failed", job, e);
      String why = messages.get("console.onboarding.crashed", String.valueOf(e.getMessage()));
      jobs.finish(job, JobStatus.FAILED, why, why);
    } finally {
      running.remove(job);
    }
  }

  /** Called from the onboarding threads as each municipality ends: the catalogue tells how. */
  private void record(UUID job, String code) {
    Optional<Tenant> tenant = catalog.find(TenantId.of(code));
    if (tenant.isPresent() && tenant.get().changelogVersion() != null) {
      jobs.finishItem(job, code, ItemStatus.DONE, null);
    } else {
      jobs.finishItem(job, code, ItemStatus.FAILED,
          tenant.map(Tenant::lastError).orElse(messages.get("console.onboarding.not-reported")));
    }
  }

  /** Keeps this node's running jobs alive in the eyes of every page reading them. */
  @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
  void heartbeat() {
    jobs.heartbeat(Set.copyOf(running));
  }
}
