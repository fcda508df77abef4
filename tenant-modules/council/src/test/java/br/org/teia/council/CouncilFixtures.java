package br.org.teia.council;

import br.org.teia.council.commission.CommissionForm;
import br.org.teia.council.commission.CommissionKind;
import br.org.teia.council.commission.CommissionService;
import br.org.teia.council.commission.CommissionSummary;
import br.org.teia.council.commission.MembersForm;
import br.org.teia.council.commission.ReportForm;
import br.org.teia.council.complaint.CloseForm;
import br.org.teia.council.complaint.ComplaintChannel;
import br.org.teia.council.complaint.ComplaintForm;
import br.org.teia.council.complaint.ComplaintOutcome;
import br.org.teia.council.complaint.ComplaintService;
import br.org.teia.council.complaint.FollowUpForm;
import br.org.teia.council.complaint.FollowUpKind;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilForm;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateForm;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.council.composition.PresidencyForm;
import br.org.teia.council.composition.SegmentForm;
import br.org.teia.council.composition.SegmentKind;
import br.org.teia.council.composition.SegmentSummary;
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
import br.org.teia.council.inscription.InscriptionForm;
import br.org.teia.council.inscription.InscriptionKind;
import br.org.teia.council.inscription.InscriptionService;
import br.org.teia.council.inscription.InscriptionSummary;
import br.org.teia.council.inscription.StepForm;
import br.org.teia.council.meeting.AgendaItemForm;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.DeliberatedItem;
import br.org.teia.council.meeting.MeetingForm;
import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.meeting.VoteForm;
import br.org.teia.council.proposal.ProposalService;
import br.org.teia.council.proposal.ProposalSummary;
import br.org.teia.council.resolution.ResolutionForm;
import br.org.teia.council.resolution.ResolutionService;
import br.org.teia.council.resolution.ResolutionSummary;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.testsupport.ActingAs;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;

/**
 * Councils and people for tests: fake names, valid random CPFs (the static helpers); and, through an
 * instance on the test's application context, a municipality's whole CMAS of the module's own instead
 * of the demo's: {@link #cmas} (composition, a year of meetings, resolutions, commissions),
 * {@link #councilLife} (complaints, a conference) and {@link #inscriptions} (three entities at different
 * steps). Each part is idempotent and answers the municipality, so the tests of a class sharing
 * one may all ask for it; all dates follow today. It builds the same kind of CMAS as the demo
 * ({@code council.demo}), through the same services, and stays apart from it on purpose: a change to
 * the demo's content never changes what a test sees.
 */
public final class CouncilFixtures {

  /** The seats of {@link #cmas}: 6 of government and 6 of civil society, a member and an alternate each. */
  public static final int SEATS = 12;
  /** Topics of {@link #cmas}'s ordinary meetings, two a meeting; one is about benefícios eventuais. */
  public static final List<String> TOPICS = List.of(
      "Prestação de contas do Fundo Municipal de Assistência Social", "Plano de ação do cofinanciamento federal",
      "Inscrição de entidades e organizações de assistência social", "Acompanhamento da execução do PAIF nos CRAS",
      "Critérios para concessão de benefícios eventuais", "Relatório de gestão do exercício anterior",
      "Calendário da conferência municipal de assistência social", "Avaliação do serviço de acolhimento institucional",
      "Plano municipal de assistência social: monitoramento", "Vigilância socioassistencial: diagnóstico dos territórios",
      "Aplicação dos recursos do IGD-PBF e IGD-SUAS", "Regimento interno: proposta de alteração");
  /** How many months back {@link #cmas}'s first ordinary meeting was; one a month since, the last a month before today. */
  public static final int MONTHS_OF_MEETINGS = 12;
  /** The entity {@link #inscriptions} inscribes, with its certificate. */
  public static final String INSCRIBED = "Lar Recanto da Esperança para Pessoas Idosas";
  /** The entity of {@link #inscriptions} waiting for the plenary. */
  public static final String AT_PLENARY = "Associação Mãos que Acolhem";
  /** The entity of {@link #inscriptions} waiting for the technical visit. */
  public static final String AT_VISIT = "Centro Comunitário Esperança Viva";
  /** The complainant of {@link #councilLife}'s named complaint (only the secretary may see her name). */
  public static final String COMPLAINANT = "Rosa Martins";
  public static final String NAMED_COMPLAINT = "Demora no atendimento do CRAS";
  /** The conference {@link #councilLife} held: its edition and five deliberations, two never followed up. */
  public static final int CONFERENCE_EDITION = 13;
  public static final String DELIBERATION_CRAS = "Implantar um novo CRAS na Regional Norte, com equipe de referência completa.";
  /** A committee member and a delegate of the conference: names the public page must not show. */
  public static final String COMMITTEE_COORDINATOR = "Helena Prado";
  public static final String DELEGATE = "Nair Fonseca";

