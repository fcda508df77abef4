package br.org.teia.training;

import static br.org.teia.testsupport.ActingAs.as;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.UiTestBase;
import br.org.teia.training.attendance.AttendanceStatus;
import br.org.teia.training.catalogue.Audience;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.catalogue.CourseSummary;
import br.org.teia.training.catalogue.CoursesView;
import br.org.teia.training.catalogue.Modality;
import br.org.teia.training.catalogue.SessionSummary;
import br.org.teia.training.certificate.CertificateCheck;
import br.org.teia.training.certificate.PublicCertificate;
import br.org.teia.training.certificate.UploadCheck;
import br.org.teia.training.certificate.CertificateService;
import br.org.teia.training.enrolment.EnrolmentService;
import br.org.teia.training.enrolment.EnrolmentStatus;
import br.org.teia.training.enrolment.EnrolmentSummary;
import br.org.teia.training.enrolment.OpenCatalogueView;
import br.org.teia.training.progress.MyTrainingView;
import com.github.mvysny.kaributesting.v10.GridKt;
import br.org.teia.kernel.suas.Cpf;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The module's screens, browserless: staff write the catalogue, a person enrols, staff mark attendance and issue, anyone checks. */
@TrainingContext
class TrainingViewIT extends UiTestBase {

  static final TenantId ITABIRA = TenantId.of("3131703");

  @Autowired CatalogueService catalogue;
  @Autowired EnrolmentService enrolments;
  @Autowired CertificateService certificates;
  TrainingFixture fixture;

  @BeforeEach
  void town() {
    onboarded(ITABIRA.ibgeCode());
    fixture = new TrainingFixture(catalogue);
  }

  @Test
  @SuppressWarnings("unchecked")
  void staff_write_a_course_with_the_default_rule_and_a_class_of_it() {
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate(CoursesView.class);
    String title = "Gestão do SUAS " + UUID.randomUUID().toString().substring(0, 6);
    _click(_get(Button.class, spec -> spec.withId("course-new")));
    assertThat(_get(IntegerField.class, spec -> spec.withId("course-attendance")).getValue()).isEqualTo(75);
    _setValue(_get(TextField.class, spec -> spec.withId("course-title")), title);
    _setValue(_get(TextArea.class, spec -> spec.withId("course-summary")), "Introdução à gestão do SUAS.");
    _setValue(_get(Select.class, spec -> spec.withId("course-audience")), Audience.MANAGER);
    _setValue(_get(IntegerField.class, spec -> spec.withId("course-hours")), 0);
    _setValue(_get(Select.class, spec -> spec.withId("course-modality")), Modality.HYBRID);
    _click(_get(Button.class, spec -> spec.withId("course-save")));
    IntegerField hours = _get(IntegerField.class, spec -> spec.withId("course-hours"));
    assertThat(hours.isInvalid()).isTrue();
    assertThat(hours.getErrorMessage()).isEqualTo("A carga horária vai de 1 a 1.000 horas.");
    _setValue(hours, 40);
    _click(_get(Button.class, spec -> spec.withId("course-save")));

    _setValue(_get(TextField.class, spec -> spec.withId("course-search")), title);
    Grid<CourseSummary> courses = _get(Grid.class, spec -> spec.withId("course-grid"));
    assertThat(GridKt._size(courses)).isEqualTo(1);
    CourseSummary saved = GridKt._get(courses, 0);
    assertThat(saved.minAttendancePct()).isEqualTo(75);
    assertThat(saved.passingGrade()).isNull();
    courses.select(saved);
    assertThat(_get(H3.class, spec -> spec.withId("classes-title")).getText()).isEqualTo("Turmas de " + title);

    _click(_get(Button.class, spec -> spec.withId("class-new")));
    _setValue(_get(TextField.class, spec -> spec.withId("class-name")), "Turma Vale do Aço");
    _setValue(_get(TextField.class, spec -> spec.withId("class-place")), "https://sala.cogemas.example/vale");
    _setValue(_get(TextField.class, spec -> spec.withId("class-instructor")), "Prof. João Lima");
    _setValue(_get(TextField.class, spec -> spec.withId("class-municipalities")), "3131703, 9999999");
    _click(_get(Button.class, spec -> spec.withId("class-save")));
    TextField towns = _get(TextField.class, spec -> spec.withId("class-municipalities"));
    assertThat(towns.getErrorMessage()).isEqualTo("O código IBGE 9999999 não é de nenhum município.");
    _setValue(towns, "3131703");
    _click(_get(Button.class, spec -> spec.withId("class-save")));
    Grid<ClassSummary> classes = _get(Grid.class, spec -> spec.withId("class-grid"));
    assertThat(GridKt._size(classes)).isEqualTo(1);
    assertThat(GridKt._get(classes, 0).municipalities()).containsExactly("3131703");
    assertThat(GridKt._get(classes, 0).capacity()).isEqualTo(30);
  }

