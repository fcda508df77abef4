package br.org.teia.training.attendance;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.training.TrainingAccess;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.catalogue.CourseSummary;
import br.org.teia.training.enrolment.EnrolmentService;
import br.org.teia.training.enrolment.EnrolmentStatus;
import br.org.teia.training.enrolment.EnrolmentSummary;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance per session and grades, recorded by the association's staff for confirmed enrolments;
 * the roster with each person's completion by the course's rule. A person sees their own through
 * {@link #completion}.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(TrainingAccess.MANAGE)
public class AttendanceService {

  private final AttendanceRepository attendance;
  private final EnrolmentService enrolments;
  private final CatalogueService catalogue;
  private final AuditLog audit;

  AttendanceService(AttendanceRepository attendance, EnrolmentService enrolments, CatalogueService catalogue,
      AuditLog audit) {
    this.attendance = attendance;
    this.enrolments = enrolments;
    this.catalogue = catalogue;
    this.audit = audit;
  }

  @Transactional
  public void mark(UUID sessionId, UUID enrolmentId, AttendanceStatus status) {
    EnrolmentSummary enrolment = confirmed(enrolmentId);
    if (!attendance.sessionIds(enrolment.classId()).contains(sessionId)) {
      throw new NotFoundException("training.session.not-found");
    }
    attendance.mark(sessionId, enrolmentId, status);
    audit.record(AuditAction.TRAINING_CHANGE, "training_attendance", enrolmentId.toString(), sessionId + " " + status);
  }

  /** Records a grade from 0 to 10 (null clears it). */
  @Transactional
  public void grade(UUID enrolmentId, BigDecimal grade) {
    confirmed(enrolmentId);
    if (grade != null && (grade.signum() < 0 || grade.compareTo(BigDecimal.TEN) > 0 || grade.scale() > 2)) {
      throw new DomainRefusal("grade", "training.course.grade.range");
    }
    attendance.setGrade(enrolmentId, grade);
    audit.record(AuditAction.TRAINING_CHANGE, "training_enrolment", enrolmentId.toString(), "grade " + grade);
  }

  /** The class's confirmed people with attendance per session and completion, in roster order. */
  public List<RosterLine> roster(UUID classId) {
    ClassSummary klass = catalogue.klass(classId);
    CompletionRule rule = ruleOf(catalogue.course(klass.courseId()));
    Map<UUID, Map<UUID, AttendanceStatus>> marks = attendance.ofClass(classId);
    return enrolments.roster(classId).stream().filter(e -> e.status() == EnrolmentStatus.CONFIRMED)
        .map(e -> line(e, marks.getOrDefault(e.id(), Map.of()), klass.sessions(), rule)).toList();
  }

  /** One enrolment's attendance and completion, for whoever may see the enrolment. */
  @RolesAllowed(TrainingAccess.LEARN)
  public RosterLine completion(UUID enrolmentId) {
    EnrolmentSummary enrolment = enrolments.visible(enrolmentId);
    ClassSummary klass = catalogue.klass(enrolment.classId());
    return line(enrolment, attendance.ofEnrolment(enrolmentId), klass.sessions(),
        ruleOf(catalogue.course(klass.courseId())));
  }

  public static CompletionRule ruleOf(CourseSummary course) {
    return new CompletionRule(course.minAttendancePct(), course.passingGrade());
  }

  private static RosterLine line(EnrolmentSummary e, Map<UUID, AttendanceStatus> marks, int sessions, CompletionRule rule) {
    int present = count(marks, AttendanceStatus.PRESENT);
    int excused = count(marks, AttendanceStatus.EXCUSED);
    int absent = sessions - present - excused; // a session with nothing recorded counts as missed
    return new RosterLine(e, Map.copyOf(marks), present, excused, absent, rule.evaluate(sessions, present, excused, e.grade()));
  }

  private static int count(Map<UUID, AttendanceStatus> marks, AttendanceStatus status) {
    return (int) marks.values().stream().filter(status::equals).count();
  }

  private EnrolmentSummary confirmed(UUID enrolmentId) {
    EnrolmentSummary enrolment = enrolments.visible(enrolmentId);
    if (enrolment.status() != EnrolmentStatus.CONFIRMED) {
      throw new TeiaException("training.attendance.not-confirmed");
    }
    return enrolment;
  }
}