  private final CompositionService composition;
  private final MeetingService meetings;
  private final ResolutionService resolutions;
  private final CommissionService commissions;
  private final ComplaintService complaints;
  private final ConferenceService conferences;
  private final InscriptionService inscriptionService;
  private final ProposalService proposals;

  /** The fixture on the services of the test's application context. */
  public CouncilFixtures(ApplicationContext context) {
    this.composition = context.getBean(CompositionService.class);
    this.meetings = context.getBean(MeetingService.class);
    this.resolutions = context.getBean(ResolutionService.class);
    this.commissions = context.getBean(CommissionService.class);
    this.complaints = context.getBean(ComplaintService.class);
    this.conferences = context.getBean(ConferenceService.class);
    this.inscriptionService = context.getBean(InscriptionService.class);
    this.proposals = context.getBean(ProposalService.class);
  }

  /** A CMAS of 12 seats: government 6 (two secretariats), civil society 6 (users 2, entities 2, workers 2). */
  public static CouncilForm cmas12(String acronym) {
    return new CouncilForm(acronym, "Conselho Municipal de Assistência Social", "123/2010", LocalDate.of(2010, 3, 1),
        12, 2, 1, 1, 1, br.org.teia.council.composition.QuorumRule.ABSOLUTE_MAJORITY, 10, 2, List.of(
            new SegmentForm(null, SegmentKind.GOVERNMENT, "Secretaria de Assistência Social", 4, 4),
            new SegmentForm(null, SegmentKind.GOVERNMENT, "Secretaria de Saúde", 2, 2),
            new SegmentForm(null, SegmentKind.USERS, "Usuários", 2, 2),
            new SegmentForm(null, SegmentKind.ENTITIES, "Entidades", 2, 2),
            new SegmentForm(null, SegmentKind.WORKERS, "Trabalhadores", 2, 2)));
  }

  public static MandateForm mandate(UUID segment, int seat, MandateRole role, String name, String cpf,
      LocalDate start) {
    return new MandateForm(segment, seat, role, name, cpf, "Organização " + name, false, start,
        start.plusYears(2).minusDays(1));
  }

  public static String cpf() {
    int[] d = new int[11];
    for (int i = 0; i < 9; i++) {
      d[i] = ThreadLocalRandom.current().nextInt(10);
    }
    d[9] = check(d, 9);
    d[10] = check(d, 10);
    StringBuilder s = new StringBuilder();
    for (int digit : d) {
      s.append(digit);
    }
    return s.toString();
  }

  private static int check(int[] d, int length) {
    int sum = 0;
    for (int i = 0; i < length; i++) {
      sum += d[i] * (length + 1 - i);
    }
    int rest = (sum * 10) % 11;
    return rest == 10 ? 0 : rest;
  }

  public static String acronym() {
    return "C" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
  }

  // ---- a whole CMAS

