package br.org.teia.training.demo;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.training.attendance.AttendanceService;
import br.org.teia.training.attendance.AttendanceStatus;
import br.org.teia.training.attendance.RosterLine;
import br.org.teia.training.catalogue.Audience;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassForm;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.catalogue.CourseForm;
import br.org.teia.training.catalogue.CourseSummary;
import br.org.teia.training.catalogue.Modality;
import br.org.teia.training.catalogue.SessionForm;
import br.org.teia.training.catalogue.SessionSummary;
import br.org.teia.training.certificate.CertificateService;
import br.org.teia.training.enrolment.EnrolmentService;
import br.org.teia.training.enrolment.OutsideParticipantForm;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo training, idempotent (nothing is made when the first course exists), through the module's
 * services as the association's staff and the municipalities' managers: ten courses in the
 * CapacitaSUAS style, an open class of each with the demo people enrolled (one class full, with a
 * waitlist), and four past classes with attendance and issued certificates. Names and CPFs are
 * fictitious (CPFs generated with valid check digits).
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
class DemoTraining implements DemoContribution {

  record Course(String title, String summary, Audience audience, int hours, Modality modality, String topics,
      BigDecimal passingGrade) {}

  static final List<Course> COURSES = List.of(
      new Course("Introdução ao provimento dos serviços e benefícios socioassistenciais do SUAS",
          "Curso introdutório sobre a organização do SUAS, a tipificação nacional dos serviços e os benefícios socioassistenciais.",
          Audience.ANYONE, 40, Modality.DISTANCE, "LOAS; PNAS; NOB-SUAS; tipificação; proteção básica e especial", null),
      new Course("Gestão financeira e orçamentária do SUAS",
          "Planejamento orçamentário, cofinanciamento federal, fundo municipal e prestação de contas.",
          Audience.MANAGER, 40, Modality.HYBRID, "PPA, LDO e LOA; blocos de financiamento; FMAS; prestação de contas", null),
      new Course("Vigilância socioassistencial",
          "Diagnóstico socioterritorial, indicadores e uso do Censo SUAS e do Cadastro Único na gestão.",
          Audience.STAFF, 40, Modality.DISTANCE, "Censo SUAS; RMA; territórios; indicadores", null),
      new Course("Controle social e o papel dos conselhos",
          "Atribuições do CMAS, inscrição de entidades, fiscalização do fundo e das ofertas.",
          Audience.COUNCILLOR, 20, Modality.IN_PERSON, "Conselhos; resoluções; inscrição de entidades; fiscalização", null),
      new Course("Atualização em PAIF",
          "Trabalho social com famílias na proteção social básica: acolhida, acompanhamento e ações comunitárias.",
          Audience.STAFF, 60, Modality.HYBRID, "PAIF; CRAS; acompanhamento familiar", null),
      new Course("Atualização em PAEFI",
          "Atendimento especializado a famílias e indivíduos em situação de violação de direitos.",
          Audience.STAFF, 60, Modality.HYBRID, "PAEFI; CREAS; rede de proteção", null),
      new Course("Benefícios eventuais: regulamentação municipal",
          "Como regulamentar, conceder e registrar benefícios eventuais no município.",
          Audience.MANAGER, 20, Modality.DISTANCE, "Lei municipal; critérios; registro", null),
      new Course("Cadastro Único e Programa Bolsa Família na gestão municipal",
          "Gestão do Cadastro Único, condicionalidades e IGD-PBF.",
          Audience.STAFF, 30, Modality.DISTANCE, "Cadastro Único; condicionalidades; IGD-PBF", null),
      new Course("Participação e liderança comunitária",
          "Participação social, conferências e mobilização comunitária no território.",
          Audience.COMMUNITY_LEADER, 20, Modality.IN_PERSON, "Conferências; mobilização; comissões locais", null),
      new Course("Planejamento e plano municipal de assistência social",
          "Elaboração, monitoramento e avaliação do plano municipal, com trabalho final avaliado.",
          Audience.MANAGER, 80, Modality.HYBRID, "Diagnóstico; metas; monitoramento; avaliação", new BigDecimal("7")));

  private static final String[] NAMES = {"Adriana Moreira", "Benedito Siqueira", "Cláudia Rezende", "Daniel Queiroz",
      "Eliane Teixeira", "Fernando Lacerda", "Gabriela Nogueira", "Henrique Duarte", "Isabela Pimenta", "Joaquim Esteves",
      "Kátia Barbosa", "Leonardo Cardoso"};

  private final SystemWork system;
  private final CatalogueService catalogue;
  private final EnrolmentService enrolments;
  private final AttendanceService attendance;
  private final CertificateService certificates;
  private final AccountRepository accounts;
  private final Clock clock;

  DemoTraining(SystemWork system, CatalogueService catalogue, EnrolmentService enrolments, AttendanceService attendance,
      CertificateService certificates, AccountRepository accounts, Clock clock) {
    this.system = system;
    this.catalogue = catalogue;
    this.enrolments = enrolments;
    this.attendance = attendance;
    this.certificates = certificates;
    this.accounts = accounts;
    this.clock = clock;
  }

  @Override
  public int order() {
    return DemoContribution.AFTER_COUNCIL + 100;
  }

