package br.org.teia.council.complaint;

import static br.org.teia.testsupport.ActingAs.as;
import static br.org.teia.council.CouncilFixtures.acronym;
import static br.org.teia.council.CouncilFixtures.cmas12;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.ActingAs;
import br.org.teia.testsupport.TeiaTestApplication;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
@CouncilContext
class ComplaintServiceIT {

  static final TenantId CONTAGEM = TenantId.of("3118601");
  static final TenantId SABARA = TenantId.of("3156700");

  @Autowired CompositionService composition;
  @Autowired ComplaintService complaints;
  @Autowired TenantOnboarding onboarding;
  @Autowired Messages messages;
  @Autowired JdbcClient jdbc;

  final LocalDate today = LocalDate.now();
  CouncilSummary council;

  @BeforeEach
  void aCouncil() {
    onboarding.onboard(List.of(CONTAGEM.ibgeCode(), SABARA.ibgeCode()));
    council = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.create(cmas12(acronym())));
  }

  private ComplaintForm named(LocalDate day, String subject) {
    return new ComplaintForm(day, ComplaintChannel.PHONE, false, "Maria das Dores", "(31) 99999-0000", subject,
        "CRAS Norte", "Atendimento negado a uma família em situação de rua.");
  }

  private ComplaintForm anonymous(LocalDate day, String subject) {
    return new ComplaintForm(day, ComplaintChannel.OMBUDSMAN, true, null, null, subject, null,
        "Relato anônimo sobre a entidade.");
  }

  @Test
  void protocols_count_per_council_and_year_and_restart_with_the_year() {
    LocalDate lastYear = LocalDate.of(today.getYear() - 1, 12, 30);
    List<ComplaintDetail> received = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> List.of(
        complaints.receive(council.id(), named(lastYear, "Ano passado")),
        complaints.receive(council.id(), named(today, "Primeira")),
        complaints.receive(council.id(), anonymous(today, "Segunda"))));

    assertThat(received).extracting(d -> d.summary().protocol())
        .containsExactly("1/" + lastYear.getYear(), "1/" + today.getYear(), "2/" + today.getYear());
    CouncilSummary other = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> composition.create(cmas12(acronym())));
    assertThat(as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.receive(other.id(), named(today, "Outro")))
        .summary().protocol()).isEqualTo("1/" + today.getYear());
  }

  @Test
  void secretaries_registering_at_once_get_every_number_once() throws Exception {
    int count = 12;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String subject = "Concorrente " + i;
        calls.add(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY,
            () -> complaints.receive(council.id(), anonymous(today, subject)).summary().number()));
      }
      List<Integer> numbers = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(calls)) {
        numbers.add(f.get());
      }
      assertThat(numbers).containsExactlyInAnyOrderElementsOf(
          java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void identity_rules_and_field_messages() {
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.receive(council.id(),
        new ComplaintForm(today, ComplaintChannel.EMAIL, true, "Fulano", null, "Assunto", null, "Texto"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(messages.get(I18nConfiguration.PT_BR,
            e.messageKey(), e.arguments())).contains("anônima não guarda nome"));
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.receive(council.id(),
        new ComplaintForm(today, ComplaintChannel.EMAIL, false, " ", null, "Assunto", null, "Texto"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.complaint.name.required"));
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.receive(council.id(),
        new ComplaintForm(today.plusDays(1), null, true, null, null, " ", null, ""))))
        .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
            .extracting(ConstraintViolation::getMessage)
            .containsExactlyInAnyOrder("A data de recebimento não pode estar no futuro.", "Informe como a denúncia chegou.",
                "Informe o assunto.", "Descreva a denúncia."));
    assertThat(as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.complaints(council.id(), null, null))).isEmpty();
  }

  @Test
  void follow_up_moves_the_status_and_a_closed_complaint_no_longer_changes() {
    ComplaintDetail received = as(CONTAGEM, Role.COUNCIL_SECRETARY,
        () -> complaints.receive(council.id(), named(today.minusDays(10), "Atendimento")));
    var id = received.summary().id();
    assertThat(received.summary().status()).isEqualTo(ComplaintStatus.RECEIVED);

    ComplaintDetail noted = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.followUp(id,
        new FollowUpForm(today.minusDays(9), FollowUpKind.NOTE, "Pedido de informações à unidade.")));
    assertThat(noted.summary().status()).isEqualTo(ComplaintStatus.RECEIVED);
    ComplaintDetail visited = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.followUp(id,
        new FollowUpForm(today.minusDays(5), FollowUpKind.INVESTIGATION, "Visita ao CRAS Norte.")));
    assertThat(visited.summary().status()).isEqualTo(ComplaintStatus.INVESTIGATING);
    assertThat(visited.followUps()).extracting(FollowUpSummary::kind)
        .containsExactly(FollowUpKind.NOTE, FollowUpKind.INVESTIGATION);
    assertThat(visited.followUps()).allSatisfy(f -> assertThat(f.recordedBy()).isEqualTo(ActingAs.DISPLAY_NAME));

    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.followUp(id,
        new FollowUpForm(today.minusDays(11), FollowUpKind.NOTE, "Antes de receber"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.complaint.before-receipt"));
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.close(id,
        new CloseForm(today, ComplaintOutcome.SUBSTANTIATED, "  "))))
        .isInstanceOf(ConstraintViolationException.class);

    ComplaintDetail closed = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.close(id,
        new CloseForm(today, ComplaintOutcome.PARTLY_SUBSTANTIATED, "A família foi atendida após a visita.")));
    assertThat(closed.summary().status()).isEqualTo(ComplaintStatus.CLOSED);
    assertThat(closed.summary().outcome()).isEqualTo(ComplaintOutcome.PARTLY_SUBSTANTIATED);
    assertThat(closed.outcomeText()).isEqualTo("A família foi atendida após a visita.");
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.followUp(id,
        new FollowUpForm(today, FollowUpKind.NOTE, "Depois de encerrada"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.complaint.closed"));
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.close(id,
        new CloseForm(today, ComplaintOutcome.UNSUBSTANTIATED, "De novo"))))
        .isInstanceOfSatisfying(TeiaException.class, e -> assertThat(e.messageKey()).isEqualTo("council.complaint.closed"));
  }

  @Test
  void only_the_secretary_sees_who_complained_and_that_read_is_audited() {
    var id = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.receive(council.id(), named(today, "Sigilo")))
        .summary().id();
    long readsBefore = auditedReads(id.toString());

    ComplaintDetail forMember = as(CONTAGEM, Role.COUNCIL_MEMBER, () -> complaints.complaint(id));
    assertThat(forMember.complainantName()).isNull();
    assertThat(forMember.complainantContact()).isNull();
    assertThat(forMember.identityWithheld()).isTrue();
    assertThat(auditedReads(id.toString())).isEqualTo(readsBefore);

    ComplaintDetail forSecretary = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.complaint(id));
    assertThat(forSecretary.complainantName()).isEqualTo("Maria das Dores");
    assertThat(forSecretary.identityWithheld()).isFalse();
    assertThat(auditedReads(id.toString())).isEqualTo(readsBefore + 1);
  }

  @Test
  void search_by_status_and_text() {
    as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> {
      complaints.receive(council.id(), named(today, "Fila no Centro POP"));
      var other = complaints.receive(council.id(), anonymous(today, "Cesta básica negada"));
      complaints.followUp(other.summary().id(), new FollowUpForm(today, FollowUpKind.FORWARDING,
          "Encaminhada ao Ministério Público."));
      return null;
    });
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> complaints.complaints(council.id(), null, "centro pop")))
        .extracting(ComplaintSummary::subject).containsExactly("Fila no Centro POP");
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER, () -> complaints.complaints(council.id(), null, "cras norte")))
        .extracting(ComplaintSummary::subject).containsExactly("Fila no Centro POP");
    assertThat(as(CONTAGEM, Role.COUNCIL_MEMBER,
        () -> complaints.complaints(council.id(), ComplaintStatus.FORWARDED, null)))
        .extracting(ComplaintSummary::subject).containsExactly("Cesta básica negada");
  }

  @Test
  void roles_and_other_municipalities_are_refused() {
    var id = as(CONTAGEM, Role.COUNCIL_SECRETARY, () -> complaints.receive(council.id(), named(today, "Papel")))
        .summary().id();
    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_MANAGER, () -> complaints.complaint(id)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CONTAGEM, Role.MUNICIPAL_STAFF, () -> complaints.complaints(council.id(), null, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_MEMBER, () -> complaints.receive(council.id(), named(today, "x"))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(CONTAGEM, Role.COUNCIL_MEMBER, () -> complaints.close(id,
        new CloseForm(today, ComplaintOutcome.UNSUBSTANTIATED, "x")))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(SABARA, Role.COUNCIL_SECRETARY, () -> complaints.complaint(id)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(SABARA, Role.COUNCIL_SECRETARY, () -> complaints.complaints(council.id(), null, null)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(SABARA, Role.COUNCIL_SECRETARY, () -> complaints.followUp(id,
        new FollowUpForm(today, FollowUpKind.NOTE, "x")))).isInstanceOf(NotFoundException.class);
  }

  private long auditedReads(String complaintId) {
    return jdbc.sql("SELECT count(*) FROM platform.audit_event WHERE action = 'PERSONAL_DATA_READ' AND entity_id = ?")
        .param(complaintId).query(Long.class).single();
  }
}