  /**
   * The CMAS of {@code tenant} (acronym CMAS, {@link #cmas12} seats), unless it has one, with: a member and
   * an alternate on every seat since 14 months ago for two years, but the first users' alternate, whose
   * mandate ends in 45 days; two presidencies, civil society's then government's; an ordinary meeting a
   * month from {@link #MONTHS_OF_MEETINGS} months ago to last month, each with its agenda published, all
   * members but one present, two {@link #TOPICS} approved, its minutes approved at the next (the last
   * meeting's stay a draft), and from the second on the approval of the previous minutes on the agenda; a
   * resolution for each approved topic, all published but the newest; and one commission of each kind,
   * three councillors each (the first coordinates), with a report each.
   */
  public TenantId cmas(TenantId tenant) {
    council(tenant);
    return tenant;
  }

  private CouncilSummary council(TenantId tenant) {
    return secretary(tenant, () -> {
      CouncilSummary council = composition.councilByAcronym("CMAS")
          .orElseGet(() -> composition.create(cmas12("CMAS")));
      LocalDate today = LocalDate.now();
      LocalDate termStart = today.minusMonths(14).withDayOfMonth(1);
      if (composition.mandates(council.id()).isEmpty()) {
        compose(council, termStart, today);
      }
      if (composition.presidencies(council.id()).isEmpty()) {
        List<MandateSummary> members = composition.mandates(council.id()).stream()
            .filter(m -> m.role() == MandateRole.MEMBER).toList();
        MandateSummary civil = members.stream().filter(m -> m.side() == Side.CIVIL_SOCIETY).findFirst().orElseThrow();
        MandateSummary government = members.stream().filter(m -> m.side() == Side.GOVERNMENT).findFirst().orElseThrow();
        composition.addPresidency(council.id(), new PresidencyForm(civil.id(), termStart,
            termStart.plusYears(1).minusDays(1)));
        composition.addPresidency(council.id(), new PresidencyForm(government.id(), termStart.plusYears(1),
            termStart.plusYears(2).minusDays(1)));
      }
      if (meetings.meetings(council.id(), ordinaryMeetingDay(today, MONTHS_OF_MEETINGS).getYear()).isEmpty()) {
        history(council, today);
      }
      if (resolutions.list(council.id(), "", 0, 1).total() == 0) {
        resolutions(council);
      }
      if (commissions.commissions(council.id()).isEmpty()) {
        commissions(council, today);
      }
      return composition.council(council.id());
    });
  }

  /** The day of the ordinary meeting {@code back} months before today: the month's second Tuesday. */
  public static LocalDate ordinaryMeetingDay(LocalDate today, int back) {
    return YearMonth.from(today).minusMonths(back).atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
  }

  private void compose(CouncilSummary council, LocalDate termStart, LocalDate today) {
    LocalDate termEnd = termStart.plusYears(2).minusDays(1);
    for (SegmentSummary segment : council.segments()) {
      for (int seat = 1; seat <= segment.memberSeats(); seat++) {
        for (MandateRole role : MandateRole.values()) {
          LocalDate end = segment.kind() == SegmentKind.USERS && seat == 1 && role == MandateRole.ALTERNATE
              ? today.plusDays(45) : termEnd;
          String person = (role == MandateRole.MEMBER ? "Titular " : "Suplente ") + segment.name() + " " + seat;
          composition.addMandate(council.id(), new MandateForm(segment.id(), seat, role, person, cpf(),
              "Organização " + segment.name(), false, termStart, end));
        }
      }
    }
  }

