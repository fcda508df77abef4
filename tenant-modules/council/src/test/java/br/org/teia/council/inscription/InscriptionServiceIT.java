package br.org.teia.council.inscription;

import static br.org.teia.testsupport.ActingAs.as;
import static br.org.teia.council.CouncilFixtures.cmas12;
import static br.org.teia.council.CouncilFixtures.cpf;
import static br.org.teia.council.CouncilFixtures.mandate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.CouncilFixtures;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.council.composition.SegmentSummary;
import br.org.teia.council.meeting.MeetingForm;
import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.meeting.VoteForm;
import br.org.teia.council.proposal.ProposalService;
import br.org.teia.council.proposal.ProposalSummary;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.council.api.AppreciationSubject;
import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.kernel.tenancy.TenantScope;
import br.org.teia.testsupport.ActingAs;
import br.org.teia.testsupport.TeiaTestApplication;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Inscriptions on a real PostgreSQL: the seven steps through the council's own agenda and vote. */
@SpringBootTest(classes = TeiaTestApplication.class)
@RecordApplicationEvents
@CouncilContext
class InscriptionServiceIT {

  static final TenantId NOVA_LIMA = TenantId.of("3144805");
  static final TenantId SABARA = TenantId.of("3156700");
  static final byte[] PDF = "%PDF-1.4\n% estatuto social\n".getBytes(StandardCharsets.ISO_8859_1);

  @Autowired TenantOnboarding onboarding;
  @Autowired CompositionService composition;
  @Autowired MeetingService meetings;
  @Autowired ProposalService proposals;
  @Autowired InscriptionService inscriptions;
  @Autowired ApplicationEvents events;
  @Autowired JdbcClient jdbc;

  final LocalDate today = LocalDate.now();
  CouncilSummary cmas;
  List<MandateSummary> members = new ArrayList<>();

  @BeforeEach
  void aCmasWithEveryMember() {
    onboarding.onboard(List.of(NOVA_LIMA.ibgeCode(), SABARA.ibgeCode()));
    jdbc.sql("TRUNCATE " + NOVA_LIMA.schemaName() + ".council CASCADE").update();
    cmas = as(NOVA_LIMA, Role.COUNCIL_SECRETARY, () -> composition.create(cmas12("CMAS")));
    as(NOVA_LIMA, Role.COUNCIL_SECRETARY, () -> {
      for (SegmentSummary segment : cmas.segments()) {
        for (int seat = 1; seat <= segment.memberSeats(); seat++) {
          members.add(composition.addMandate(cmas.id(), mandate(segment.id(), seat, MandateRole.MEMBER,
              "Titular " + segment.name() + " " + seat, cpf(), today.minusYears(1))));
        }
      }
      return null;
    });
  }

  /** What the council published about {@code cnpj} in this test, in order, as another module gets it. */
  List<EntityInscriptionChanged> about(String cnpj) {
    return events.stream(EntityInscriptionChanged.class).filter(e -> e.entityCnpj().equals(cnpj)).toList();
  }