  @Test
  @SuppressWarnings("unchecked")
  void a_person_enrols_from_the_open_catalogue_for_their_municipality_and_sees_it_in_minha_formacao() {
    CourseSummary course = fixture.course("Acolhimento", 75, null);
    ClassSummary k = fixture.klass(course, 1, null, List.of(), 2);
    String first = people().person(Role.MUNICIPAL_STAFF, ITABIRA);
    String second = people().person(Role.COUNCIL_MEMBER, ITABIRA);

    login(first);
    UI.getCurrent().navigate(OpenCatalogueView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("catalogue-search")), course.title());
    Grid<CourseSummary> grid = _get(Grid.class, spec -> spec.withId("catalogue-grid"));
    assertThat(GridKt._size(grid)).isEqualTo(1);
    grid.select(GridKt._get(grid, 0));
    _click(cell("catalogue-classes", 0, "actions", Button.class, "enrol-self-" + k.id()));

    login(second);
    UI.getCurrent().navigate(OpenCatalogueView.class);
    _setValue(_get(TextField.class, spec -> spec.withId("catalogue-search")), course.title());
    grid = _get(Grid.class, spec -> spec.withId("catalogue-grid"));
    grid.select(GridKt._get(grid, 0));
    _click(cell("catalogue-classes", 0, "actions", Button.class, "enrol-self-" + k.id()));
    UI.getCurrent().navigate(MyTrainingView.class);
    Grid<EnrolmentSummary> mine = _get(Grid.class, spec -> spec.withId("my-enrolments"));
    assertThat(GridKt._size(mine)).isEqualTo(1);
    assertThat(GridKt._get(mine, 0).status()).isEqualTo(EnrolmentStatus.WAITING); // the one seat was taken

    login(first);
    UI.getCurrent().navigate(MyTrainingView.class);
    mine = _get(Grid.class, spec -> spec.withId("my-enrolments"));
    assertThat(GridKt._get(mine, 0).status()).isEqualTo(EnrolmentStatus.CONFIRMED);
    UUID seat = GridKt._get(mine, 0).id();
    _click(cell("my-enrolments", 0, "actions", Button.class, "my-cancel-" + seat));