  private void history(CouncilSummary council, LocalDate today) {
    List<MandateSummary> mandates = composition.mandates(council.id());
    MeetingSummary previous = null;
    for (int back = MONTHS_OF_MEETINGS; back >= 1; back--) {
      LocalDate date = ordinaryMeetingDay(today, back);
      MeetingSummary meeting = meetings.schedule(council.id(),
          new MeetingForm(MeetingKind.ORDINARY, date, LocalTime.of(14, 0), "Sala dos Conselhos"));
      List<AgendaItemSummary> items = new ArrayList<>();
      if (previous != null) {
        items.add(meetings.addItem(meeting.id(), new AgendaItemForm("Aprovação da ata da reunião anterior", null)));
      }
      items.add(meetings.addItem(meeting.id(), new AgendaItemForm(TOPICS.get(back - 1), null)));
      items.add(meetings.addItem(meeting.id(), new AgendaItemForm(TOPICS.get((back + 4) % TOPICS.size()), null)));
      meetings.recordAgendaPublication(meeting.id(), date.minusDays(12));
      List<MandateSummary> members = mandates.stream()
          .filter(m -> m.role() == MandateRole.MEMBER && m.activeOn(date)).toList();
      int absent = back % members.size();
      Set<UUID> present = members.stream().filter(m -> members.indexOf(m) != absent).map(MandateSummary::id)
          .collect(Collectors.toSet());
      int voters = meetings.registerAttendance(meeting.id(), present).quorum().presentSeats();
      for (AgendaItemSummary item : items) {
        int against = item.position() == 1 ? 0 : 1;
        meetings.vote(meeting.id(), item.id(), new VoteForm(voters - against - 1, against, 1));
      }
      meetings.draftMinutes(meeting.id(), "Ata da reunião ordinária do " + council.acronym() + " de " + date
          + ". Presentes " + voters + " cadeiras, verificado o quórum. Pauta: "
          + items.stream().map(AgendaItemSummary::title).collect(Collectors.joining("; ")) + ".");
      if (previous != null) {
        meetings.approveMinutes(previous.id(), meeting.id());
      }
      previous = meeting;
    }
  }

  private void resolutions(CouncilSummary council) {
    List<DeliberatedItem> items = new ArrayList<>(resolutions.pendingItems(council.id()).stream()
        .filter(i -> i.approved() && TOPICS.contains(i.title())).toList());
    Collections.reverse(items); // oldest first, so the numbers follow the calendar
    for (int i = 0; i < items.size(); i++) {
      DeliberatedItem item = items.get(i);
      ResolutionSummary resolution = resolutions.create(council.id(), new ResolutionForm(item.itemId(),
          "Dispõe sobre: " + item.title(), "O " + council.name() + ", considerando a deliberação da plenária de "
              + item.meetingDate() + ",\nRESOLVE:\nArt. 1º Aprovar a matéria \"" + item.title() + "\".\n"
              + "Art. 2º Esta resolução entra em vigor na data de sua publicação."));
      if (i < items.size() - 1) {
        resolutions.publish(council.id(), resolution.id());
      }
    }
  }

  private void commissions(CouncilSummary council, LocalDate today) {
    List<MandateSummary> inOffice = composition.activeMandates(council.id(), today).stream()
        .filter(m -> m.role() == MandateRole.MEMBER).toList();
    List<CommissionForm> forms = List.of(
        new CommissionForm(CommissionKind.THEMATIC, "Comissão de Política e Financiamento"),
        new CommissionForm(CommissionKind.ENTITY_INSCRIPTION, "Comissão de Inscrição de Entidades"),
        new CommissionForm(CommissionKind.ETHICS, "Comissão de Ética"));
    for (int i = 0; i < forms.size(); i++) {
      CommissionSummary commission = commissions.create(council.id(), forms.get(i));
      List<MandateSummary> chosen = inOffice.subList(i * 3, i * 3 + 3);
      commissions.assign(council.id(), commission.id(), new MembersForm(
          chosen.stream().map(MandateSummary::id).collect(Collectors.toSet()), chosen.getFirst().id()));
      commissions.report(council.id(), commission.id(), new ReportForm(today.minusMonths(1),
          "Parecer da " + forms.get(i).name(), "A comissão examinou a matéria e apresenta seu parecer à plenária."));
    }
  }

  // ---- complaints and a conference

