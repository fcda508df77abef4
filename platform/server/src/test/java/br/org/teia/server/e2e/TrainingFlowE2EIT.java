package br.org.teia.server.e2e;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.security.Role;
import br.org.teia.server.DemoServerTest;
import br.org.teia.training.catalogue.Audience;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassForm;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.catalogue.CourseForm;
import br.org.teia.training.catalogue.Modality;
import br.org.teia.training.catalogue.SessionForm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 11's browser flow, two people in two real browsers: Betim's gestor finds a course in the
 * open catalogue and enrols; the association's staff mark the session's attendance and issue the
 * certificate; the gestor downloads it from "Minha formação" and checks it on the public page by
 * uploading the file they got.
 */
@DemoServerTest
class TrainingFlowE2EIT {

  /** Clicks the grid cell whose text is arguments[0] (selects its row), as a person does. */
  private static final String CLICK_CELL = """
      const cell = Array.from(document.querySelectorAll('vaadin-grid-cell-content'))
          .find(c => c.textContent.trim() === arguments[0]);
      if (cell) { cell.click(); return true; }
      return false;""";

  /** The text of "Minha formação"'s grid, empty while the page is not there yet. */
  private static final String MY_ENROLMENTS = """
      const grid = document.getElementById('my-enrolments');
      return grid === null ? '' : Array.from(grid.querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|');""";

  @RegisterExtension
  final HeadlessChromium gestor = new HeadlessChromium(1400, 1000, 60).savingDownloads();

  @RegisterExtension
  final HeadlessChromium staff = new HeadlessChromium(1400, 1600, 60);

  @Autowired CatalogueService catalogue;
  @Autowired JdbcClient jdbc;

  @Test
  void a_gestor_enrols_staff_mark_attendance_and_issue_and_the_certificate_checks_by_upload() throws Exception {
    String title = "Vigilância socioassistencial " + UUID.randomUUID().toString().substring(0, 6);
    ClassSummary k = classOf(title);
    LocalDate held = as(Role.ASSOCIATION_STAFF, () -> catalogue.today()).plusDays(20);

    // the gestor enrols from the open catalogue
    gestor.open("/formacao");
    gestor.signIn("gestor@betim.demo");
    gestor.open("/formacao");
    gestor.inputOf("catalogue-search").sendKeys(title);
    gestor.until(d -> (Boolean) gestor.script(CLICK_CELL, title));
    gestor.until(d -> d.findElement(By.id("enrol-self-" + k.id()))).click();
    UUID enrolment = gestor.until(d -> jdbc.sql("SELECT id FROM platform.training_enrolment WHERE class_id = ? AND status = 'CONFIRMED'")
        .param(k.id()).query(UUID.class).optional().orElse(null));
    gestor.open("/formacao/minha");
    gestor.until(d -> String.valueOf(gestor.script(MY_ENROLMENTS)).contains(title));

    // staff mark the session and issue the certificate
    staff.open("/formacao/turmas/" + k.id());
    staff.signIn("equipe@cogemas.demo");
    staff.open("/formacao/turmas/" + k.id());
    staff.until(d -> d.findElement(By.id("class-title")));
    staff.choose("attendance-session", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(held) + " — Encontro único");
    // choosing the session redraws the roster: its attendance field is ready once enabled
    staff.waitFor(60).until(d -> d.findElement(By.id("attendance-" + enrolment)).getDomAttribute("disabled") == null);
    for (int attempt = 1; ; attempt++) {
      try {
        staff.script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", "attendance-" + enrolment);
        staff.choose("attendance-" + enrolment, "Presente");
        break;
      } catch (StaleElementReferenceException | ElementClickInterceptedException redrawnOrCovered) {
        // a redraw, or the notification of the session choice over the field for a moment
        Thread.sleep(500);
        if (attempt == 3) {
          throw redrawnOrCovered;
        }
      }
    }
    staff.until(d -> d.findElement(By.id("certificate-issue-" + enrolment))).click();
    String code = staff.until(d -> d.findElement(By.id("certificate-code-" + enrolment))).getText();
    assertThat(code).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
    staff.screenshot("training-flow-issued");

    // the gestor downloads it and anyone checks the file on the public page
    gestor.open("/formacao/minha");
    gestor.until(d -> d.findElement(By.id("my-certificate-" + enrolment))).click();
    Path pdf = gestor.until(d -> gestor.downloaded(".pdf"));
    gestor.until(d -> {
      try {
        return Files.size(pdf) > 1000;
      } catch (java.io.IOException stillWriting) {
        return false;
      }
    });
    gestor.open("/publico/certificados/" + code);
    assertThat(gestor.until(d -> d.findElement(By.id("certificate-valid"))).getText()).isEqualTo("Certificado " + code + " válido");
    gestor.until(d -> d.findElement(By.id("certificate-file"))).sendKeys(pdf.toString());
    gestor.driver().findElement(By.id("certificate-upload-submit")).click();
    assertThat(gestor.until(d -> d.findElement(By.id("certificate-upload-authentic"))).getText())
        .isEqualTo("Este arquivo é exatamente o certificado " + code + " emitido.");
    gestor.screenshot("training-flow-checked");
  }

  /** A course and a class open to every municipality, with one session, as staff write them. */
  private ClassSummary classOf(String title) {
    return as(Role.ASSOCIATION_STAFF, () -> {
      LocalDate today = catalogue.today();
      var course = catalogue.createCourse(new CourseForm(title, "Vigilância socioassistencial para gestores.",
          Audience.ANYONE, 20, Modality.IN_PERSON, "SUAS", null, 75, null, true));
      ClassSummary k = catalogue.createClass(course.id(), new ClassForm("Turma de Betim", "Auditório da COGEMAS",
          "Profa. Maria Souza", 30, null, today.minusDays(1), today.plusDays(10), Set.of(), List.of()));
      catalogue.addSession(k.id(), new SessionForm(today.plusDays(20), LocalTime.of(9, 0), LocalTime.of(12, 0), "Encontro único"));
      return catalogue.klass(k.id());
    });
  }
}
