package br.org.teia.council.demo;

import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.council.inscription.InscriptionForm;
import br.org.teia.council.inscription.InscriptionKind;
import br.org.teia.council.inscription.InscriptionService;
import br.org.teia.council.inscription.InscriptionSummary;
import br.org.teia.council.inscription.StepForm;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.MeetingForm;
import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingStatus;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.meeting.VoteForm;
import br.org.teia.council.proposal.ProposalService;
import br.org.teia.council.proposal.ProposalSummary;
import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo inscriptions in the CMAS of Belo Horizonte and Betim, idempotent (nothing is added to a CMAS
 * that already has inscriptions), through the council module's services as its secretary, so every
 * step, proposal, vote and event happens as in real use. The plenary that decided the finished ones
 * is an extraordinary meeting a little over 13 months ago (outside the demo's year of ordinary
 * meetings), with its minutes approved at the next ordinary one. Belo Horizonte: one entity inscribed
 * (an elderly home) with its certificate and letter, one waiting for the plenary, one at the technical visit. Betim: one
 * refused and notified with its reasons, one approved waiting for its certificate, one at the
 * documentary analysis with a document. CNPJs are those of the structure module's demo entities ({@link DemoData#entityCnpj}, fictitious).
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
class DemoInscriptions implements DemoContribution {

  private static final DateTimeFormatter BRAZILIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final SystemWork system;
  private final CompositionService composition;
  private final MeetingService meetings;
  private final ProposalService proposals;
  private final InscriptionService inscriptions;
  private final Clock clock;

  DemoInscriptions(SystemWork system, CompositionService composition, MeetingService meetings,
      ProposalService proposals, InscriptionService inscriptions, Clock clock) {
    this.system = system;
    this.composition = composition;
    this.meetings = meetings;
    this.proposals = proposals;
    this.inscriptions = inscriptions;
    this.clock = clock;
  }

  @Override
  public int order() {
    return DemoContribution.COUNCIL + 10; // after the CMAS exists
  }

  @Override
  public void seed() {
    LocalDate today = LocalDate.now(clock);
    LocalDate plenary = today.minusMonths(13).minusDays(10);
    system.in(DemoData.BELO_HORIZONTE, Role.COUNCIL_SECRETARY, () -> {
      CouncilSummary cmas = composition.councilByAcronym("CMAS").orElse(null);
      if (cmas == null || inscriptions.inscriptions(cmas.id(), null, 0, 1).total() > 0) {
        return null;
      }
      InscriptionSummary recanto = toPlenary(cmas, DemoData.BELO_HORIZONTE, 3,
          "Lar Recanto da Esperança para Pessoas Idosas",
          "Serviço de Acolhimento Institucional para pessoas idosas (40 vagas)", plenary, true);
      decide(cmas, plenary, List.of(recanto), List.of(new VoteForm(15, 1, 2)));
      publishAndCertify(cmas, recanto.id(), plenary.plusDays(6), true);
      inscriptions.notifyEntity(cmas.id(), recanto.id(), StepForm.on(plenary.plusDays(9),
          "Encaminhamos o comprovante de inscrição. A entidade deve manter o CMAS informado de qualquer mudança "
              + "em seu estatuto, diretoria ou oferta de serviços."));

      InscriptionSummary waiting = toPlenary(cmas, DemoData.BELO_HORIZONTE, 7, "Associação Mãos que Acolhem",
          "Serviço de Convivência e Fortalecimento de Vínculos para pessoas idosas (80 vagas)",
          today.minusDays(20), true);
      InscriptionSummary visit = request(cmas, DemoData.BELO_HORIZONTE, 8, "Centro Comunitário Esperança Viva",
          "SCFV para crianças e adolescentes de 6 a 15 anos (100 vagas)", today.minusDays(15));
      inscriptions.completeDocumentaryAnalysis(cmas.id(), visit.id(), StepForm.on(today.minusDays(8),
          "Documentação completa: estatuto, ata de eleição, CNPJ, plano de ação e relatório de atividades."));
      return waiting;
    });
    system.in(DemoData.BETIM, Role.COUNCIL_SECRETARY, () -> {
      CouncilSummary cmas = composition.councilByAcronym("CMAS").orElse(null);
      if (cmas == null || inscriptions.inscriptions(cmas.id(), null, 0, 1).total() > 0) {
        return null;
      }
      InscriptionSummary forum = toPlenary(cmas, DemoData.BETIM, 4, "Fórum Popular de Direitos Humanos de Betim",
          null, plenary, false);
      InscriptionSummary crescer = toPlenary(cmas, DemoData.BETIM, 6, "Associação Betinense Crescer Juntos",
          "SCFV para adolescentes de 15 a 17 anos (45 vagas)", plenary, true);
      decide(cmas, plenary, List.of(forum, crescer), List.of(new VoteForm(2, 8, 1), new VoteForm(10, 0, 1)));
      inscriptions.publish(cmas.id(), forum.id(), StepForm.on(plenary.plusDays(5),
          "Diário Oficial do Município de Betim, edição de " + plenary.plusDays(5).format(BRAZILIAN)));
      inscriptions.notifyEntity(cmas.id(), forum.id(), StepForm.on(plenary.plusDays(8),
          "A entidade não comprovou funcionamento regular há pelo menos um ano nem apresentou plano de ação "
              + "(Resolução CNAS nº 14/2014, art. 5º). Pode apresentar novo pedido com a documentação completa."));
      publishAndCertify(cmas, crescer.id(), plenary.plusDays(5), false);

      InscriptionSummary analysis = request(cmas, DemoData.BETIM, 2, "Instituto Betinense de Apoio à Família",
          "SCFV para famílias do território Teresópolis (60 vagas)", today.minusDays(6));
      inscriptions.upload(cmas.id(), analysis.id(), "estatuto-social.pdf", demoPdf());
      return analysis;
    });
  }

