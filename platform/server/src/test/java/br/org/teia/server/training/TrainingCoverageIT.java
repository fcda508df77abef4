package br.org.teia.server.training;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.console.comparison.ComparisonScreen;
import br.org.teia.console.comparison.ComparisonService;
import br.org.teia.console.comparison.FigureText;
import br.org.teia.console.comparison.GroupType;
import br.org.teia.kernel.indicators.IndicatorDefinition;
import br.org.teia.kernel.indicators.IndicatorKind;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.TestPeople;
import br.org.teia.training.attendance.AttendanceService;
import br.org.teia.training.attendance.AttendanceStatus;
import br.org.teia.training.catalogue.Audience;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassForm;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.catalogue.CourseForm;
import br.org.teia.training.catalogue.Modality;
import br.org.teia.training.catalogue.SessionForm;
import br.org.teia.training.certificate.CertificateService;
import br.org.teia.training.certificate.PublicCertificate;
import br.org.teia.training.coverage.TrainingCoverage;
import br.org.teia.training.enrolment.EnrolmentService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Training coverage reaches the association's comparison as two indicators (a trained gestor, people
 * trained), written by the transaction that issues or revokes a certificate — whatever municipality
 * the staff act in — and shown through the same protection as every other indicator: a small
 * municipality's count is "< 5", a larger one's moves by at most D and never below k.
 */
@DemoServerTest
class TrainingCoverageIT {

  static final Locale PT = Locale.forLanguageTag("pt-BR");
  /** Araguari: seven people trained. Barbacena: its gestora and one more. */
  static final TenantId ARAGUARI = TenantId.of("3103504");
  static final TenantId BARBACENA = TenantId.of("3105608");

  @Autowired CatalogueService catalogue;
  @Autowired EnrolmentService enrolments;
  @Autowired AttendanceService attendance;
  @Autowired CertificateService certificates;
  @Autowired ComparisonService comparisons;
  @Autowired FigureText text;
  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void certificates_move_the_coverage_in_their_transaction_and_the_comparison_shows_it_protected() {
    TestPeople people = new TestPeople(onboarding, accounts);
    people.onboarded(ARAGUARI.ibgeCode());
    people.onboarded(BARBACENA.ibgeCode());
    ClassSummary k = klass();
    UUID session = as(Role.ASSOCIATION_STAFF, () -> catalogue.sessions(k.id())).getFirst().id();

    for (int i = 0; i < 7; i++) {
      certify(enrol(people, Role.MUNICIPAL_STAFF, ARAGUARI, k), session);
    }
    PublicCertificate gestora = certify(enrol(people, Role.MUNICIPAL_MANAGER, BARBACENA, k), session);
    certify(enrol(people, Role.COUNCIL_MEMBER, BARBACENA, k), session);

    assertThat(value(TrainingCoverage.PEOPLE_TRAINED, ARAGUARI)).isEqualTo(7);
    assertThat(value(TrainingCoverage.GESTOR_TRAINED, ARAGUARI)).as("staff, no gestor").isZero();
    assertThat(value(TrainingCoverage.PEOPLE_TRAINED, BARBACENA)).isEqualTo(2);
    assertThat(value(TrainingCoverage.GESTOR_TRAINED, BARBACENA)).isEqualTo(1);

    // in the comparison, as every indicator: labelled in Portuguese, protected
    assertThat(comparisons.indicators()).extracting(IndicatorDefinition::code)
        .contains(TrainingCoverage.PEOPLE_TRAINED, TrainingCoverage.GESTOR_TRAINED);
    assertThat(text.indicator(TrainingCoverage.GESTOR_TRAINED, PT)).isEqualTo("Municípios com gestor(a) formado(a) pela COGEMAS");
    ComparisonScreen small = as(Role.ASSOCIATION_STAFF,
        () -> comparisons.screen(TrainingCoverage.PEOPLE_TRAINED, BARBACENA.ibgeCode(), null, null));
    assertThat(shown(small)).isEqualTo("< 5");
    ComparisonScreen larger = as(Role.ASSOCIATION_STAFF,
        () -> comparisons.screen(TrainingCoverage.PEOPLE_TRAINED, ARAGUARI.ibgeCode(), null, null));
    assertThat(larger.comparison().getFirst().figure().isShown()).isTrue();
    assertThat(larger.comparison().getFirst().figure().value().intValue()).isBetween(Math.max(5, 7 - larger.perturbation()), 7 + larger.perturbation());
    ComparisonScreen share = as(Role.ASSOCIATION_STAFF,
        () -> comparisons.screen(TrainingCoverage.GESTOR_TRAINED, BARBACENA.ibgeCode(), null, null));
    assertThat(share.kind()).isEqualTo(IndicatorKind.RATE);
    // one town alone is a share of one municipality: under k, so whether its gestor was trained is not shown
    assertThat(shown(share)).isEqualTo("< 5");
    // the groups (size class, state) show sums of the members' protected contributions (ADR 0018)
    assertThat(share.comparison()).extracting(ComparisonScreen.Row::type).contains(GroupType.STATE);

    // a revoked certificate stops counting, in the revoking transaction
    as(Role.ASSOCIATION_STAFF, () -> {
      certificates.revoke(gestora.id(), "Emitido para a pessoa errada");
      return null;
    });
    assertThat(value(TrainingCoverage.GESTOR_TRAINED, BARBACENA)).isZero();
    assertThat(value(TrainingCoverage.PEOPLE_TRAINED, BARBACENA)).isEqualTo(1);
  }

  private String shown(ComparisonScreen screen) {
    return text.figure(screen.comparison().getFirst().figure(), screen.kind(), screen.k(), false, PT);
  }

  private long value(String code, TenantId town) {
    return jdbc.sql("SELECT value FROM platform.indicator_value WHERE code = ? AND tenant_code = ?")
        .params(code, town.ibgeCode()).query(BigDecimal.class).single().longValue();
  }

  private ClassSummary klass() {
    return as(Role.ASSOCIATION_STAFF, () -> {
      LocalDate today = catalogue.today();
      var course = catalogue.createCourse(new CourseForm("Cobertura " + UUID.randomUUID().toString().substring(0, 6),
          "Gestão do SUAS para equipes municipais.", Audience.ANYONE, 20, Modality.DISTANCE, "SUAS", null, 75, null, true));
      ClassSummary k = catalogue.createClass(course.id(), new ClassForm("Turma única", "https://sala.cogemas.example",
          "Prof. Ana Reis", 40, null, today.minusDays(1), today.plusDays(10), Set.of(), List.of()));
      catalogue.addSession(k.id(), new SessionForm(today.plusDays(20), LocalTime.of(9, 0), LocalTime.of(12, 0), "Encontro"));
      return catalogue.klass(k.id());
    });
  }

  /** A new person of {@code town} enrols themselves; answers the enrolment. */
  private UUID enrol(TestPeople people, Role role, TenantId town, ClassSummary k) {
    UUID account = accounts.findByUsername(people.person(role, town)).orElseThrow().id();
    return as(account, town, role, () -> {
      enrolments.enrolSelf(k.id());
      return enrolments.mine().getFirst().id();
    });
  }

  /** Staff mark the person present and issue the certificate, acting in no municipality. */
  private PublicCertificate certify(UUID enrolment, UUID session) {
    return as(Role.ASSOCIATION_STAFF, () -> {
      attendance.mark(session, enrolment, AttendanceStatus.PRESENT);
      return certificates.issue(enrolment);
    });
  }
}
