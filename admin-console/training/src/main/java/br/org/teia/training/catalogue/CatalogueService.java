package br.org.teia.training.catalogue;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.tenancy.Municipalities;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.training.TrainingAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The course catalogue and its classes: anyone signed in reads it, the association's staff write it.
 * Every change is audited ({@code TRAINING_CHANGE}).
 */
@Service("trainingCatalogueService") // the fund module has a CatalogueService too
@Validated
@Transactional(readOnly = true)
@RolesAllowed(TrainingAccess.LEARN)
public class CatalogueService {

  private final CatalogueRepository catalogue;
  private final Municipalities municipalities;
  private final AuditLog audit;
  private final Clock clock;

  CatalogueService(CatalogueRepository catalogue, Municipalities municipalities, AuditLog audit, Clock clock) {
    this.catalogue = catalogue;
    this.municipalities = municipalities;
    this.audit = audit;
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A page of courses whose title, summary or topics contain {@code search}; only active ones unless staff ask. */
  public List<CourseSummary> courses(String search, boolean activeOnly, int page, int pageSize) {
    return catalogue.courses(search, activeOnly, today(), page * pageSize, pageSize);
  }

  public long countCourses(String search, boolean activeOnly) {
    return catalogue.countCourses(search, activeOnly);
  }

  public CourseSummary course(UUID id) {
    return catalogue.course(id, today()).orElseThrow(() -> new NotFoundException("training.course.not-found"));
  }

  @Transactional
  @RolesAllowed(TrainingAccess.MANAGE)
  public CourseSummary createCourse(@Valid CourseForm form) {
    UUID id = UUID.randomUUID();
    catalogue.insertCourse(id, form);
    audit.record(AuditAction.TRAINING_CHANGE, "training_course", id.toString(), "created: " + form.title());
    return course(id);
  }

  @Transactional
  @RolesAllowed(TrainingAccess.MANAGE)
  public CourseSummary updateCourse(UUID id, int version, @Valid CourseForm form) {
    course(id);
    if (!catalogue.updateCourse(id, version, form)) {
      throw new TeiaException("training.stale");
    }
    audit.record(AuditAction.TRAINING_CHANGE, "training_course", id.toString(), "updated");
    return course(id);
  }

  public List<ClassSummary> classes(UUID courseId) {
    course(courseId);
    return catalogue.classes(courseId);
  }

  /** Classes taking enrolments today, of one course (or of all when {@code courseId} is null). */
  public List<ClassSummary> openClasses(UUID courseId) {
    return catalogue.openClasses(courseId, today());
  }

  public ClassSummary klass(UUID id) {
    return catalogue.klass(id).orElseThrow(() -> new NotFoundException("training.class.not-found"));
  }

  /** Whether people of {@code municipality} may enrol in the class (its regions and municipalities). */
  public boolean openTo(UUID classId, TenantId municipality) {
    return catalogue.openTo(classId, municipality.ibgeCode());
  }

  public List<RegionOption> regions() {
    return catalogue.regions();
  }

  @Transactional
  @RolesAllowed(TrainingAccess.MANAGE)
  public ClassSummary createClass(UUID courseId, @Valid ClassForm form) {
    course(courseId);
    checkOpenings(form);
    UUID id = UUID.randomUUID();
    catalogue.insertClass(id, courseId, form);
    audit.record(AuditAction.TRAINING_CHANGE, "training_class", id.toString(), "created: " + form.name());
    return klass(id);
  }

  @Transactional
  @RolesAllowed(TrainingAccess.MANAGE)
  public ClassSummary updateClass(UUID id, int version, @Valid ClassForm form) {
    ClassSummary current = klass(id);
    checkOpenings(form);
    if (form.capacity() < current.seatsHeld()) {
      throw new DomainRefusal("capacity", "training.class.capacity.below-held", current.seatsHeld());
    }
    if (!catalogue.updateClass(id, version, form)) {
      throw new TeiaException("training.stale");
    }
    audit.record(AuditAction.TRAINING_CHANGE, "training_class", id.toString(), "updated");
    return klass(id);
  }

  private void checkOpenings(ClassForm form) {
    for (String code : form.municipalities()) {
      if (!code.matches("[0-9]{7}") || municipalities.find(TenantId.of(code)).isEmpty()) {
        throw new DomainRefusal("municipalities", "training.class.municipality.unknown", code);
      }
    }
    for (UUID region : form.regions()) {
      if (!catalogue.existsRegion(region)) {
        throw new DomainRefusal("regions", "training.class.region.unknown");
      }
    }
  }

  public List<SessionSummary> sessions(UUID classId) {
    klass(classId);
    return catalogue.sessions(classId);
  }

  @Transactional
  @RolesAllowed(TrainingAccess.MANAGE)
  public SessionSummary addSession(UUID classId, @Valid SessionForm form) {
    klass(classId);
    UUID id = UUID.randomUUID();
    catalogue.insertSession(id, classId, form);
    audit.record(AuditAction.TRAINING_CHANGE, "training_session", id.toString(), "class " + classId);
    return catalogue.sessions(classId).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  /** Removes a session on which no attendance was recorded. */
  @Transactional
  @RolesAllowed(TrainingAccess.MANAGE)
  public void removeSession(UUID sessionId) {
    UUID classId = catalogue.classOfSession(sessionId).orElseThrow(() -> new NotFoundException("training.session.not-found"));
    if (catalogue.sessionHasAttendance(sessionId)) {
      throw new TeiaException("training.session.has-attendance");
    }
    catalogue.deleteSession(sessionId);
    audit.record(AuditAction.TRAINING_CHANGE, "training_session", sessionId.toString(), "removed from class " + classId);
  }
}
