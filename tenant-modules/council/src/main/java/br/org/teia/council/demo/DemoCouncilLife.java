package br.org.teia.council.demo;

import br.org.teia.council.complaint.CloseForm;
import br.org.teia.council.complaint.ComplaintChannel;
import br.org.teia.council.complaint.ComplaintForm;
import br.org.teia.council.complaint.ComplaintOutcome;
import br.org.teia.council.complaint.ComplaintService;
import br.org.teia.council.complaint.FollowUpForm;
import br.org.teia.council.complaint.FollowUpKind;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.council.composition.Side;
import br.org.teia.council.conference.CommitteeMemberForm;
import br.org.teia.council.conference.ConferenceForm;
import br.org.teia.council.conference.ConferenceKind;
import br.org.teia.council.conference.ConferenceService;
import br.org.teia.council.conference.ConferenceSummary;
import br.org.teia.council.conference.DelegateForm;
import br.org.teia.council.conference.DeliberationFollowUpForm;
import br.org.teia.council.conference.DeliberationForm;
import br.org.teia.council.conference.DeliberationScope;
import br.org.teia.council.conference.DeliberationStatus;
import br.org.teia.council.conference.DeliberationSummary;
import br.org.teia.kernel.demo.DemoContribution;
import br.org.teia.kernel.demo.DemoData;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo conference and complaints of the CMAS of Belo Horizonte and Betim, idempotent: the last
 * ordinary conference of the national cycle (2023, 2027...) held, with its committee, delegates
 * and deliberations in several stages of follow-up; a few complaints, open and closed.
 * Runs after {@link DemoCouncils}, whose CMAS it needs.
 */
@Component
@ConditionalOnProperty(name = DemoData.ENABLED, havingValue = "true")
class DemoCouncilLife implements DemoContribution {

  private static final int CYCLE_BASE_YEAR = 2023;

  private final SystemWork system;
  private final CompositionService composition;
  private final ConferenceService conferences;
  private final ComplaintService complaints;
  private final Clock clock;

  DemoCouncilLife(SystemWork system, CompositionService composition, ConferenceService conferences,
      ComplaintService complaints, Clock clock) {
    this.system = system;
    this.composition = composition;
    this.conferences = conferences;
    this.complaints = complaints;
    this.clock = clock;
  }

  @Override
  public int order() {
    return DemoContribution.COUNCIL + 20; // after the CMAS and its inscriptions
  }

  @Override
  public void seed() {
    seed(DemoData.BELO_HORIZONTE, "Belo Horizonte", "Centro de Convenções da Prefeitura", "Regional Norte");
    seed(DemoData.BETIM, "Betim", "Teatro Municipal de Betim", "bairro Citrolândia");
  }

  private void seed(TenantId tenant, String city, String venue, String territory) {
    system.in(tenant, Role.COUNCIL_SECRETARY, () -> {
      CouncilSummary cmas = composition.councilByAcronym("CMAS").orElseThrow();
      LocalDate today = LocalDate.now(clock);
      if (conferences.conferences(cmas.id()).isEmpty()) {
        conference(cmas, city, venue, territory, today);
      }
      if (complaints.complaints(cmas.id(), null, null).isEmpty()) {
        complaints(cmas, territory, today);
      }
      return null;
    });
  }

