package br.org.teia.structure.workforce;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.indicators.Indicators;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.structure.StructureAccess;
import br.org.teia.structure.StructureModule;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.PersonalDataRead;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.structure.unit.UnitService;
import br.org.teia.kernel.search.SearchFolding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Workers of the current municipality's units. The CPF is personal data: lists and reads answer it
 * masked to everyone who may read workers; only the manager and staff read it whole, through
 * {@link #revealCpf}, and each such read is written to the audit log (who, which worker). Creating,
 * changing and removing a worker are audited as changes of personal data.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class WorkerService {

  static final String AUDIT_ENTITY = "structure.worker";
  private static final Sort BY_NAME = Sort.by("name");

  private final WorkerRepository workers;
  private final UnitService units;
  private final AuditLog audit;
  private final Clock clock;
  private final Indicators indicators;

  WorkerService(WorkerRepository workers, UnitService units, AuditLog audit, Clock clock, Indicators indicators) {
    this.workers = workers;
    this.units = units;
    this.audit = audit;
    this.clock = clock;
    this.indicators = indicators;
  }

  /** Workers whose name contains {@code search}, of {@code unitId} when given, by name; CPFs masked. */
  @RolesAllowed(StructureAccess.WORKFORCE)
  public Page<WorkerSummary> list(String search, UUID unitId, int page, int size) {
    var request = PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 200), BY_NAME);
    Page<Worker> found = workers.search(SearchFolding.pattern(search), unitId, request);
    return new PageImpl<>(summaries(found.getContent()), request, found.getTotalElements());
  }

  /** Every worker matching, for exports; CPFs masked. */
  @RolesAllowed(StructureAccess.WORKFORCE)
  public List<WorkerSummary> listAll(String search, UUID unitId) {
    return summaries(workers.searchAll(SearchFolding.pattern(search), unitId, BY_NAME));
  }

  /**
   * The first {@code size} workers whose name contains {@code text} (accents and case aside), for the
   * header search: names of people, so a search that shows any is audited (PERSONAL_DATA_READ, how many).
   */
  @PersonalDataRead(AUDIT_ENTITY)
  @RolesAllowed(StructureAccess.WORKFORCE)
  public List<WorkerSummary> search(String text, int size) {
    List<Worker> found = workers.search(SearchFolding.pattern(text), null, PageRequest.of(0, Math.clamp(size, 1, 50), BY_NAME))
        .getContent();
    if (!found.isEmpty()) {
      audit.record(AuditAction.PERSONAL_DATA_READ, AUDIT_ENTITY, "*", "search: " + found.size());
    }
    return summaries(found);
  }

  @RolesAllowed(StructureAccess.READ)
  public long count() {
    return workers.count();
  }

  @RolesAllowed(StructureAccess.WORKFORCE)
  public WorkerSummary get(UUID id) {
    return summary(find(id));
  }

  /**
   * The whole CPF (123.456.789-09) of one worker, for the manager and staff only, on an explicit
   * request; the read is audited (action PERSONAL_DATA_READ, the worker's id) even if the caller's
   * transaction later fails: the number was seen.
   */
  @PersonalDataRead(AUDIT_ENTITY)
  @RolesAllowed(StructureAccess.WORKER_CPF)
  public String revealCpf(UUID id) {
    Worker worker = find(id);
    audit.record(AuditAction.PERSONAL_DATA_READ, AUDIT_ENTITY, id.toString(), "cpf");
    return Cpf.format(worker.cpf());
  }

  @Transactional
  @RolesAllowed(StructureAccess.WRITE)
  public WorkerSummary create(@Valid WorkerForm form) {
    if (form.cpf() != null && workers.existsByCpf(form.cpf())) {
      throw new DomainRefusal("cpf", "structure.worker.cpf.duplicate");
    }
    String unitName = unitName(form.unitId());
    checkCoordinator(form, null, unitName);
    indicators.changed(StructureModule.NAME);
    Worker worker = workers.saveAndFlush(Worker.create(form, clock));
    audit.record(AuditAction.PERSONAL_DATA_CHANGE, AUDIT_ENTITY, worker.id().toString(), "created");
    return worker.summary(unitName);
  }

  @Transactional
  @RolesAllowed(StructureAccess.WRITE)
  public WorkerSummary update(UUID id, int expectedVersion, @Valid WorkerForm form) {
    Worker worker = find(id);
    if (worker.version() != expectedVersion) {
      throw new TeiaException("structure.worker.stale", worker.name());
    }
    if (form.cpf() != null && workers.existsByCpfAndIdNot(form.cpf(), id)) {
      throw new DomainRefusal("cpf", "structure.worker.cpf.duplicate");
    }
    String unitName = unitName(form.unitId());
    checkCoordinator(form, id, unitName);
    worker.apply(form, clock);
    indicators.changed(StructureModule.NAME);
    workers.saveAndFlush(worker);
    audit.record(AuditAction.PERSONAL_DATA_CHANGE, AUDIT_ENTITY, id.toString(),
        form.cpf() == null ? "updated" : "updated, cpf given");
    return worker.summary(unitName);
  }

  @Transactional
  @RolesAllowed(StructureAccess.DELETE)
  public void delete(UUID id) {
    indicators.changed(StructureModule.NAME);
    workers.delete(find(id));
    audit.record(AuditAction.PERSONAL_DATA_CHANGE, AUDIT_ENTITY, id.toString(), "deleted");
  }

  /** How many workers have each bond and each profession (zero included), in one statement: aggregate only. */
  @RolesAllowed(StructureAccess.READ)
  public WorkerCounts counts() {
    Map<EmploymentBond, Long> byBond = new EnumMap<>(EmploymentBond.class);
    for (EmploymentBond bond : EmploymentBond.values()) {
      byBond.put(bond, 0L);
    }
    Map<Profession, Long> byProfession = new EnumMap<>(Profession.class);
    for (Profession profession : Profession.values()) {
      byProfession.put(profession, 0L);
    }
    for (Object[] row : workers.countByBondAndProfession()) {
      long count = ((Number) row[2]).longValue();
      if ("bond".equals(row[0])) {
        byBond.put(EmploymentBond.valueOf((String) row[1]), count);
      } else {
        byProfession.put(Profession.valueOf((String) row[1]), count);
      }
    }
    return new WorkerCounts(byBond, byProfession);
  }

  /** Workers per bond and per profession, every key present (zero included). */
  public record WorkerCounts(Map<EmploymentBond, Long> byBond, Map<Profession, Long> byProfession) {

    public WorkerCounts {
      byBond = Map.copyOf(byBond);
      byProfession = Map.copyOf(byProfession);
    }
  }

  private void checkCoordinator(WorkerForm form, UUID self, String unitName) {
    if (!Boolean.TRUE.equals(form.coordinator())) {
      return;
    }
    workers.findFirstByUnitIdAndCoordinatorTrue(form.unitId())
        .filter(other -> !other.id().equals(self))
        .ifPresent(other -> {
          throw new DomainRefusal("coordinator", "structure.worker.coordinator.taken", unitName, other.name());
        });
  }

  private String unitName(UUID unitId) {
    String name = units.names(Set.of(unitId)).get(unitId);
    if (name == null) {
      throw new DomainRefusal("unitId", "structure.worker.unit.not-found");
    }
    return name;
  }

  private Worker find(UUID id) {
    // Another municipality's id simply does not exist in this schema: "not found", never its data.
    return workers.findById(id).orElseThrow(() -> new NotFoundException("structure.worker.not-found", id));
  }

  private WorkerSummary summary(Worker worker) {
    return summaries(List.of(worker)).getFirst();
  }

  private List<WorkerSummary> summaries(List<Worker> found) {
    Map<UUID, String> unitNames = units.names(found.stream().map(Worker::unitId).toList());
    return found.stream().map(worker -> worker.summary(unitNames.get(worker.unitId()))).toList();
  }
}