  /**
   * {@link #cmas} and its life: three complaints (the first named, by {@link #COMPLAINANT}, followed
   * up and closed; an anonymous one followed up; a named one just received), and the ordinary
   * conference of the last national cycle year held, edition {@link #CONFERENCE_EDITION}, with a
   * committee of two on each side, eight delegates and five deliberations, three followed up.
   */
  public TenantId councilLife(TenantId tenant) {
    CouncilSummary cmas = council(tenant);
    secretary(tenant, () -> {
      LocalDate today = LocalDate.now();
      if (complaints.complaints(cmas.id(), null, null).isEmpty()) {
        var first = complaints.receive(cmas.id(), new ComplaintForm(today.minusMonths(4), ComplaintChannel.IN_PERSON,
            false, COMPLAINANT, "(31) 98888-1234", NAMED_COMPLAINT, "CRAS Norte",
            "Famílias aguardam mais de um mês pelo primeiro atendimento do PAIF."));
        complaints.followUp(first.summary().id(), new FollowUpForm(today.minusMonths(4).plusDays(5),
            FollowUpKind.INVESTIGATION, "Visita da comissão de acompanhamento ao CRAS."));
        complaints.close(first.summary().id(), new CloseForm(today.minusMonths(3),
            ComplaintOutcome.PARTLY_SUBSTANTIATED, "A secretaria lotou mais uma assistente social."));
        var second = complaints.receive(cmas.id(), new ComplaintForm(today.minusWeeks(3), ComplaintChannel.OMBUDSMAN,
            true, null, null, "Condições do acolhimento institucional", "Unidade de acolhimento para adultos",
            "Relato anônimo de falta de colchões na unidade."));
        complaints.followUp(second.summary().id(), new FollowUpForm(today.minusWeeks(2), FollowUpKind.FORWARDING,
            "Encaminhada à proteção social especial."));
        complaints.receive(cmas.id(), new ComplaintForm(today.minusDays(2), ComplaintChannel.EMAIL, false,
            "Sebastião Pereira", "sebastiao@example.org", "Benefício eventual negado sem justificativa", null,
            "Pedido de auxílio negado sem resposta por escrito."));
      }
      if (conferences.conferences(cmas.id()).isEmpty()) {
        conference(cmas, today);
      }
      return cmas;
    });
    return tenant;
  }

  private void conference(CouncilSummary cmas, LocalDate today) {
    int year = today.getYear() - 1 - Math.floorMod(today.getYear() - 1 - 2023, 4); // national cycle: 2023, 2027...
    LocalDate start = LocalDate.of(year, 7, 20);
    ConferenceSummary held = conferences.convene(cmas.id(), new ConferenceForm(ConferenceKind.ORDINARY,
        CONFERENCE_EDITION, "O SUAS que temos e o SUAS que queremos", start, start.plusDays(1), "Centro de Convenções",
        "Resolução CMAS nº 7/" + year));
    conferences.addCommitteeMember(held.id(), new CommitteeMemberForm(COMMITTEE_COORDINATOR, Side.GOVERNMENT,
        "Secretaria Municipal de Assistência Social", true));
    conferences.addCommitteeMember(held.id(), new CommitteeMemberForm("Ivan Rezende", Side.GOVERNMENT,
        "Secretaria Municipal de Saúde", false));
    conferences.addCommitteeMember(held.id(), new CommitteeMemberForm("Joana Matos", Side.CIVIL_SOCIETY,
        "Fórum Municipal de Usuários do SUAS", false));
    conferences.addCommitteeMember(held.id(), new CommitteeMemberForm("Kléber Souza", Side.CIVIL_SOCIETY,
        "Fórum de Trabalhadores do SUAS", false));
    String[] delegates = {"Lúcia Andrade", "Márcio Teles", DELEGATE, "Otávio Lima", "Paula Reis", "Quitéria Alves",
        "Rafael Costa", "Sônia Braga"};
    SegmentKind[] segments = {SegmentKind.GOVERNMENT, SegmentKind.USERS, SegmentKind.ENTITIES, SegmentKind.WORKERS};
    for (int i = 0; i < delegates.length; i++) {
      conferences.addDelegate(held.id(), new DelegateForm(delegates[i], segments[i / 2],
          i % 2 == 0 ? MandateRole.MEMBER : MandateRole.ALTERNATE, null, i % 2 == 0));
    }
    conferences.markHeld(held.id());
    List<DeliberationSummary> approved = List.of(
        conferences.addDeliberation(held.id(), new DeliberationForm(DELIBERATION_CRAS, DeliberationScope.MUNICIPAL)),
        conferences.addDeliberation(held.id(), new DeliberationForm(
            "Realizar concurso público para trabalhadores do SUAS.", DeliberationScope.MUNICIPAL)),
        conferences.addDeliberation(held.id(), new DeliberationForm(
            "Regulamentar os benefícios eventuais por lei municipal.", DeliberationScope.MUNICIPAL)),
        conferences.addDeliberation(held.id(), new DeliberationForm(
            "Garantir cofinanciamento estadual regular para a proteção social especial.", DeliberationScope.STATE)),
        conferences.addDeliberation(held.id(), new DeliberationForm(
            "Recompor o orçamento federal do SUAS.", DeliberationScope.NATIONAL)));
    LocalDate after = start.plusMonths(3);
    conferences.followUp(approved.get(0).id(), new DeliberationFollowUpForm(after, DeliberationStatus.IN_PROGRESS,
        "Terreno cedido e projeto contratado."));
    conferences.followUp(approved.get(1).id(), new DeliberationFollowUpForm(after.plusMonths(1),
        DeliberationStatus.IN_PROGRESS, "Edital de concurso em preparo."));
    conferences.followUp(approved.get(2).id(), new DeliberationFollowUpForm(after.plusMonths(2), DeliberationStatus.DONE,
        "Lei municipal de benefícios eventuais sancionada."));
  }