  /** The text of a PDF, read back with OpenPDF's extractor, whitespace collapsed. */
  static String pdfText(byte[] pdf) {
    try {
      org.openpdf.text.pdf.PdfReader reader = new org.openpdf.text.pdf.PdfReader(pdf);
      try {
        var extractor = new org.openpdf.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
          text.append(extractor.getTextFromPage(page)).append(' ');
        }
        return text.toString().replaceAll("\\s+", " ");
      } finally {
        reader.close();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String cnpj() {
    StringBuilder digits = new StringBuilder("9");
    for (int i = 0; i < 7; i++) {
      digits.append(ThreadLocalRandom.current().nextInt(10));
    }
    digits.append("0001");
    digits.append(check(digits.toString(), 5));
    digits.append(check(digits.toString(), 6));
    return digits.toString();
  }

  private static int check(String digits, int firstWeight) {
    int sum = 0;
    int weight = firstWeight;
    for (char c : digits.toCharArray()) {
      sum += (c - '0') * weight--;
      if (weight < 2) {
        weight = 9;
      }
    }
    return sum % 11 < 2 ? 0 : 11 - sum % 11;
  }

  <T> T secretary(java.util.function.Supplier<T> action) {
    return as(NOVA_LIMA, Role.COUNCIL_SECRETARY, action);
  }

  InscriptionSummary requested(String cnpj, String name) {
    return secretary(() -> inscriptions.request(cmas.id(), new InscriptionForm(InscriptionKind.ENTITY, cnpj, name,
        "SCFV para 120 crianças e adolescentes", today.minusDays(40))));
  }

  /** Steps 1 to 3: documents complete, visit done, the commission's opinion; the proposal exists. */
  InscriptionSummary toPlenary(InscriptionSummary inscription, boolean favourable) {
    UUID id = inscription.id();
    secretary(() -> inscriptions.completeDocumentaryAnalysis(cmas.id(), id,
        StepForm.on(today.minusDays(35), "Estatuto, ata e CNPJ conferidos.")));
    secretary(() -> inscriptions.recordVisit(cmas.id(), id,
        StepForm.on(today.minusDays(30), "Espaço adequado, equipe presente.")));
    return secretary(() -> inscriptions.giveOpinion(cmas.id(), id, new StepForm(today.minusDays(25),
        favourable ? "Atende à Resolução CNAS nº 14/2014." : "Não comprovou atuação continuada.", favourable,
        "Comissão de Normas e Inscrição", "Maria Relatora e João Membro")));
  }

  /** The plenary: the proposal on a meeting's agenda, published, attended by every member, voted. */
  void plenaryVotes(InscriptionSummary inscription, int inFavour, int against) {
    ProposalSummary proposal = secretary(() -> proposals.proposals(cmas.id())).stream()
        .filter(p -> p.reference().equals("inscricao:" + inscription.id())).findFirst().orElseThrow();
    assertThat(proposal.subject()).isEqualTo(AppreciationSubject.ENTITY_INSCRIPTION);
    MeetingSummary meeting = secretary(() -> meetings.schedule(cmas.id(),
        new MeetingForm(MeetingKind.ORDINARY, today.minusDays(5), LocalTime.of(14, 0), "Sede")));
    var item = secretary(() -> proposals.schedule(proposal.id(), meeting.id()));
    assertThatThrownBy(() -> secretary(() -> inscriptions.deliberate(cmas.id(), inscription.id())))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.inscription.deliberation.not-voted"));
    secretary(() -> meetings.recordAgendaPublication(meeting.id(), today.minusDays(20)));
    Set<UUID> present = members.stream().map(MandateSummary::id).collect(Collectors.toSet());
    secretary(() -> meetings.registerAttendance(meeting.id(), present));
    secretary(() -> meetings.vote(meeting.id(), item.id(), new VoteForm(inFavour, against, 12 - inFavour - against)));
  }

  @Test
  void an_entity_goes_from_request_to_certificate_and_letter_and_is_counted_as_inscribed() {
    String cnpj = cnpj();
    InscriptionSummary inscription = requested(cnpj, "Associação Amigos do Jardim Canadá");
    assertThat(inscription.step()).isEqualTo(InscriptionStep.DOCUMENTARY_ANALYSIS);
    assertThat(toPlenary(inscription, true).step()).isEqualTo(InscriptionStep.PLENARY_DELIBERATION);
    assertThatThrownBy(() -> secretary(() -> inscriptions.deliberate(cmas.id(), inscription.id())))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.inscription.deliberation.not-scheduled"));

    plenaryVotes(inscription, 10, 1);
    InscriptionSummary decided = secretary(() -> inscriptions.deliberate(cmas.id(), inscription.id()));
    assertThat(decided.outcome()).isEqualTo(InscriptionOutcome.APPROVED);
    assertThat(decided.step()).isEqualTo(InscriptionStep.PUBLICATION);
    secretary(() -> inscriptions.publish(cmas.id(), inscription.id(),
        StepForm.on(today.minusDays(3), "Diário Oficial do Município nº 4.321")));
    InscriptionSummary certified = secretary(() -> inscriptions.issueCertificate(cmas.id(), inscription.id(),
        StepForm.on(today.minusDays(2), null)));

    assertThat(certified.status()).isEqualTo(InscriptionStatus.INSCRIBED);
    assertThat(certified.number()).isEqualTo("1/" + today.minusDays(2).getYear());
    assertThat(certified.certificateCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
    assertThat(pdfText(secretary(() -> inscriptions.certificate(cmas.id(), inscription.id())).content()))
        .contains("Comprovante de Inscrição nº " + certified.number())
        .contains("Associação Amigos do Jardim Canadá").contains(certified.certificateCode())
        .contains("https://teia.cogemas.example/verificar/" + NOVA_LIMA.ibgeCode());

    InscriptionSummary notified = secretary(() -> inscriptions.notifyEntity(cmas.id(), inscription.id(),
        StepForm.on(today, null)));
    assertThat(notified.step()).isEqualTo(InscriptionStep.COMPLETED);
    assertThat(notified.letterNumber()).isEqualTo("1/" + today.getYear());
    assertThat(secretary(() -> inscriptions.letter(cmas.id(), inscription.id())).contentType())
        .isEqualTo("application/pdf");

    InscriptionDetail detail = as(NOVA_LIMA, Role.COUNCIL_MEMBER, () -> inscriptions.inscription(cmas.id(),
        inscription.id()));
    assertThat(detail.acts()).extracting(ActSummary::action).containsExactly(InscriptionAction.REQUESTED,
        InscriptionAction.DOCUMENTS_ANALYSED, InscriptionAction.VISIT_DONE, InscriptionAction.OPINION_GIVEN,
        InscriptionAction.DELIBERATED, InscriptionAction.PUBLISHED, InscriptionAction.CERTIFICATE_ISSUED,
        InscriptionAction.ENTITY_NOTIFIED);
    assertThat(detail.acts()).allMatch(a -> ActingAs.DISPLAY_NAME.equals(a.doneBy()) && a.doneAt() != null);
    ActSummary opinion = detail.acts().get(3);
    assertThat(opinion.favourable()).isTrue();
    assertThat(opinion.commission()).isEqualTo("Comissão de Normas e Inscrição");
    assertThat(opinion.signedBy()).isEqualTo("Maria Relatora e João Membro");
    assertThat(detail.acts().get(4).doneOn()).isEqualTo(today.minusDays(5)); // the meeting's date
    assertThat(detail.votesFor()).isEqualTo(10);

    assertThat(about(cnpj)).extracting(EntityInscriptionChanged::status)
        .containsExactly(InscriptionStatus.IN_PROGRESS, InscriptionStatus.INSCRIBED);
    assertThat(about(cnpj).getLast().certificateCode()).isEqualTo(certified.certificateCode());
    assertThat(about(cnpj).getLast().council()).isEqualTo("CMAS");
    assertThat(about(cnpj).getLast().inscriptionNumber()).isEqualTo(certified.number());

    try (var scope = TenantScope.enter(NOVA_LIMA)) { // no one signed in, as on the public page
      PublicCertificate checked = inscriptions.verify(certified.certificateCode().toLowerCase().replace("-", " "))
          .orElseThrow();
      assertThat(checked.entityName()).isEqualTo("Associação Amigos do Jardim Canadá");
      assertThat(checked.status()).isEqualTo(InscriptionStatus.INSCRIBED);
      assertThat(inscriptions.verify("AAAA-BBBB-CCCC")).isEmpty();
    }
    assertThat(jdbc.sql("SELECT value FROM platform.indicator_value WHERE tenant_code = ? AND code = ?")
        .params(NOVA_LIMA.ibgeCode(), "council.cmas.entities_inscribed").query(BigDecimal.class).single())
        .isEqualByComparingTo("1");
  }

  @Test
  void a_refusal_is_published_without_certificate_and_notified_with_its_reasons() {
    String cnpj = cnpj();
    InscriptionSummary inscription = requested(cnpj, "Instituto Sem Estatuto");
    toPlenary(inscription, false);
    plenaryVotes(inscription, 3, 7);
    assertThat(secretary(() -> inscriptions.deliberate(cmas.id(), inscription.id())).outcome())
        .isEqualTo(InscriptionOutcome.REFUSED);
    assertThat(secretary(() -> inscriptions.publish(cmas.id(), inscription.id(),
        StepForm.on(today, "Diário Oficial do Município nº 4.322"))).step()).isEqualTo(InscriptionStep.NOTIFICATION);

    assertThatThrownBy(() -> secretary(() -> inscriptions.issueCertificate(cmas.id(), inscription.id(),
        StepForm.on(today, null)))).isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.inscription.certificate.refused"));
    assertThatThrownBy(() -> secretary(() -> inscriptions.notifyEntity(cmas.id(), inscription.id(),
        StepForm.on(today, "  ")))).isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.inscription.notification.reasons"));
    assertThat(about(cnpj)).extracting(EntityInscriptionChanged::status)
        .containsExactly(InscriptionStatus.IN_PROGRESS);

    InscriptionSummary refused = secretary(() -> inscriptions.notifyEntity(cmas.id(), inscription.id(),
        StepForm.on(today, "O estatuto não prevê finalidade de assistência social (LOAS, art. 3º).")));

    assertThat(refused.status()).isEqualTo(InscriptionStatus.REFUSED);
    assertThat(refused.certificateCode()).isNull();
    assertThat(refused.letterNumber()).isNotNull();
    assertThat(pdfText(secretary(() -> inscriptions.letter(cmas.id(), inscription.id())).content()))
        .contains("Ofício nº " + refused.letterNumber() + " — CMAS").contains("indeferiu o pedido de inscrição")
        .contains("O estatuto não prevê finalidade de assistência social");
    assertThat(about(cnpj)).extracting(EntityInscriptionChanged::status)
        .containsExactly(InscriptionStatus.IN_PROGRESS, InscriptionStatus.REFUSED);
    assertThatThrownBy(() -> secretary(() -> inscriptions.certificate(cmas.id(), inscription.id())))
        .isInstanceOf(TeiaException.class);
  }

  @Test
  void a_step_cannot_be_skipped_and_dates_must_be_real() {
    InscriptionSummary inscription = requested(cnpj(), "Casa de Apoio Vila da Serra");
    assertThatThrownBy(() -> secretary(() -> inscriptions.publish(cmas.id(), inscription.id(),
        StepForm.on(today, "Diário Oficial")))).isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.inscription.wrong-step"));
    assertThatThrownBy(() -> secretary(() -> inscriptions.completeDocumentaryAnalysis(cmas.id(), inscription.id(),
        StepForm.on(today.minusDays(41), null)))).isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.inscription.date.before-request"));
    assertThatThrownBy(() -> secretary(() -> inscriptions.request(cmas.id(), new InscriptionForm(
        InscriptionKind.ENTITY, "11.111.111/1111-11", "CNPJ inválido", null, today))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.inscription.cnpj.invalid"));
    assertThat(secretary(() -> inscriptions.inscriptions(cmas.id(), InscriptionStep.DOCUMENTARY_ANALYSIS, 0, 10))
        .items()).extracting(InscriptionSummary::id).contains(inscription.id());
    assertThat(secretary(() -> inscriptions.inscriptions(cmas.id(), InscriptionStep.PUBLICATION, 0, 10)).items())
        .isEmpty();
  }

  @Test
  void documents_keep_their_hash_and_bad_files_are_refused() {
    InscriptionSummary inscription = requested(cnpj(), "Obra Social Santa Rita");
    DocumentSummary stored = secretary(() -> inscriptions.upload(cmas.id(), inscription.id(), "estatuto.pdf", PDF));
    assertThat(stored.step()).isEqualTo(InscriptionStep.DOCUMENTARY_ANALYSIS);
    assertThat(stored.sha256()).isEqualTo(DocumentFile.of("x", PDF).sha256());
    assertThat(stored.uploadedBy()).isEqualTo(ActingAs.DISPLAY_NAME);
    assertThat(as(NOVA_LIMA, Role.MUNICIPAL_MANAGER, () -> inscriptions.document(cmas.id(), inscription.id(),
        stored.id())).content()).isEqualTo(PDF);
    assertThatThrownBy(() -> secretary(() -> inscriptions.upload(cmas.id(), inscription.id(), "nota.pdf",
        "não sou PDF".getBytes(StandardCharsets.UTF_8)))).isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.inscription.document.type"));
    assertThat(secretary(() -> inscriptions.inscription(cmas.id(), inscription.id())).documents()).hasSize(1);
  }

  @Test
  void another_municipality_or_another_council_cannot_reach_the_inscription() {
    InscriptionSummary inscription = requested(cnpj(), "Associação Comunitária do Retiro");
    CouncilSummary other = as(NOVA_LIMA, Role.COUNCIL_SECRETARY, () -> composition.create(
        cmas12(CouncilFixtures.acronym())));

    assertThatThrownBy(() -> secretary(() -> inscriptions.inscription(other.id(), inscription.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> secretary(() -> inscriptions.completeDocumentaryAnalysis(other.id(), inscription.id(),
        StepForm.on(today, null)))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(SABARA, Role.COUNCIL_SECRETARY, () -> inscriptions.inscription(cmas.id(),
        inscription.id()))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(SABARA, Role.COUNCIL_SECRETARY, () -> inscriptions.upload(cmas.id(),
        inscription.id(), "a.pdf", PDF))).isInstanceOf(NotFoundException.class);
    assertThat(secretary(() -> inscriptions.inscription(cmas.id(), inscription.id())).inscription().step())
        .isEqualTo(InscriptionStep.DOCUMENTARY_ANALYSIS);
  }

  @Test
  void councillors_and_the_manager_read_only_and_other_roles_nothing() {
    InscriptionSummary inscription = requested(cnpj(), "Lar Esperança");
    assertThat(as(NOVA_LIMA, Role.COUNCIL_MEMBER, () -> inscriptions.inscriptions(cmas.id(), null, 0, 10)).total())
        .isEqualTo(1);
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.COUNCIL_MEMBER, () -> inscriptions.completeDocumentaryAnalysis(
        cmas.id(), inscription.id(), StepForm.on(today, null)))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_MANAGER, () -> inscriptions.upload(cmas.id(),
        inscription.id(), "a.pdf", PDF))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.MUNICIPAL_STAFF, () -> inscriptions.inscription(cmas.id(),
        inscription.id()))).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as(NOVA_LIMA, Role.ASSOCIATION_STAFF, () -> inscriptions.inscriptions(cmas.id(), null,
        0, 10))).isInstanceOf(AccessDeniedException.class);
  }
}
