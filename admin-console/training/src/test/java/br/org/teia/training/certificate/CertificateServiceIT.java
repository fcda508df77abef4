package br.org.teia.training.certificate;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import br.org.teia.testsupport.TestPeople;
import br.org.teia.training.TrainingContext;
import br.org.teia.training.TrainingFixture;
import br.org.teia.training.attendance.AttendanceService;
import br.org.teia.training.attendance.AttendanceStatus;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.catalogue.SessionSummary;
import br.org.teia.training.enrolment.EnrolmentService;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = TeiaTestApplication.class)
@TrainingContext
class CertificateServiceIT {

  static final TenantId SABARA = TenantId.of("3156700");
  static final String CPF = Cpf.withCheckDigits("123456789");

  @Autowired CertificateService certificates;
  @Autowired br.org.teia.training.attendance.RosterExport roster;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired CertificateCheck check;
  @Autowired AttendanceService attendance;
  @Autowired EnrolmentService enrolments;
  @Autowired CatalogueService catalogue;
  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;
  TestPeople people;
  TrainingFixture fixture;

  @BeforeEach
  void setUp() {
    people = new TestPeople(onboarding, accounts);
    people.onboarded(SABARA.ibgeCode());
    fixture = new TrainingFixture(catalogue);
  }

  /** A person enrolled in a new class of four sessions, attendance marked as given. */
  private UUID enrolledWith(UUID account, AttendanceStatus... marks) {
    ClassSummary k = fixture.klass(fixture.course("Vigilância socioassistencial", 75, null), 10, null, List.of(), 4);
    UUID enrolment = as(account, SABARA, Role.MUNICIPAL_STAFF, () -> {
      enrolments.enrolSelf(k.id());
      return enrolments.mine().stream().filter(e -> e.classId().equals(k.id())).findFirst().orElseThrow().id();
    });
    List<SessionSummary> sessions = as(Role.ASSOCIATION_STAFF, () -> catalogue.sessions(k.id()));
    for (int i = 0; i < marks.length; i++) {
      int session = i;
      as(Role.ASSOCIATION_STAFF, () -> {
        attendance.mark(sessions.get(session).id(), enrolment, marks[session]);
        return null;
      });
    }
    return enrolment;
  }

  private UUID personWithCpf(String cpf) {
    UUID account = people.account(TestPeople.unique("cursista") + "@teste.teia", "Joana Cursista", Role.MUNICIPAL_STAFF, SABARA);
    if (cpf != null) {
      as(account, SABARA, Role.MUNICIPAL_STAFF, () -> {
        enrolments.setMyCpf(cpf);
        return null;
      });
    }
    return account;
  }