  // ---- entity inscriptions

  /**
   * {@link #cmas} and three inscriptions of entities: {@link #INSCRIBED} through all seven steps
   * (decided at an extraordinary plenary 13 months ago whose minutes the next ordinary meeting
   * approved, published, certified, the entity notified), {@link #AT_PLENARY} with the commission's
   * favourable opinion, {@link #AT_VISIT} after its documentary analysis. Nothing is added to a CMAS
   * that has inscriptions. CNPJs from {@link #cnpj(TenantId, int)}, sequences 1 to 3.
   */
  public TenantId inscriptions(TenantId tenant) {
    CouncilSummary cmas = council(tenant);
    secretary(tenant, () -> {
      if (inscriptionService.inscriptions(cmas.id(), null, 0, 1).total() > 0) {
        return cmas;
      }
      LocalDate today = LocalDate.now();
      LocalDate plenary = today.minusMonths(13).minusDays(10);
      InscriptionSummary inscribed = toPlenary(cmas, cnpj(tenant, 1), INSCRIBED,
          "Serviço de Acolhimento Institucional para pessoas idosas (40 vagas)", plenary);
      decide(cmas, plenary, inscribed);
      inscriptionService.publish(cmas.id(), inscribed.id(), StepForm.on(plenary.plusDays(6),
          "Diário Oficial do Município, resolução do CMAS de " + plenary.plusDays(6)));
      inscriptionService.issueCertificate(cmas.id(), inscribed.id(), StepForm.on(plenary.plusDays(7), null));
      inscriptionService.notifyEntity(cmas.id(), inscribed.id(), StepForm.on(plenary.plusDays(9),
          "Encaminhamos o comprovante de inscrição."));
      toPlenary(cmas, cnpj(tenant, 2), AT_PLENARY, "SCFV para pessoas idosas (80 vagas)", today.minusDays(20));
      InscriptionSummary visit = inscriptionService.request(cmas.id(), new InscriptionForm(InscriptionKind.ENTITY,
          cnpj(tenant, 3), AT_VISIT, "SCFV para crianças e adolescentes (100 vagas)", today.minusDays(15)));
      inscriptionService.completeDocumentaryAnalysis(cmas.id(), visit.id(), StepForm.on(today.minusDays(8),
          "Documentação completa: estatuto, ata de eleição, CNPJ e plano de ação."));
      return cmas;
    });
    return tenant;
  }