  @Override
  public void seed() {
    boolean seeded = staff(() -> catalogue.countCourses(COURSES.getFirst().title(), false) > 0);
    if (seeded) {
      return;
    }
    LocalDate today = LocalDate.now(clock);
    for (int i = 0; i < COURSES.size(); i++) {
      Course c = COURSES.get(i);
      CourseSummary course = staff(() -> catalogue.createCourse(new CourseForm(c.title(), c.summary(), c.audience(), c.hours(),
          c.modality(), c.topics(), null, CourseForm.DEFAULT_ATTENDANCE, c.passingGrade(), true)));
      ClassSummary open = newClass(course, "Turma " + (today.getYear()) + "/" + (i % 2 + 1), i == 0 ? 3 : 30,
          i == 0 ? null : 10, today.plusDays(30 + i * 3));
      enrolDemoPeople(open, i);
      if (i < 4) {
        pastClass(course, i, today);
      }
    }
  }

  private ClassSummary newClass(CourseSummary course, String name, int capacity, Integer cap, LocalDate firstSession) {
    LocalDate today = LocalDate.now(clock);
    return staff(() -> {
      ClassSummary k = catalogue.createClass(course.id(), new ClassForm(name,
          course.modality() == Modality.DISTANCE ? "https://formacao.cogemas.example/sala/" + name.replace(' ', '-').toLowerCase()
              : "Auditório da COGEMAS — Av. Afonso Pena, 1500, Belo Horizonte",
          "Equipe de formação COGEMAS", capacity, cap, today.minusDays(3), today.plusDays(20), Set.of(), List.of()));
      for (int s = 0; s < 4; s++) {
        catalogue.addSession(k.id(), new SessionForm(firstSession.plusDays(7L * s), LocalTime.of(9, 0), LocalTime.of(13, 0),
            "Módulo " + (s + 1)));
      }
      return catalogue.klass(k.id());
    });
  }

  /** The demo logins of Belo Horizonte and Betim, enrolled by their managers; the first class ends up full with a waitlist. */
  private void enrolDemoPeople(ClassSummary k, int index) {
    List<String> bh = index == 0 ? List.of("gestora@bh.demo", "tecnico@bh.demo", "cmas@bh.demo", "conselheira@bh.demo")
        : index % 3 == 0 ? List.of("conselheira@bh.demo") : index % 3 == 1 ? List.of("tecnico@bh.demo") : List.of();
    for (String username : bh) {
      enrolMember(DemoData.BELO_HORIZONTE, k, username);
    }
    if (index % 2 == 0) {
      enrolMember(DemoData.BETIM, k, "gestor@betim.demo");
    }
  }

  private void enrolMember(TenantId town, ClassSummary k, String username) {
    accounts.findByUsername(username).ifPresent(account -> system.in(town, Role.MUNICIPAL_MANAGER,
        () -> enrolments.enrolMember(k.id(), account.id())));
  }

  /** A class held two to three months ago: outside participants from the demo towns, attendance, certificates. */
  private void pastClass(CourseSummary course, int index, LocalDate today) {
    ClassSummary k = newClass(course, "Turma " + (today.getYear() - (today.getMonthValue() < 4 ? 1 : 0)) + "/0" + (index + 1), 20,
        null, today.minusDays(90 - index * 7));
    List<TenantId> towns = List.of(DemoData.BELO_HORIZONTE, DemoData.BETIM, DemoData.SERRA_DA_SAUDADE,
        DemoData.CEDRO_DO_ABAETE, DemoData.ARAPONGA);
    List<SessionSummary> sessions = staff(() -> catalogue.sessions(k.id()));
    for (int p = 0; p < 6; p++) {
      String name = NAMES[(index * 3 + p) % NAMES.length];
      String cpf = Cpf.withCheckDigits(String.format("9%02d%06d", index, 100 + p * 37));
      TenantId town = towns.get((index + p) % towns.size());
      staff(() -> {
        enrolments.enrolOutside(k.id(), new OutsideParticipantForm(name, cpf, null, town.ibgeCode()));
        return null;
      });
    }
    // two demo gestores took a past class too, so the comparison's "trained gestor" share has something to show
    if (index == 0) {
      enrolMember(DemoData.BETIM, k, "gestor@betim.demo");
    } else if (index == 1) {
      enrolMember(DemoData.BELO_HORIZONTE, k, "gestora@bh.demo");
    }
    staff(() -> {
      List<RosterLine> roster = attendance.roster(k.id());
      for (int p = 0; p < roster.size(); p++) {
        RosterLine line = roster.get(p);
        for (int s = 0; s < sessions.size(); s++) {
          // the fourth person missed two sessions (50%: no certificate); the second had one excused absence
          AttendanceStatus status = p == 3 && s >= 2 ? AttendanceStatus.ABSENT
              : p == 1 && s == 0 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT;
          attendance.mark(sessions.get(s).id(), line.enrolment().id(), status);
        }
        if (course.passingGrade() != null) {
          attendance.grade(line.enrolment().id(), new BigDecimal(p == 5 ? "6.5" : "8.5"));
        }
      }
      for (RosterLine line : attendance.roster(k.id())) {
        if (line.completion().completed()) {
          try {
            certificates.issue(line.enrolment().id());
          } catch (TeiaException alreadyIssued) {
            // idempotent: a certificate already standing stays as it is
          }
        }
      }
      ClassSummary now = catalogue.klass(k.id());
      ClassForm past = new ClassForm(now.name(), now.place(), now.instructor(), now.capacity(), now.municipalityCap(),
          today.minusDays(120), today.minusDays(100), now.regions(), now.municipalities());
      catalogue.updateClass(k.id(), now.version(), past);
      return null;
    });
  }

  private <T> T staff(java.util.function.Supplier<T> work) {
    return system.in(DemoData.BELO_HORIZONTE, Role.ASSOCIATION_STAFF, work);
  }
}