  private void conference(CouncilSummary cmas, String city, String venue, String territory, LocalDate today) {
    int year = today.getYear() - 1 - Math.floorMod(today.getYear() - 1 - CYCLE_BASE_YEAR, 4);
    LocalDate start = LocalDate.of(year, 7, 20);
    ConferenceSummary held = conferences.convene(cmas.id(), new ConferenceForm(ConferenceKind.ORDINARY, 13,
        "Reconstrução do SUAS: o SUAS que temos e o SUAS que queremos", start, start.plusDays(1), venue,
        "Resolução CMAS nº 7/" + year));
    conferences.addCommitteeMember(held.id(), new CommitteeMemberForm("Helena Prado", Side.GOVERNMENT,
        "Secretaria Municipal de Assistência Social", true));
    conferences.addCommitteeMember(held.id(), new CommitteeMemberForm("Ivan Rezende", Side.GOVERNMENT,
        "Secretaria Municipal de Saúde", false));
    conferences.addCommitteeMember(held.id(), new CommitteeMemberForm("Joana Matos", Side.CIVIL_SOCIETY,
        "Fórum Municipal de Usuários do SUAS", false));
    conferences.addCommitteeMember(held.id(), new CommitteeMemberForm("Kléber Souza", Side.CIVIL_SOCIETY,
        "Fórum de Trabalhadores do SUAS", false));
    String[][] delegates = {
        {"Lúcia Andrade", "GOVERNMENT", "MEMBER", "true"}, {"Márcio Teles", "GOVERNMENT", "ALTERNATE", "false"},
        {"Nair Fonseca", "USERS", "MEMBER", "true"}, {"Otávio Lima", "USERS", "ALTERNATE", "false"},
        {"Paula Reis", "ENTITIES", "MEMBER", "false"}, {"Quitéria Alves", "ENTITIES", "ALTERNATE", "false"},
        {"Rafael Costa", "WORKERS", "MEMBER", "true"}, {"Sônia Braga", "WORKERS", "ALTERNATE", "false"}};
    for (String[] d : delegates) {
      conferences.addDelegate(held.id(), new DelegateForm(d[0], SegmentKind.valueOf(d[1]), MandateRole.valueOf(d[2]),
          null, Boolean.parseBoolean(d[3])));
    }
    conferences.markHeld(held.id());
    List<DeliberationSummary> approved = List.of(
        conferences.addDeliberation(held.id(), new DeliberationForm(
            "Implantar um novo CRAS na " + territory + ", com equipe de referência completa.", DeliberationScope.MUNICIPAL)),
        conferences.addDeliberation(held.id(), new DeliberationForm(
            "Realizar concurso público para trabalhadores do SUAS em " + city + ".", DeliberationScope.MUNICIPAL)),
        conferences.addDeliberation(held.id(), new DeliberationForm(
            "Regulamentar os benefícios eventuais por lei municipal, com critérios públicos.", DeliberationScope.MUNICIPAL)),
        conferences.addDeliberation(held.id(), new DeliberationForm(
            "Garantir cofinanciamento estadual regular para a proteção social especial.", DeliberationScope.STATE)),
        conferences.addDeliberation(held.id(), new DeliberationForm(
            "Recompor o orçamento federal do SUAS e o repasse fundo a fundo.", DeliberationScope.NATIONAL)));
    LocalDate after = start.plusMonths(3);
    followUp(today, approved.get(0).id(), new DeliberationFollowUpForm(after, DeliberationStatus.IN_PROGRESS,
        "Terreno cedido e projeto arquitetônico contratado."));
    followUp(today, approved.get(0).id(), new DeliberationFollowUpForm(after.plusYears(1), DeliberationStatus.DONE,
        "CRAS inaugurado e equipe lotada."));
    followUp(today, approved.get(1).id(), new DeliberationFollowUpForm(after.plusMonths(6),
        DeliberationStatus.IN_PROGRESS, "Edital de concurso publicado."));
    followUp(today, approved.get(2).id(), new DeliberationFollowUpForm(after.plusMonths(2), DeliberationStatus.DONE,
        "Lei municipal de benefícios eventuais sancionada."));
  }

  /** Follow-ups happen in the past: one that would fall after today (early in a new cycle) is left out. */
  private void followUp(LocalDate today, java.util.UUID deliberation, DeliberationFollowUpForm form) {
    if (!form.occurredOn().isAfter(today)) {
      conferences.followUp(deliberation, form);
    }
  }

  private void complaints(CouncilSummary cmas, String territory, LocalDate today) {
    var first = complaints.receive(cmas.id(), new ComplaintForm(today.minusMonths(4), ComplaintChannel.IN_PERSON,
        false, "Rosa Martins", "(31) 98888-1234", "Demora no atendimento do CRAS", "CRAS " + territory,
        "Famílias aguardam mais de um mês pelo primeiro atendimento do PAIF."));
    complaints.followUp(first.summary().id(), new FollowUpForm(today.minusMonths(4).plusDays(5),
        FollowUpKind.INVESTIGATION, "Visita da comissão de acompanhamento ao CRAS."));
    complaints.close(first.summary().id(), new CloseForm(today.minusMonths(3), ComplaintOutcome.PARTLY_SUBSTANTIATED,
        "A equipe estava incompleta; a secretaria lotou mais uma assistente social e a fila foi reduzida."));
    var second = complaints.receive(cmas.id(), new ComplaintForm(today.minusWeeks(3), ComplaintChannel.OMBUDSMAN,
        true, null, null, "Condições do acolhimento institucional", "Unidade de acolhimento para adultos",
        "Relato anônimo de falta de colchões e de higiene na unidade."));
    complaints.followUp(second.summary().id(), new FollowUpForm(today.minusWeeks(2), FollowUpKind.FORWARDING,
        "Encaminhada à vigilância sanitária e à proteção social especial."));
    complaints.receive(cmas.id(), new ComplaintForm(today.minusDays(2), ComplaintChannel.EMAIL, false,
        "Sebastião Pereira", "sebastiao@example.org", "Benefício eventual negado sem justificativa", null,
        "Pedido de auxílio por morte negado sem resposta por escrito."));
  }
}
