package br.org.teia.training;

import static br.org.teia.testsupport.ActingAs.as;

import br.org.teia.kernel.security.Role;
import br.org.teia.testsupport.TestClock;
import br.org.teia.training.catalogue.Audience;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassForm;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.catalogue.CourseForm;
import br.org.teia.training.catalogue.CourseSummary;
import br.org.teia.training.catalogue.Modality;
import br.org.teia.training.catalogue.SessionForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Courses and classes for the module's tests, made through the catalogue as the association's staff would. */
public final class TrainingFixture {

  /** The test clock's start: a Tuesday morning in Brasília. */
  public static final String NOW = "2026-03-10T13:00:00Z";
  public static final LocalDate TODAY = LocalDate.parse("2026-03-10");

  /** A clock the tests move by hand, and no offer check of the scheduler's own while a test runs. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Clocked {
    @Bean
    @Primary
    TestClock testClock() {
      return TestClock.at(NOW);
    }
  }

  /** Properties that keep the scheduled offer check away during the tests (they run it themselves). */
  public static final String NO_SCHEDULED_CHECK = "teia.training.offer-check=PT240H";

  private final CatalogueService catalogue;

  public TrainingFixture(CatalogueService catalogue) {
    this.catalogue = catalogue;
  }

  public CourseSummary course(String title, int minAttendance, BigDecimal passingGrade) {
    return as(Role.ASSOCIATION_STAFF, () -> catalogue.createCourse(new CourseForm(title + " " + UUID.randomUUID().toString()
        .substring(0, 6), "Resumo do curso " + title, Audience.ANYONE, 40, Modality.IN_PERSON, "SUAS; PAIF",
        null, minAttendance, passingGrade, true)));
  }

  /** A class taking enrolments today, with {@code sessions} sessions from tomorrow on. */
  public ClassSummary klass(CourseSummary course, int capacity, Integer cap, List<String> municipalities, int sessions) {
    return as(Role.ASSOCIATION_STAFF, () -> {
      ClassSummary k = catalogue.createClass(course.id(), new ClassForm("Turma " + UUID.randomUUID().toString().substring(0, 4),
          "Auditório da COGEMAS, Belo Horizonte", "Profa. Maria Souza", capacity, cap, TODAY.minusDays(5), TODAY.plusDays(10),
          Set.of(), municipalities));
      for (int i = 0; i < sessions; i++) {
        catalogue.addSession(k.id(), new SessionForm(TODAY.plusDays(20 + i), LocalTime.of(9, 0), LocalTime.of(12, 0), "Encontro " + (i + 1)));
      }
      return catalogue.klass(k.id());
    });
  }
}
