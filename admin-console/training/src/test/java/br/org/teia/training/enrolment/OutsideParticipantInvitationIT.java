package br.org.teia.training.enrolment;

import static br.org.teia.testsupport.ActingAs.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.account.NewPassword;
import br.org.teia.kernel.account.PasswordResets;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.LocalAccountAuthenticationProvider;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.TeiaAuthentication;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import br.org.teia.testsupport.TestClock;
import br.org.teia.testsupport.TestPeople;
import br.org.teia.training.TrainingContext;
import br.org.teia.training.TrainingFixture;
import br.org.teia.training.catalogue.CatalogueService;
import br.org.teia.training.catalogue.ClassSummary;
import br.org.teia.training.enrolment.EnrolmentService.OutsideEnrolment;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A community leader the staff enrol gets an account and an invitation by e-mail (the outbox): the
 * link sets the password once, then they sign in and find the class in "Minha formação"; a spent
 * or expired link answers in Portuguese; an e-mail that already has an account gets no second one.
 */
@SpringBootTest(classes = TeiaTestApplication.class)
@TrainingContext
class OutsideParticipantInvitationIT {

  static final TenantId SABARA = TenantId.of("3156700");
  static final Pattern LINK = Pattern.compile("https://teia\\.cogemas\\.example/redefinir-senha\\?token=([A-Za-z0-9_-]{43})");
  static final String PASSWORD = "Lideranca-2026";
  static final Locale PT = Locale.forLanguageTag("pt-BR");

  @Autowired EnrolmentService enrolments;
  @Autowired CatalogueService catalogue;
  @Autowired PasswordResets resets;
  @Autowired LocalAccountAuthenticationProvider login;
  @Autowired TenantOnboarding onboarding;
  @Autowired AccountRepository accounts;
  @Autowired MessageSource messages;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  ClassSummary klass;

  @BeforeEach
  void classOpenToSabara() {
    new TestPeople(onboarding, accounts).onboarded(SABARA.ibgeCode());
    TrainingFixture fixture = new TrainingFixture(catalogue);
    klass = fixture.klass(fixture.course("Controle social", 75, null), 10, null, List.of(), 2);
  }