  /** Steps 1 to 3: requested 60 days before {@code plenary}, analysed, visited, a favourable opinion. */
  private InscriptionSummary toPlenary(CouncilSummary cmas, String cnpj, String name, String services,
      LocalDate plenary) {
    LocalDate requested = plenary.minusDays(60);
    UUID id = inscriptionService.request(cmas.id(), new InscriptionForm(InscriptionKind.ENTITY, cnpj, name, services,
        requested)).id();
    inscriptionService.completeDocumentaryAnalysis(cmas.id(), id, StepForm.on(requested.plusDays(10),
        "Estatuto, ata de eleição da diretoria, comprovante de CNPJ e plano de ação conferidos."));
    inscriptionService.recordVisit(cmas.id(), id, StepForm.on(requested.plusDays(20),
        "Visita realizada pela comissão: espaço acessível, equipe presente, atividades em curso."));
    return inscriptionService.giveOpinion(cmas.id(), id, new StepForm(requested.plusDays(35),
        "A entidade atende aos requisitos da Resolução CNAS nº 14/2014. Parecer pelo deferimento.", true,
        "Comissão de Inscrição de Entidades", "Conselheiras relatoras da comissão"));
  }

  /** The extraordinary plenary on {@code date}: the proposal on its agenda, all members, approved; step 4. */
  private void decide(CouncilSummary cmas, LocalDate date, InscriptionSummary decided) {
    MeetingSummary meeting = meetings.schedule(cmas.id(), new MeetingForm(MeetingKind.EXTRAORDINARY, date,
        LocalTime.of(9, 0), "Sala dos Conselhos"));
    ProposalSummary proposal = proposals.proposals(cmas.id()).stream()
        .filter(p -> p.reference().endsWith(decided.id().toString())).findFirst().orElseThrow();
    AgendaItemSummary item = proposals.schedule(proposal.id(), meeting.id());
    meetings.recordAgendaPublication(meeting.id(), date.minusDays(5));
    Set<UUID> present = composition.mandates(cmas.id()).stream()
        .filter(m -> m.role() == MandateRole.MEMBER && m.activeOn(date)).map(MandateSummary::id)
        .collect(Collectors.toSet());
    meetings.registerAttendance(meeting.id(), present);
    meetings.vote(meeting.id(), item.id(), new VoteForm(present.size() - 1, 0, 1));
    meetings.draftMinutes(meeting.id(), "Ata da reunião extraordinária sobre pedidos de inscrição de entidades.");
    meetings.approveMinutes(meeting.id(), meetings.meetings(cmas.id(), ordinaryMeetingDay(LocalDate.now(),
        MONTHS_OF_MEETINGS).getYear()).stream().filter(m -> m.kind() == MeetingKind.ORDINARY && m.date().isAfter(date))
        .min(java.util.Comparator.comparing(MeetingSummary::date)).orElseThrow().id());
    inscriptionService.deliberate(cmas.id(), decided.id());
  }

  /** The CNPJ of the fixture's entity {@code sequence} in {@code tenant}: root 77, the IBGE code's digits. */
  public static String cnpj(TenantId tenant, int sequence) {
    return Cnpj.withCheckDigits("77" + tenant.ibgeCode().substring(2, 6) + String.format("%02d", sequence) + "0001")
        .digits();
  }

  /** A valid CNPJ of a random root (branch 0001), for an entity a test registers. */
  public static String cnpj() {
    return Cnpj.withCheckDigits(String.format("%08d0001", ThreadLocalRandom.current().nextInt(10_000_000, 76_999_999)))
        .digits();
  }

  private static <T> T secretary(TenantId tenant, Supplier<T> action) {
    return ActingAs.as(tenant, Role.COUNCIL_SECRETARY, action);
  }
}
