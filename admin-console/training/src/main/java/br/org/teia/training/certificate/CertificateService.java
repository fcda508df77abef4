package br.org.teia.training.certificate;

import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.audit.AuditAction;
import br.org.teia.kernel.audit.AuditLog;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.notification.Notifications;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.training.TrainingAccess;
import br.org.teia.training.TrainingConfiguration;
import br.org.teia.training.attendance.AttendanceService;
import br.org.teia.training.attendance.RosterLine;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.catalogue.CourseSummary;
import br.org.teia.training.coverage.TrainingCoverage;
import br.org.teia.training.enrolment.EnrolmentService;
import br.org.teia.training.enrolment.EnrolmentSummary;
import jakarta.annotation.security.RolesAllowed;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues certificates to people who completed a class by the course's rule, keeps the PDF and its
 * SHA-256, and revokes. What a certificate certifies is copied at issue and never changed: a
 * correction revokes the certificate and issues a new one (with a new code) that replaces it.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(TrainingAccess.MANAGE)
public class CertificateService {

  /** The public check page, {@code /publico/certificados/{code}}. */
  public static final String CHECK_ROUTE = "publico/certificados";
  private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray(); // no 0/O, 1/I
  private static final SecureRandom RANDOM = new SecureRandom();

  private final CertificateRepository certificates;
  private final CertificatePdf pdfs;
  private final AttendanceService attendance;
  private final EnrolmentService enrolments;
  private final CatalogueService catalogue;
  private final Notifications notifications;
  private final Messages messages;
  private final CurrentUser currentUser;
  private final AuditLog audit;
  private final Clock clock;
  private final String publicBase;
  private final TrainingCoverage coverage;

  CertificateService(CertificateRepository certificates, CertificatePdf pdfs, AttendanceService attendance,
      EnrolmentService enrolments, CatalogueService catalogue, Notifications notifications, Messages messages,
      CurrentUser currentUser, AuditLog audit, Clock clock, TrainingCoverage coverage,
      @Value("${teia.public-url:}") String publicUrl) {
    this.coverage = coverage;
    this.certificates = certificates;
    this.pdfs = pdfs;
    this.attendance = attendance;
    this.enrolments = enrolments;
    this.catalogue = catalogue;
    this.notifications = notifications;
    this.messages = messages;
    this.currentUser = currentUser;
    this.audit = audit;
    this.clock = clock;
    this.publicBase = publicUrl.strip().replaceAll("/+$", "");
  }

  /** Issues the certificate of a completed enrolment; refused when not completed or already issued. */
  @Transactional
  public PublicCertificate issue(UUID enrolmentId) {
    RosterLine line = attendance.completion(enrolmentId);
    if (!line.completion().completed()) {
      throw new TeiaException("training.certificate.not-completed", line.enrolment().participantName());
    }
    if (standing(enrolmentId).isPresent()) {
      throw new TeiaException("training.certificate.already", line.enrolment().participantName());
    }
    EnrolmentSummary enrolment = line.enrolment();
    ClassSummary klass = catalogue.klass(enrolment.classId());
    CourseSummary course = catalogue.course(klass.courseId());
    String content = course.topics() == null ? course.summary() : course.summary() + " " + text(
        "training.certificate.pdf.topics", course.topics());
    PublicCertificate certificate = new PublicCertificate(UUID.randomUUID(), enrolmentId, newCode(),
        enrolment.participantName(), enrolment.cpf() == null ? null : Cpf.mask(enrolment.cpf()), course.title(),
        content, course.workloadHours(), klass.startsOn(), klass.endsOn(), line.completion().attendancePct(),
        enrolment.grade(), enrolment.municipality(), clock.instant(),
        currentUser.user().map(u -> u.displayName()).orElse("Teia"), null, null, null, null);
    byte[] pdf = pdfs.write(certificate, checkUrl(certificate.code()));
    PublicCertificate issued = withSha(certificate, sha256(pdf));
    certificates.insert(issued, pdf);
    coverage.changed(enrolment.ibgeCode());
    audit.record(AuditAction.TRAINING_CHANGE, "training_certificate", issued.id().toString(),
        "issued " + issued.code() + " for enrolment " + enrolmentId);
    if (enrolment.accountId() != null) {
      notifications.notify(enrolment.accountId(), TrainingConfiguration.CERTIFICATE_ISSUED,
          text("training.notification.certificate.title", course.title()),
          text("training.notification.certificate.body", issued.code()), "formacao/minha");
    }
    return issued;
  }

  /** Revokes a certificate, for good; the public page says so with the reason. */
  @Transactional
  public void revoke(UUID certificateId, String reason) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 500) {
      throw new DomainRefusal("reason", "training.certificate.reason.required");
    }
    certificates.byId(certificateId).orElseThrow(() -> new NotFoundException("training.certificate.not-found"));
    if (!certificates.revoke(certificateId, clock.instant(), why)) {
      throw new TeiaException("training.certificate.revoked-already");
    }
    audit.record(AuditAction.TRAINING_CHANGE, "training_certificate", certificateId.toString(), "revoked: " + why);
    coverage.changed(enrolments.visible(certificates.byId(certificateId).orElseThrow().enrolmentId()).ibgeCode());
  }

  /** A correction: revokes the certificate and issues a new one from the records as they are now. */
  @Transactional
  public PublicCertificate reissue(UUID certificateId, String reason) {
    PublicCertificate old = certificates.byId(certificateId)
        .orElseThrow(() -> new NotFoundException("training.certificate.not-found"));
    revoke(certificateId, reason);
    PublicCertificate replacement = issue(old.enrolmentId());
    certificates.replacedBy(certificateId, replacement.id());
    return replacement;
  }

  /** The certificates of an enrolment the person may see (their own, their municipality's, or any for staff). */
  @RolesAllowed(TrainingAccess.LEARN)
  public List<PublicCertificate> ofEnrolment(UUID enrolmentId) {
    enrolments.visible(enrolmentId);
    return certificates.ofEnrolment(enrolmentId);
  }

  /** The PDF as issued, for whoever may see the enrolment. */
  @RolesAllowed(TrainingAccess.LEARN)
  public byte[] pdf(UUID certificateId) {
    PublicCertificate certificate = certificates.byId(certificateId)
        .orElseThrow(() -> new NotFoundException("training.certificate.not-found"));
    enrolments.visible(certificate.enrolmentId());
    return certificates.pdf(certificateId).orElseThrow();
  }

  private Optional<PublicCertificate> standing(UUID enrolmentId) {
    return certificates.ofEnrolment(enrolmentId).stream().filter(c -> !c.revoked()).findFirst();
  }

  /** Where the code is checked: on {@code teia.public-url} when set, the path alone otherwise. */
  private String checkUrl(String code) {
    return publicBase + "/" + CHECK_ROUTE + "/" + code;
  }

  private String newCode() {
    String code;
    do {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 8; i++) {
        text.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        if (i == 3) {
          text.append('-');
        }
      }
      code = text.toString();
    } while (certificates.codeTaken(code));
    return code;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PublicCertificate withSha(PublicCertificate c, String sha) {
    return new PublicCertificate(c.id(), c.enrolmentId(), c.code(), c.participantName(), c.maskedCpf(), c.courseTitle(),
        c.contentSummary(), c.workloadHours(), c.startsOn(), c.endsOn(), c.attendancePct(), c.grade(), c.municipality(),
        c.issuedAt(), c.issuedBy(), sha, c.revokedAt(), c.revokedReason(), c.replacementCode());
  }

  private String text(String key, Object... args) {
    return messages.get(I18nConfiguration.PT_BR, key, args);
  }
}
