package br.org.teia.server.council;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilForm;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateForm;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.council.composition.SegmentForm;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.council.composition.SegmentSummary;
import br.org.teia.council.inscription.InscriptionForm;
import br.org.teia.council.inscription.InscriptionKind;
import br.org.teia.council.inscription.InscriptionService;
import br.org.teia.council.inscription.InscriptionSummary;
import br.org.teia.council.inscription.StepForm;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.MeetingForm;
import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.meeting.VoteForm;
import br.org.teia.council.proposal.ProposalService;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.suas.Cpf;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.structure.entity.ActionType;
import br.org.teia.structure.entity.InscriptionState;
import br.org.teia.structure.entity.SocialEntityForm;
import br.org.teia.structure.entity.SocialEntityService;
import br.org.teia.structure.entity.SocialEntitySummary;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.UiTestBase;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The council decides, the structure module shows it on the entity: through the kernel's event only.
 * Each test's municipality gets what it needs of the test's own: the entity registered in the
 * structure module, and a CMAS of two seats (one per side) that takes the inscription through its
 * steps, the plenary an extraordinary meeting of both members.
 */
@DemoServerTest
class InscriptionStructureIT extends UiTestBase {

  @Autowired SystemWork system;
  @Autowired CompositionService composition;
  @Autowired MeetingService meetings;
  @Autowired ProposalService proposals;
  @Autowired InscriptionService inscriptions;
  @Autowired SocialEntityService entities;

  private final LocalDate today = LocalDate.now();

  @Test
  void an_entity_the_council_inscribes_shows_as_inscribed_with_its_date_and_certificate() {
    TenantId luisburgo = onboarded("3138674");
    String cnpj = registered(luisburgo, "Lar Recanto da Esperança para Pessoas Idosas");

    InscriptionSummary council = system.in(luisburgo, Role.COUNCIL_SECRETARY, () -> {
      CouncilSummary cmas = cmas();
      UUID id = decided(cmas, cnpj, new VoteForm(2, 0, 0));
      inscriptions.publish(cmas.id(), id, StepForm.on(today.minusDays(3), "Diário Oficial do Município"));
      return inscriptions.issueCertificate(cmas.id(), id, StepForm.on(today.minusDays(2), null));
    });

    SocialEntitySummary entity = system.in(luisburgo, Role.MUNICIPAL_STAFF,
        () -> entities.findByCnpj(cnpj).orElseThrow());
    assertThat(council.certificateCode()).isNotBlank();
    assertThat(entity.cmas().state()).isEqualTo(InscriptionState.INSCRIBED);
    assertThat(entity.cmas().date()).isEqualTo(council.inscribedOn()).isEqualTo(today.minusDays(2));
    assertThat(entity.cmas().certificateCode()).isEqualTo(council.certificateCode());
    assertThat(entity.cmas().number()).isEqualTo(council.number()).isNotBlank();
  }

  @Test
  void a_request_for_a_registered_entity_shows_in_progress_there_and_a_refusal_shows_refused() {
    TenantId luislandia = onboarded("3138682");
    String refusedCnpj = registered(luislandia, "Fórum Popular de Direitos Humanos");
    system.in(luislandia, Role.COUNCIL_SECRETARY, () -> {
      CouncilSummary cmas = cmas();
      UUID id = decided(cmas, refusedCnpj, new VoteForm(0, 2, 0));
      inscriptions.publish(cmas.id(), id, StepForm.on(today.minusDays(3), "Diário Oficial do Município"));
      return inscriptions.notifyEntity(cmas.id(), id, StepForm.on(today.minusDays(1),
          "A entidade não comprovou funcionamento regular há pelo menos um ano."));
    });
    assertThat(system.in(luislandia, Role.MUNICIPAL_STAFF, () -> entities.findByCnpj(refusedCnpj).orElseThrow())
        .cmas().state()).isEqualTo(InscriptionState.REFUSED);

    TenantId luminarias = onboarded("3138708");
    String requested = registered(luminarias, "Associação de Convivência de Luminárias");
    system.in(luminarias, Role.COUNCIL_SECRETARY, () -> inscriptions.request(cmas().id(), new InscriptionForm(
        InscriptionKind.SERVICES, requested, "Associação de Convivência de Luminárias", "SCFV (40 vagas)", today)));

    SocialEntitySummary entity = system.in(luminarias, Role.MUNICIPAL_STAFF,
        () -> entities.findByCnpj(requested).orElseThrow());
    assertThat(entity.cmas().state()).isEqualTo(InscriptionState.IN_PROGRESS);
    assertThat(entity.cmas().date()).isEqualTo(today);
  }