  private InscriptionSummary request(CouncilSummary cmas, TenantId tenant, int sequence, String name, String services,
      LocalDate on) {
    return inscriptions.request(cmas.id(), new InscriptionForm(InscriptionKind.ENTITY,
        DemoData.entityCnpj(tenant, sequence), name, services, on));
  }

  /** Steps 1 to 3, the opinion given 25 days before {@code plenary} (or today at the latest). */
  private InscriptionSummary toPlenary(CouncilSummary cmas, TenantId tenant, int sequence, String name,
      String services, LocalDate plenary, boolean favourable) {
    LocalDate requested = plenary.minusDays(60);
    InscriptionSummary inscription = request(cmas, tenant, sequence, name, services, requested);
    UUID id = inscription.id();
    inscriptions.completeDocumentaryAnalysis(cmas.id(), id, StepForm.on(requested.plusDays(10),
        "Estatuto, ata de eleição da diretoria, comprovante de CNPJ e plano de ação conferidos."));
    if (favourable) {
      inscriptions.recordVisit(cmas.id(), id, StepForm.on(requested.plusDays(20),
          "Visita realizada pela comissão: espaço acessível, equipe de referência presente, atividades em curso."));
    } else {
      inscriptions.skipVisit(cmas.id(), id, StepForm.on(requested.plusDays(20),
          "Dispensada: a análise documental já mostrou a falta do plano de ação e do relatório de atividades."));
    }
    return inscriptions.giveOpinion(cmas.id(), id, new StepForm(requested.plusDays(35),
        favourable ? "A entidade atende aos requisitos da Resolução CNAS nº 14/2014. Parecer pelo deferimento."
            : "A entidade não comprovou atuação continuada nem apresentou plano de ação. Parecer pelo indeferimento.",
        favourable, "Comissão de Normas, Inscrição e Fiscalização", "Conselheiras relatoras da comissão"));
  }

  /**
   * The extraordinary meeting that deliberated on {@code decided}: their proposals on its agenda, all
   * members present, the votes given, the minutes approved at the next ordinary meeting; then step 4.
   */
  private void decide(CouncilSummary cmas, LocalDate date, List<InscriptionSummary> decided, List<VoteForm> votes) {
    MeetingSummary meeting = meetings.schedule(cmas.id(), new MeetingForm(MeetingKind.EXTRAORDINARY, date,
        LocalTime.of(9, 0), "Sala dos Conselhos"));
    List<AgendaItemSummary> items = new ArrayList<>();
    List<ProposalSummary> all = proposals.proposals(cmas.id());
    for (InscriptionSummary inscription : decided) {
      ProposalSummary proposal = all.stream().filter(p -> p.reference().endsWith(inscription.id().toString()))
          .findFirst().orElseThrow();
      items.add(proposals.schedule(proposal.id(), meeting.id()));
    }
    meetings.recordAgendaPublication(meeting.id(), date.minusDays(5));
    Set<UUID> present = composition.mandates(cmas.id()).stream()
        .filter(m -> m.role() == MandateRole.MEMBER && m.activeOn(date)).map(MandateSummary::id)
        .collect(Collectors.toSet());
    meetings.registerAttendance(meeting.id(), present);
    for (int i = 0; i < items.size(); i++) {
      meetings.vote(meeting.id(), items.get(i).id(), votes.get(i));
    }
    meetings.draftMinutes(meeting.id(), "Ata da reunião extraordinária do " + cmas.acronym() + " para deliberar "
        + "sobre pedidos de inscrição de entidades. Presentes " + present.size() + " conselheiros titulares. "
        + "Os pareceres da comissão foram lidos e votados.");
    Stream.of(date.getYear(), date.getYear() + 1).flatMap(year -> meetings.meetings(cmas.id(), year).stream())
        .filter(m -> m.status() == MeetingStatus.HELD && m.date().isAfter(date)
            && m.kind() == MeetingKind.ORDINARY)
        .min(Comparator.comparing(MeetingSummary::date))
        .ifPresent(next -> meetings.approveMinutes(meeting.id(), next.id()));
    decided.forEach(inscription -> inscriptions.deliberate(cmas.id(), inscription.id()));
  }

  private void publishAndCertify(CouncilSummary cmas, UUID id, LocalDate publishedOn, boolean certify) {
    inscriptions.publish(cmas.id(), id, StepForm.on(publishedOn,
        "Diário Oficial do Município, resolução do CMAS de " + publishedOn.format(BRAZILIAN)));
    if (certify) {
      inscriptions.issueCertificate(cmas.id(), id, StepForm.on(publishedOn.plusDays(1), null));
    }
  }

  /** A small, valid one-page PDF standing for a scanned document. */
  private static byte[] demoPdf() {
    return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj "
        + "3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

}