  @Test
  void an_issued_certificate_shows_what_it_certifies_and_an_upload_tells_the_file_issued_from_a_tampered_one() {
    UUID account = personWithCpf(CPF);
    // one excused absence: 3 of 3 counted sessions
    UUID enrolment = enrolledWith(account, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED,
        AttendanceStatus.PRESENT);
    PublicCertificate issued = as(Role.ASSOCIATION_STAFF, () -> certificates.issue(enrolment));

    PublicCertificate shown = check.byCode(issued.code().toLowerCase().replace("-", "")).orElseThrow();
    assertThat(shown.participantName()).isEqualTo("Joana Cursista");
    assertThat(shown.maskedCpf()).isEqualTo(Cpf.mask(CPF)).doesNotContain(CPF.substring(0, 3));
    assertThat(shown.courseTitle()).startsWith("Vigilância socioassistencial");
    assertThat(shown.workloadHours()).isEqualTo(40);
    assertThat(shown.attendancePct()).isEqualTo(100);
    assertThat(shown.municipality()).isEqualTo("Sabará");
    assertThat(shown.startsOn()).isEqualTo(TrainingFixture.TODAY.plusDays(20));
    assertThat(shown.endsOn()).isEqualTo(TrainingFixture.TODAY.plusDays(23));
    assertThat(shown.revoked()).isFalse();

    byte[] pdf = as(account, SABARA, Role.MUNICIPAL_STAFF, () -> certificates.pdf(issued.id()));
    assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(check.check(issued.code(), pdf)).contains(UploadCheck.AUTHENTIC);
    byte[] tampered = Arrays.copyOf(pdf, pdf.length);
    tampered[tampered.length / 2] ^= 0x01;
    assertThat(check.check(issued.code(), tampered)).contains(UploadCheck.DIFFERENT);
    assertThat(check.check("ZZZZ-ZZZZ", pdf)).isEmpty();

    UUID stranger = personWithCpf(null);
    assertThatThrownBy(() -> as(stranger, SABARA, Role.MUNICIPAL_STAFF, () -> certificates.pdf(issued.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_roster_exports_to_csv_and_xlsx_with_the_cpf_masked_and_the_issued_certificate_is_notified() throws Exception {
    String cpf = Cpf.withCheckDigits("321654987");
    UUID account = personWithCpf(cpf);
    UUID enrolment = enrolledWith(account, AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.PRESENT,
        AttendanceStatus.PRESENT);
    UUID classId = as(Role.ASSOCIATION_STAFF, () -> enrolments.visible(enrolment).classId());
    as(Role.ASSOCIATION_STAFF, () -> certificates.issue(enrolment));
    assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
        .sql("SELECT count(*) FROM platform.notification WHERE account_id = ? AND kind = 'training.certificate-issued'")
        .param(account).query(Long.class).single()).isEqualTo(1);

    java.util.Locale pt = java.util.Locale.forLanguageTag("pt-BR");
    String csv = new String(as(Role.ASSOCIATION_STAFF, () -> roster.csv(classId, pt)), StandardCharsets.UTF_8);
    List<String> lines = csv.lines().toList();
    assertThat(lines.getFirst()).contains("Nome").contains("CPF").contains("Frequência").contains("Concluiu");
    assertThat(lines.get(1)).contains("Joana Cursista").contains(Cpf.mask(cpf)).contains("Sabará").contains("100")
        .contains("Sim").doesNotContain(cpf);
    byte[] xlsx = as(Role.ASSOCIATION_STAFF, () -> roster.xlsx(classId, pt));
    try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      var rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(1).getCellText(0)).isEqualTo("Joana Cursista");
      assertThat(rows.get(1).getCellText(1)).isEqualTo(Cpf.mask(cpf));
      assertThat(rows.get(1).getCellText(rows.get(1).getCellCount() - 1)).isEqualTo("Sim");
    }
    assertThatThrownBy(() -> as(SABARA, Role.MUNICIPAL_MANAGER, () -> roster.csv(classId, pt)))
        .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }

  @Test
  void no_certificate_below_the_attendance_share_and_never_a_second_one_while_one_stands() {
    UUID short_ = enrolledWith(personWithCpf(null), AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
        AttendanceStatus.ABSENT, AttendanceStatus.PRESENT);
    // 3 of 4 = 75%: completes
    as(Role.ASSOCIATION_STAFF, () -> certificates.issue(short_));
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> certificates.issue(short_)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("training.certificate.already"));

    UUID below = enrolledWith(personWithCpf(null), AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
        AttendanceStatus.ABSENT, AttendanceStatus.ABSENT);
    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> certificates.issue(below)))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("training.certificate.not-completed"));
  }

  @Test
  void a_revoked_certificate_says_so_and_a_correction_issues_a_new_one_that_replaces_it() {
    UUID account = personWithCpf(null);
    UUID enrolment = enrolledWith(account, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT, AttendanceStatus.PRESENT,
        AttendanceStatus.PRESENT);
    PublicCertificate first = as(Role.ASSOCIATION_STAFF, () -> certificates.issue(enrolment));
    byte[] firstPdf = as(Role.ASSOCIATION_STAFF, () -> certificates.pdf(first.id()));

    PublicCertificate second = as(Role.ASSOCIATION_STAFF, () -> certificates.reissue(first.id(), "Nome grafado errado"));
    assertThat(second.code()).isNotEqualTo(first.code());

    PublicCertificate old = check.byCode(first.code()).orElseThrow();
    assertThat(old.revoked()).isTrue();
    assertThat(old.revokedReason()).isEqualTo("Nome grafado errado");
    assertThat(old.replacementCode()).isEqualTo(second.code());
    assertThat(check.check(first.code(), firstPdf)).contains(UploadCheck.REVOKED);
    assertThat(check.byCode(second.code()).orElseThrow().revoked()).isFalse();

    assertThatThrownBy(() -> as(Role.ASSOCIATION_STAFF, () -> {
      certificates.revoke(first.id(), "de novo");
      return null;
    })).isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("training.certificate.revoked-already"));
    assertThatThrownBy(() -> as(Role.MUNICIPAL_MANAGER, () -> {
      certificates.revoke(second.id(), "sem poder");
      return null;
    })).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
  }
}