  /** An entity the structure module registers in {@code tenant}, not inscribed anywhere; its CNPJ. */
  private String registered(TenantId tenant, String name) {
    String cnpj = Cnpj.withCheckDigits(String.format("%08d0001",
        ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999))).digits();
    SocialEntitySummary entity = system.in(tenant, Role.MUNICIPAL_STAFF, () -> entities.create(new SocialEntityForm(
        cnpj, name, null, Set.of(ActionType.ATENDIMENTO), List.of(), null, "Rua Principal, 1", null, "(31) 3333-4444",
        "contato@entidade.org.br", "Pessoa responsável")));
    assertThat(entity.cmas().state()).isEqualTo(InscriptionState.NOT_INSCRIBED);
    return cnpj;
  }

  /** The municipality's CMAS of two seats, one per side, with both members in office since a year ago. */
  private CouncilSummary cmas() {
    return composition.councilByAcronym("CMAS").orElseGet(() -> {
      CouncilSummary council = composition.create(CouncilForm.cmas("Conselho Municipal de Assistência Social",
          "1/2000", LocalDate.of(2000, 1, 1), 2, 10, List.of(
              new SegmentForm(null, SegmentKind.GOVERNMENT, "Secretaria", 1, 1),
              new SegmentForm(null, SegmentKind.USERS, "Usuários", 1, 1))));
      int person = 0;
      for (SegmentSummary segment : council.segments()) {
        composition.addMandate(council.id(), new MandateForm(segment.id(), 1, MandateRole.MEMBER,
            "Conselheira " + segment.name(), Cpf.withCheckDigits(String.format("4%08d", ++person)), segment.name(),
            false, today.minusYears(1), today.plusYears(1)));
      }
      return council;
    });
  }

  /**
   * An inscription of {@code cnpj} taken to the plenary (steps 1 to 3) and decided by {@code votes}
   * at an extraordinary meeting ten days ago with both members present (step 4); its id.
   */
  private UUID decided(CouncilSummary cmas, String cnpj, VoteForm votes) {
    UUID id = inscriptions.request(cmas.id(), new InscriptionForm(InscriptionKind.ENTITY, cnpj, "Entidade requerente",
        "SCFV (40 vagas)", today.minusDays(60))).id();
    inscriptions.completeDocumentaryAnalysis(cmas.id(), id, StepForm.on(today.minusDays(50), "Documentos conferidos."));
    inscriptions.recordVisit(cmas.id(), id, StepForm.on(today.minusDays(40), "Visita realizada pela comissão."));
    inscriptions.giveOpinion(cmas.id(), id, new StepForm(today.minusDays(30), "Parecer da comissão.",
        votes.inFavour() > votes.against(), "Comissão de Inscrição", "Relatoras da comissão"));
    MeetingSummary meeting = meetings.schedule(cmas.id(), new MeetingForm(MeetingKind.EXTRAORDINARY,
        today.minusDays(10), LocalTime.of(9, 0), "Sala dos Conselhos"));
    AgendaItemSummary item = proposals.schedule(proposals.proposals(cmas.id()).stream()
        .filter(p -> p.reference().endsWith(id.toString())).findFirst().orElseThrow().id(), meeting.id());
    meetings.recordAgendaPublication(meeting.id(), today.minusDays(15));
    meetings.registerAttendance(meeting.id(), composition.mandates(cmas.id()).stream().map(MandateSummary::id)
        .collect(Collectors.toSet()));
    meetings.vote(meeting.id(), item.id(), votes);
    inscriptions.deliberate(cmas.id(), id);
    return id;
  }
}
