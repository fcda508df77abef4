package br.org.teia.console.member;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.console.csv.CsvLines;
import br.org.teia.console.csv.RowError;
import br.org.teia.console.csv.RowErrorsException;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.PersonalDataRead;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.suas.SizeClass;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.TenantStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Comparator;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The member catalogue for association staff: list, record, contributions, population import,
 * suspension. Association roles only: municipal people never reach it, whatever the entry point.
 * Manager and contact details are personal data of office holders: reading one member's record,
 * exporting and changing them are audited.
 */
@Service
@Validated
@Transactional(readOnly = true)
@RolesAllowed(ConsoleAccess.STAFF)
public class MemberService {

  /** Years of contribution history shown for each member besides the recorded ones. */
  static final int RECENT_YEARS = 5;
  static final int MIN_YEAR = 1990;

  private final MemberRepository members;
  private final Municipalities municipalities;
  private final TenantOnboarding onboarding;
  private final AuditLog audit;
  private final CurrentUser currentUser;
  private final Clock clock;

  MemberService(MemberRepository members, Municipalities municipalities, TenantOnboarding onboarding, AuditLog audit,
      CurrentUser currentUser, Clock clock) {
    this.members = members;
    this.municipalities = municipalities;
    this.onboarding = onboarding;
    this.audit = audit;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  public int currentYear() {
    return LocalDate.now(clock).getYear();
  }

  public Page<MemberSummary> list(MemberFilter filter, int page, int size) {
    var request = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 500));
    List<MemberSummary> found = members.find(filter, (int) request.getOffset(), request.getPageSize());
    return new PageImpl<>(found, request, members.count(filter));
  }

  public long count(MemberFilter filter) {
    return members.count(filter);
  }

  /** Every member matching, for exports (the catalogue holds at most a state's municipalities). */
  @PersonalDataRead("member_profile")
  public List<MemberSummary> listAll(MemberFilter filter) {
    audit.record(AuditAction.PERSONAL_DATA_READ, "member_profile", null, "export: " + describe(filter));
    return members.find(filter, 0, Integer.MAX_VALUE);
  }

  @PersonalDataRead("member_profile")
  public MemberDetail get(TenantId id) {
    MemberSummary member = require(id);
    audit.record(AuditAction.PERSONAL_DATA_READ, "member_profile", id.ibgeCode(), null);
    return new MemberDetail(member, history(id));
  }

  @Transactional
  public MemberDetail update(TenantId id, int expectedVersion, @Valid MemberForm form) {
    require(id);
    if (!members.save(id, expectedVersion, form, actor())) {
      throw new TeiaException("console.member.stale", id.ibgeCode());
    }
    audit.record(AuditAction.PERSONAL_DATA_CHANGE, "member_profile", id.ibgeCode(), "profile");
    return new MemberDetail(require(id), history(id));
  }

  @Transactional
  public MemberDetail setContribution(TenantId id, int year, ContributionStatus status) {
    require(id);
    if (status == null) {
      throw new TeiaException("console.contribution.required");
    }
    if (year < MIN_YEAR || year > currentYear() + 1) {
      throw new TeiaException("console.contribution.year", year, MIN_YEAR, currentYear() + 1);
    }
    members.saveContribution(id, year, status);
    return new MemberDetail(require(id), history(id));
  }

  /**
   * Sets the population of many members from a CSV file ({@code código IBGE;população}), all or
   * nothing: one wrong line and nothing is written; every wrong line is reported with its number.
   */
  @Transactional
  @RolesAllowed(ConsoleAccess.ADMIN)
  public int importPopulations(byte[] csv) {
    List<CsvLines.Row> rows = CsvLines.parse(csv);
    List<RowError> errors = new ArrayList<>();
    Map<TenantId, Integer> populations = new LinkedHashMap<>();
    Map<TenantId, Integer> firstLine = new HashMap<>();
    if (rows.isEmpty()) {
      errors.add(new RowError(0, "", "console.import.empty"));
    }
    for (CsvLines.Row row : rows) {
      String code = row.field(0);
      String count = row.field(1).replace(".", "").replace(" ", "");
      TenantId id;
      try {
        id = municipalities.require(code).id();
      } catch (TeiaException e) {
        errors.add(new RowError(row.line(), row.text(), e.messageKey(), e.arguments()));
        continue;
      }
      if (firstLine.containsKey(id)) {
        errors.add(new RowError(row.line(), row.text(), "console.import.duplicate", code, firstLine.get(id)));
        continue;
      }
      firstLine.put(id, row.line());
      if (!members.isMember(id)) {
        errors.add(new RowError(row.line(), row.text(), "console.import.not-member", code));
        continue;
      }
      Integer population = count.matches("\\d{1,8}") ? Integer.valueOf(count) : null;
      if (population == null || population < 1 || population > 20_000_000) {
        errors.add(new RowError(row.line(), row.text(), "console.import.population.invalid", row.field(1)));
        continue;
      }
      populations.put(id, population);
    }
    if (!errors.isEmpty()) {
      throw new RowErrorsException(errors);
    }
    String by = actor();
    populations.forEach((id, population) -> members.savePopulation(id, population, by));
    audit.record(AuditAction.PERSONAL_DATA_CHANGE, "member_profile", null, "population import: " + populations.size());
    return populations.size();
  }

  /** A suspended member's people can no longer sign in to it nor enter it; its data stays. */
  @Transactional
  @RolesAllowed(ConsoleAccess.ADMIN)
  public MemberSummary suspend(TenantId id) {
    MemberSummary member = require(id);
    switch (member.status()) {
      case SUSPENDED -> throw new TeiaException("console.member.already-suspended", member.name());
      case PROVISIONING -> throw new TeiaException("console.member.suspend.provisioning", member.name());
      default -> onboarding.suspend(id);
    }
    return require(id);
  }

  @Transactional
  @RolesAllowed(ConsoleAccess.ADMIN)
  public MemberSummary reactivate(TenantId id) {
    MemberSummary member = require(id);
    if (member.status() != TenantStatus.SUSPENDED) {
      throw new TeiaException("console.member.not-suspended", member.name());
    }
    onboarding.reactivate(id);
    return require(id);
  }

  /** The built-in peer groups: members by size class of their recorded population. */
  public Map<SizeClass, List<TenantId>> peerGroups() {
    return members.bySizeClass();
  }

  private MemberSummary require(TenantId id) {
    return members.find(id, currentYear())
        .orElseThrow(() -> new NotFoundException("console.member.not-found", id.ibgeCode()));
  }

  /** Recorded years plus the recent ones (pending when nobody recorded them), newest first. */
  private List<YearContribution> history(TenantId id) {
    Map<Integer, ContributionStatus> years = new TreeMap<>(Comparator.reverseOrder());
    int now = currentYear();
    for (int year = now; year > now - RECENT_YEARS; year--) {
      years.put(year, ContributionStatus.PENDING);
    }
    years.putAll(members.contributions(id));
    return years.entrySet().stream().map(e -> new YearContribution(e.getKey(), e.getValue())).toList();
  }

  private String actor() {
    return currentUser.user().map(TeiaUser::displayName).orElse("sistema");
  }

  private static String describe(MemberFilter filter) {
    return "search=" + filter.search() + " status=" + filter.status() + " size=" + filter.sizeClass()
        + " contribution=" + filter.contribution() + "/" + filter.year();
  }
}