    login(second);
    UI.getCurrent().navigate(MyTrainingView.class);
    mine = _get(Grid.class, spec -> spec.withId("my-enrolments"));
    UUID offered = GridKt._get(mine, 0).id();
    assertThat(GridKt._get(mine, 0).status()).isEqualTo(EnrolmentStatus.OFFERED);
    _click(cell("my-enrolments", 0, "actions", Button.class, "offer-accept-" + offered));
    mine = _get(Grid.class, spec -> spec.withId("my-enrolments"));
    assertThat(GridKt._get(mine, 0).status()).isEqualTo(EnrolmentStatus.CONFIRMED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void staff_mark_attendance_issue_the_certificate_and_anyone_checks_it_without_login() {
    CourseSummary course = fixture.course("Vigilância", 75, null);
    ClassSummary k = fixture.klass(course, 5, null, List.of(), 4);
    String learner = people().person(Role.MUNICIPAL_MANAGER, ITABIRA);
    UUID enrolment = as(accounts.findByUsername(learner).orElseThrow().id(), ITABIRA, Role.MUNICIPAL_MANAGER, () -> {
      enrolments.enrolSelf(k.id());
      return enrolments.mine().getFirst().id();
    });

    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate("formacao/turmas/" + k.id());
    assertThat(_get(H2.class, spec -> spec.withId("class-title")).getText()).isEqualTo(course.title() + " — " + k.name());
    Select<SessionSummary> session = _get(Select.class, spec -> spec.withId("attendance-session"));
    List<SessionSummary> sessions = catalogue.sessions(k.id());
    AttendanceStatus[] marks = {AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.PRESENT, AttendanceStatus.ABSENT};
    for (int i = 0; i < sessions.size(); i++) {
      _setValue(session, sessions.get(i));
      _setValue(cell("roster-grid", 0, "attendance", Select.class, "attendance-" + enrolment), marks[i]);
    }
    // 2 present of 3 counted sessions (one excused): 66%, below 75%: no certificate yet
    assertThat(cellHas("roster-grid", 0, "certificate", "certificate-issue-" + enrolment)).isFalse();
    _setValue(session, sessions.get(3));
    _setValue(cell("roster-grid", 0, "attendance", Select.class, "attendance-" + enrolment), AttendanceStatus.PRESENT);
    _click(cell("roster-grid", 0, "certificate", Button.class, "certificate-issue-" + enrolment));
    String code = cell("roster-grid", 0, "certificate", Span.class, "certificate-code-" + enrolment).getText();
    byte[] pdf = certificates.pdf(certificates.ofEnrolment(enrolment).getFirst().id());

    // what the public check (PublicCertificatePageIT, TrainingCertificateE2EIT: the page itself) answers
    PublicCertificate checked = context.getBean(CertificateCheck.class).byCode(code).orElseThrow();
    assertThat(checked.courseTitle()).isEqualTo(course.title());
    assertThat(checked.attendancePct()).isEqualTo(100);
    assertThat(checked.revoked()).isFalse();
    byte[] tampered = Arrays.copyOf(pdf, pdf.length + 1);
    assertThat(context.getBean(CertificateCheck.class).check(code, tampered)).contains(UploadCheck.DIFFERENT);
    assertThat(context.getBean(CertificateCheck.class).check(code, pdf)).contains(UploadCheck.AUTHENTIC);
  }

  @Test
  void staff_register_a_community_leader_who_is_invited_and_after_setting_a_password_lands_on_their_training() {
    ClassSummary k = fixture.klass(fixture.course("Controle social", 75, null), 5, null, List.of(), 1);
    String email = br.org.teia.testsupport.TestPeople.unique("lideranca") + "@teste.teia";
    loginAs(Role.ASSOCIATION_STAFF);
    UI.getCurrent().navigate("formacao/turmas/" + k.id());
    NotificationsKt.clearNotifications();
    _click(_get(Button.class, spec -> spec.withId("enrol-outside")));
    assertThat(_get(EmailField.class, spec -> spec.withId("outside-email")).getHelperText())
        .isEqualTo("Quem ainda não tem conta no Teia recebe neste e-mail um convite para criar a senha e acompanhar a própria formação.");
    _setValue(_get(TextField.class, spec -> spec.withId("outside-name")), "Dona Aparecida Lima");
    _setValue(_get(TextField.class, spec -> spec.withId("outside-cpf")), Cpf.withCheckDigits("987654321"));
    _setValue(_get(EmailField.class, spec -> spec.withId("outside-email")), email);
    _setValue(_get(TextField.class, spec -> spec.withId("outside-ibge")), ITABIRA.ibgeCode());
    _click(_get(Button.class, spec -> spec.withId("outside-save")));
    assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
        .contains("Inscrição de Dona Aparecida Lima confirmada na turma " + k.name() + ". Convite para criar a conta enviado a " + email + ".");

    String body = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
        .sql("SELECT body FROM platform.mail_outbox WHERE recipient = ?").param(email).query(String.class).single();
    String token = body.replaceAll("(?s).*redefinir-senha\\?token=([A-Za-z0-9_-]{43}).*", "$1");
    logout();
    UI.getCurrent().navigate("redefinir-senha", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("token", token)));
    assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("Criar nova senha");
    _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withLabel("Nova senha")), "Lideranca-2026");
    _setValue(_get(com.vaadin.flow.component.textfield.PasswordField.class, spec -> spec.withLabel("Repita a nova senha")), "Lideranca-2026");
    _click(_get(Button.class, spec -> spec.withText("Salvar nova senha")));
    UI.getCurrent().navigate("redefinir-senha", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("token", token)));
    assertThat(_get(Paragraph.class, spec -> spec.withId("reset-invalid")).getText())
        .isEqualTo("Este link não vale mais: já foi usado, expirou ou está incompleto. Peça um novo.");

    login(email);
    UI.getCurrent().navigate("");
    assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(MyTrainingView.class)).hasSize(1);
    @SuppressWarnings("unchecked")
    Grid<EnrolmentSummary> mine = _get(Grid.class, spec -> spec.withId("my-enrolments"));
    assertThat(GridKt._size(mine)).isEqualTo(1);
    assertThat(GridKt._get(mine, 0).className()).isEqualTo(k.name());
  }

  @Test
  void the_open_catalogue_shows_no_enrol_button_outside_a_municipality_and_the_staff_views_are_closed_to_others() {
    CourseSummary course = fixture.course("Sem município", 75, null);
    fixture.klass(course, 5, null, List.of(), 1);
    loginAs(Role.ASSOCIATION_ADMIN);
    UI.getCurrent().navigate(OpenCatalogueView.class);
    assertThat(_get(Paragraph.class, spec -> spec.withText("Escolha um curso para ver as turmas. Para se inscrever, entre em um município."))).isNotNull();
    loginAs(Role.COUNCIL_MEMBER, ITABIRA);
    UI.getCurrent().navigate(CoursesView.class);
    assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(CoursesView.class)).isEmpty();
  }

  /** The component with {@code id} in a grid's cell (Karibu renders component columns on demand). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <C extends com.vaadin.flow.component.Component> C cell(String gridId, int row, String column, Class<C> type, String id) {
    Grid grid = _get(Grid.class, spec -> spec.withId(gridId));
    com.vaadin.flow.component.Component content = GridKt._getCellComponent(grid, row, column);
    return content.getId().filter(id::equals).isPresent() ? type.cast(content)
        : com.github.mvysny.kaributesting.v10.LocatorJ._get(content, type, spec -> spec.withId(id));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean cellHas(String gridId, int row, String column, String id) {
    Grid grid = _get(Grid.class, spec -> spec.withId(gridId));
    com.vaadin.flow.component.Component content = GridKt._getCellComponent(grid, row, column);
    return !com.github.mvysny.kaributesting.v10.LocatorJ._find(content, com.vaadin.flow.component.Component.class,
        spec -> spec.withId(id)).isEmpty();
  }

  private static boolean _find(String id) {
    return !com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).isEmpty();
  }
}