  @Test
  void the_invited_leader_sets_a_password_once_signs_in_and_sees_their_class() {
    String email = TestPeople.unique("lideranca") + "@teste.teia";

    OutsideEnrolment done = as(Role.ASSOCIATION_STAFF, () -> enrolments.enrolOutside(klass.id(),
        new OutsideParticipantForm("Dona Maria das Graças", cpf(), email, SABARA.ibgeCode())));

    assertThat(done.status()).isEqualTo(EnrolmentStatus.CONFIRMED);
    assertThat(done.invited()).isTrue();
    String body = mailTo(email);
    assertThat(body).startsWith("Olá, Dona Maria das Graças.").contains("em até 72 horas").contains("Minha formação");
    String token = token(body);
    assertThat(resets.usable(token)).isTrue();
    assertThatThrownBy(() -> signIn(email, PASSWORD)).as("no password before the link")
        .isInstanceOf(BadCredentialsException.class);

    resets.reset(token, new NewPassword(PASSWORD, PASSWORD), "10.1.0.1");

    TeiaAuthentication signedIn = signIn(email, PASSWORD);
    assertThat(signedIn.tenant()).contains(SABARA);
    assertThat(signedIn.user().rolesIn(SABARA)).containsExactly(Role.OUTSIDE_PARTICIPANT);
    UUID account = signedIn.user().accountId();
    List<EnrolmentSummary> mine = as(account, SABARA, Role.OUTSIDE_PARTICIPANT, () -> enrolments.mine());
    assertThat(mine).singleElement().satisfies(e -> {
      assertThat(e.classId()).isEqualTo(klass.id());
      assertThat(e.participantName()).isEqualTo("Dona Maria das Graças");
      assertThat(e.status()).isEqualTo(EnrolmentStatus.CONFIRMED);
    });
    // their role opens their own training only, not the municipality's
    assertThatThrownBy(() -> as(account, SABARA, Role.OUTSIDE_PARTICIPANT, () -> enrolments.ofMunicipality(null, 0, 10)))
        .isInstanceOf(AccessDeniedException.class);

    assertThat(resets.usable(token)).as("spent").isFalse();
    assertThatThrownBy(() -> resets.reset(token, new NewPassword("Outra-senha-9", "Outra-senha-9"), "10.1.0.1"))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(portuguese(e))
            .isEqualTo("Este link não vale mais: já foi usado, expirou ou está incompleto. Peça um novo."));
    assertThat(signIn(email, PASSWORD)).isNotNull();
  }

  @Test
  void an_expired_invitation_is_refused_in_portuguese_and_sets_no_password() {
    String email = TestPeople.unique("lideranca") + "@teste.teia";
    as(Role.ASSOCIATION_STAFF, () -> enrolments.enrolOutside(klass.id(),
        new OutsideParticipantForm("Seu João do Bairro", cpf(), email, SABARA.ibgeCode())));
    String token = token(mailTo(email));
    Instant now = clock.instant(); // the clock is shared with the module's other classes: put back after
    try {
      clock.advance(Duration.ofHours(72).minusMinutes(1));
      assertThat(resets.usable(token)).as("a minute before its 72 hours").isTrue();
      clock.advance(Duration.ofMinutes(2));

      assertThat(resets.usable(token)).isFalse();
      assertThatThrownBy(() -> resets.reset(token, new NewPassword(PASSWORD, PASSWORD), "10.1.0.2"))
          .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(portuguese(e)).startsWith("Este link não vale mais"));
      assertThat(accounts.findByUsername(email).orElseThrow().passwordHash()).isNull();

      // as the mail says, "Esqueci minha senha" sends a new link to an invitation left to expire
      resets.request(email, "10.1.0.3");
      String again = jdbc.sql("SELECT body FROM platform.mail_outbox WHERE recipient = ? AND subject = 'Teia: criar uma nova senha'")
          .param(email).query(String.class).single();
      resets.reset(token(again), new NewPassword(PASSWORD, PASSWORD), "10.1.0.3");
      assertThat(signIn(email, PASSWORD).user().rolesIn(SABARA)).containsExactly(Role.OUTSIDE_PARTICIPANT);
    } finally {
      clock.advance(Duration.between(clock.instant(), now));
    }
  }

  @Test
  void an_e_mail_that_already_has_an_account_gets_no_invitation_and_no_second_account() {
    String email = new TestPeople(onboarding, accounts).person(Role.MUNICIPAL_STAFF, SABARA);

    OutsideEnrolment done = as(Role.ASSOCIATION_STAFF, () -> enrolments.enrolOutside(klass.id(),
        new OutsideParticipantForm("Técnica já cadastrada", cpf(), email, SABARA.ibgeCode())));

    assertThat(done.status()).isEqualTo(EnrolmentStatus.CONFIRMED);
    assertThat(done.invited()).isFalse();
    assertThat(jdbc.sql("SELECT count(*) FROM platform.mail_outbox WHERE recipient = ?").param(email)
        .query(Long.class).single()).isZero();
  }

  private TeiaAuthentication signIn(String email, String password) {
    return (TeiaAuthentication) login.authenticate(new UsernamePasswordAuthenticationToken(email, password));
  }

  private String mailTo(String email) {
    List<String> bodies = jdbc.sql("SELECT subject || '\n' || body FROM platform.mail_outbox WHERE recipient = ? "
            + "AND subject LIKE 'Teia: convite%'")
        .param(email).query(String.class).list();
    assertThat(bodies).hasSize(1);
    String[] subjectAndBody = bodies.getFirst().split("\n", 2);
    assertThat(subjectAndBody[0]).isEqualTo("Teia: convite para a formação continuada da COGEMAS");
    return subjectAndBody[1];
  }

  private static String token(String body) {
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as("the link in: " + body).isTrue();
    return link.group(1);
  }

  private String portuguese(TeiaException e) {
    return messages.getMessage(e.messageKey(), null, PT);
  }

  /** A valid CPF no other test uses. */
  private static String cpf() {
    return Cpf.withCheckDigits(String.format("%09d", java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 999_999_999L)));
  }
}
