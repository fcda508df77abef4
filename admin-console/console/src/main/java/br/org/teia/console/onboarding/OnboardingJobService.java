package br.org.teia.console.onboarding;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.csv.RowError;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.Municipality;
import br.org.teia.kernel.tenancy.Tenant;
import br.org.teia.kernel.tenancy.TenantCatalog;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Onboarding from the console: one municipality, a list of IBGE codes, or a whole state. The
 * request is checked as a whole first (format, reference list, repeated code, already a member,
 * already being onboarded): any wrong entry refuses it all, with every wrong entry named, and
 * nothing is created. A valid request becomes a job stored in the platform schema and run in the
 * background ({@link OnboardingJobRunner}); failed municipalities can be tried again.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(ConsoleAccess.ADMIN)
public class OnboardingJobService {

  static final int RECENT = 20;

  private final OnboardingJobRepository jobs;
  private final OnboardingJobRunner runner;
  private final Municipalities municipalities;
  private final TenantCatalog catalog;
  private final CurrentUser currentUser;
  private final Messages messages;

  OnboardingJobService(OnboardingJobRepository jobs, OnboardingJobRunner runner, Municipalities municipalities,
      TenantCatalog catalog, CurrentUser currentUser, Messages messages) {
    this.jobs = jobs;
    this.runner = runner;
    this.municipalities = municipalities;
    this.catalog = catalog;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  /** Onboards the municipalities of a typed list (one code is a list of one). */
  @Transactional
  public OnboardingJob onboard(List<String> codes) {
    List<Municipality> valid = validate(codes);
    String description = valid.size() == 1
        ? messages.get("console.onboarding.describe.one", valid.getFirst().name(), valid.getFirst().uf())
        : messages.get("console.onboarding.describe.list", valid.size());
    return start(description, valid);
  }

  /** Onboards every municipality of a state not yet a member (nor being onboarded). */
  @Transactional
  public OnboardingJob onboardState(String uf) {
    List<Municipality> state = municipalities.ofState(uf);
    Set<String> busy = jobs.inProgress(codes(state));
    Set<String> provisioned = catalog.findAll().stream().filter(t -> t.changelogVersion() != null)
        .map(t -> t.id().ibgeCode()).collect(Collectors.toSet());
    List<Municipality> missing = state.stream()
        .filter(m -> !provisioned.contains(m.id().ibgeCode()) && !busy.contains(m.id().ibgeCode()))
        .toList();
    String name = state.getFirst().uf();
    if (missing.isEmpty()) {
      throw new TeiaException("console.onboarding.state-complete", name);
    }
    return start(messages.get("console.onboarding.describe.state", name, missing.size(), state.size()), missing);
  }

  /** Tries again what failed (or never ran, if the job was interrupted) in {@code jobId}. */
  @Transactional
  public OnboardingJob retry(UUID jobId) {
    OnboardingJob job = job(jobId);
    if (job.status().active()) {
      throw new TeiaException("console.onboarding.retry.running");
    }
    List<String> codes = jobs.items(jobId, null).stream()
        .filter(i -> i.status() == ItemStatus.FAILED || i.status() == ItemStatus.PENDING)
        .map(OnboardingJobItem::ibgeCode)
        .filter(code -> catalog.find(municipalities.require(code).id()).map(t -> t.changelogVersion() == null).orElse(true))
        .toList();
    if (codes.isEmpty()) {
      throw new TeiaException("console.onboarding.retry.nothing");
    }
    List<Municipality> valid = validate(codes);
    return start(messages.get("console.onboarding.describe.retry", valid.size()), valid);
  }

  public OnboardingJob job(UUID id) {
    return jobs.find(id).orElseThrow(() -> new NotFoundException("console.onboarding.job.not-found", id));
  }

  public Optional<OnboardingJob> latest() {
    return jobs.recent(1).stream().findFirst();
  }

  public List<OnboardingJob> recent() {
    return jobs.recent(RECENT);
  }

  /** The municipalities of a job, all or of one status (e.g. FAILED, with their error). */
  public List<OnboardingJobItem> items(UUID id, ItemStatus status) {
    job(id);
    return jobs.items(id, status);
  }

  /** {@code limit} items (at most 200) of {@link #items(UUID, ItemStatus)} from {@code offset}. */
  public List<OnboardingJobItem> items(UUID id, ItemStatus status, int offset, int limit) {
    job(id);
    return jobs.items(id, status, Math.max(offset, 0), Math.clamp(limit, 1, 200));
  }

  /** How many items {@link #items(UUID, ItemStatus)} lists. */
  public int countItems(UUID id, ItemStatus status) {
    job(id);
    return jobs.countItems(id, status);
  }

  /** Catalogued municipalities whose onboarding failed and was not retried successfully, with the error. */
  public List<Tenant> failedTenants() {
    return catalog.findAll().stream().filter(t -> t.changelogVersion() == null && t.lastError() != null).toList();
  }

  private List<Municipality> validate(List<String> codes) {
    List<RowError> errors = new ArrayList<>();
    List<Municipality> valid = new ArrayList<>();
    Map<String, Integer> firstSeen = new HashMap<>();
    if (codes == null || codes.isEmpty()) {
      throw new RowErrorsException(List.of(new RowError(0, "", "console.onboarding.empty")));
    }
    for (int i = 0; i < codes.size(); i++) {
      String input = codes.get(i) == null ? "" : codes.get(i).strip();
      int position = i + 1;
      Municipality m;
      try {
        m = municipalities.require(input);
      } catch (TeiaException e) {
        errors.add(new RowError(position, input, e.messageKey(), e.arguments()));
        continue;
      }
      String code = m.id().ibgeCode();
      if (firstSeen.containsKey(code)) {
        errors.add(new RowError(position, input, "console.onboarding.duplicate", code, firstSeen.get(code)));
        continue;
      }
      firstSeen.put(code, position);
      Optional<Tenant> tenant = catalog.find(m.id());
      if (tenant.isPresent() && tenant.get().changelogVersion() != null) {
        errors.add(new RowError(position, input, "console.onboarding.already-member", m.name(), code));
        continue;
      }
      valid.add(m);
    }
    Set<String> busy = jobs.inProgress(codes(valid));
    for (int i = 0; i < valid.size(); i++) {
      Municipality m = valid.get(i);
      if (busy.contains(m.id().ibgeCode())) {
        int position = firstSeen.get(m.id().ibgeCode());
        errors.add(new RowError(position, codes.get(position - 1).strip(), "console.onboarding.in-progress", m.name(),
            m.id().ibgeCode()));
      }
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingInt(RowError::line));
      throw new RowErrorsException(errors);
    }
    return valid;
  }

  private OnboardingJob start(String description, List<Municipality> municipalities) {
    UUID id = UUID.randomUUID();
    jobs.create(id, description, currentUser.user().map(TeiaUser::displayName).orElse("sistema"), municipalities);
    // The job runs once its rows are committed, so the runner (another thread) sees them.
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          runner.run(id);
        }
      });
    } else {
      runner.run(id);
    }
    return jobs.find(id).orElseThrow();
  }

  private static Set<String> codes(Collection<Municipality> municipalities) {
    return municipalities.stream().map(m -> m.id().ibgeCode()).collect(Collectors.toSet());
  }

  /** The 27 federative units, for the state picker. */
  public static List<String> states() {
    return List.of("AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO", "MA", "MG", "MS", "MT", "PA", "PB", "PE",
        "PI", "PR", "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO").stream()
        .map(uf -> uf.toUpperCase(Locale.ROOT)).toList();
  }
}
