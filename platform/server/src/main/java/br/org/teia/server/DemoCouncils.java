package br.org.teia.server;

import br.org.teia.council.commission.CommissionForm;
import br.org.teia.council.commission.CommissionKind;
import br.org.teia.council.commission.CommissionService;
import br.org.teia.council.commission.CommissionSummary;
import br.org.teia.council.commission.MembersForm;
import br.org.teia.council.commission.ReportForm;
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
import br.org.teia.council.meeting.AgendaItemForm;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.CalendarForm;
import br.org.teia.council.meeting.MeetingForm;
import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.meeting.DeliberatedItem;
import br.org.teia.council.meeting.VoteForm;
import br.org.teia.council.resolution.ResolutionForm;
import br.org.teia.council.resolution.ResolutionService;
import br.org.teia.council.resolution.ResolutionSummary;
import br.org.teia.council.api.AppreciationSubject;
import br.org.teia.council.api.CouncilAppreciationRequested;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.security.SystemWork;
import br.org.teia.kernel.tenancy.TenantId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo councils, idempotent, through the council module's services (as its secretary): a full CMAS
 * for Belo Horizonte (20 seats) and Betim (12 seats), members and alternates with fictitious names
 * and CPFs, two presidencies alternating sides, the past 12 months of monthly ordinary meetings
 * with published agendas, attendance, votes and minutes approved at the following meeting, the
 * rest of this year's calendar, one proposal sent by the fund for appreciation, a resolution for
 * each approved item (all published but the newest), and one commission of each kind.
 */
@Component
class DemoCouncils {

  private static final String[] FIRST = {"Adriana", "Benedito", "Cláudia", "Daniel", "Eliane", "Fernando", "Gabriela",
      "Henrique", "Isabela", "João", "Kátia", "Leonardo", "Márcia", "Nelson", "Olívia", "Paulo", "Quitéria", "Rafael",
      "Sônia", "Tiago", "Úrsula", "Vicente", "Wanda", "Xavier", "Yara", "Zélia", "Antônio", "Beatriz", "Caio", "Denise",
      "Edson", "Flávia", "Geraldo", "Helena", "Ivan", "Joana", "Luís", "Marta", "Otávio", "Rosa"};
  private static final String[] LAST = {"Almeida", "Barbosa", "Cardoso", "Duarte", "Esteves", "Ferreira", "Gomes",
      "Honorato", "Izidoro", "Junqueira", "Lacerda", "Moreira", "Nogueira", "Oliveira", "Pimenta", "Queiroz", "Rezende",
      "Siqueira", "Teixeira", "Vasconcelos"};
  private static final List<String> TOPICS = List.of(
      "Prestação de contas do Fundo Municipal de Assistência Social", "Plano de ação do cofinanciamento federal",
      "Inscrição de entidades e organizações de assistência social", "Acompanhamento da execução do PAIF nos CRAS",
      "Critérios para concessão de benefícios eventuais", "Relatório de gestão do exercício anterior",
      "Calendário da conferência municipal de assistência social", "Avaliação do serviço de acolhimento institucional",
      "Plano municipal de assistência social: monitoramento", "Vigilância socioassistencial: diagnóstico dos territórios",
      "Aplicação dos recursos do IGD-PBF e IGD-SUAS", "Regimento interno: proposta de alteração");

  private final SystemWork system;
  private final CompositionService composition;
  private final MeetingService meetings;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transactions;
  private final Clock clock;
  private final ResolutionService resolutions;
  private final CommissionService commissions;
  private final DemoInscriptions inscriptions;

  DemoCouncils(SystemWork system, CompositionService composition, MeetingService meetings,
      ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock, ResolutionService resolutions,
      CommissionService commissions, DemoInscriptions inscriptions) {
    this.inscriptions = inscriptions;
    this.system = system;
    this.composition = composition;
    this.meetings = meetings;
    this.resolutions = resolutions;
    this.commissions = commissions;
    this.events = events;
    this.transactions = transactions;
    this.clock = clock;
  }

  void seed() {
    seed(DemoData.BELO_HORIZONTE, "10.836/1996", LocalDate.of(1996, 3, 12), 20,
        "Secretaria Municipal de Assistência Social, Segurança Alimentar e Cidadania", 6,
        List.of("Secretaria Municipal de Saúde", "Secretaria Municipal de Educação"), 2, 4, 3, 3,
        "Sala dos Conselhos — Av. Afonso Pena, 342, Centro", 0);
    seed(DemoData.BETIM, "2.908/1996", LocalDate.of(1996, 7, 4), 12, "Secretaria Municipal de Assistência Social", 4,
        List.of("Secretaria Municipal de Saúde"), 2, 2, 2, 2, "Casa dos Conselhos — Rua Inconfidentes, 300, Centro", 100);
    inscriptions.seed();
  }

  private void seed(TenantId tenant, String law, LocalDate lawDate, int seats, String mainSecretariat, int mainSeats,
      List<String> otherSecretariats, int otherSeats, int users, int entities, int workers, String place, int offset) {
    system.in(tenant, Role.COUNCIL_SECRETARY, () -> {
      CouncilSummary council = composition.councilByAcronym("CMAS").orElse(null);
      if (council == null) {
        List<SegmentForm> segments = new ArrayList<>();
        segments.add(new SegmentForm(null, SegmentKind.GOVERNMENT, mainSecretariat, mainSeats, mainSeats));
        otherSecretariats.forEach(s -> segments.add(new SegmentForm(null, SegmentKind.GOVERNMENT, s, otherSeats, otherSeats)));
        segments.add(new SegmentForm(null, SegmentKind.USERS, "Usuários ou organizações de usuários", users, users));
        segments.add(new SegmentForm(null, SegmentKind.ENTITIES, "Entidades de assistência social", entities, entities));
        segments.add(new SegmentForm(null, SegmentKind.WORKERS, "Trabalhadores do SUAS", workers, workers));
        council = composition.create(CouncilForm.cmas("Conselho Municipal de Assistência Social", law, lawDate, seats,
            10, segments));
      }
      LocalDate today = LocalDate.now(clock);
      LocalDate termStart = today.minusMonths(14).withDayOfMonth(1);
      if (composition.mandates(council.id()).isEmpty()) {
        compose(council, termStart, offset);
      }
      if (composition.presidencies(council.id()).isEmpty()) {
        presidencies(council, termStart);
      }
      if (meetings.meetings(council.id(), today.minusMonths(12).getYear()).isEmpty()) {
        history(council, today, place);
      }
      if (resolutions.list(council.id(), "", 0, 1).total() == 0) {
        resolutions(council, law);
      }
      if (commissions.commissions(council.id()).isEmpty()) {
        commissions(council, today);
      }
      meetings.generateCalendar(council.id(), new CalendarForm(today.getYear(), 2, DayOfWeek.TUESDAY,
          LocalTime.of(14, 0), place));
      CouncilAppreciationRequested fundReport = new CouncilAppreciationRequested("CMAS", "fund",
          AppreciationSubject.OTHER, "demo-fmas-" + today.getYear(),
          "Relatório de execução do FMAS — " + today.getYear(), "Execução orçamentária e financeira do fundo.", today);
      transactions.executeWithoutResult(status -> events.publishEvent(fundReport));
      return null;
    });
  }

  private void compose(CouncilSummary council, LocalDate termStart, int offset) {
    int person = offset;
    LocalDate termEnd = termStart.plusYears(2).minusDays(1);
    for (SegmentSummary segment : council.segments()) {
      for (int seat = 1; seat <= segment.memberSeats(); seat++) {
        for (MandateRole role : MandateRole.values()) {
          if (seat > (role == MandateRole.MEMBER ? segment.memberSeats() : segment.alternateSeats())) {
            continue;
          }
          String name = FIRST[person % FIRST.length] + " " + LAST[(person * 7 + 3) % LAST.length] + " "
              + LAST[(person * 3 + 11) % LAST.length];
          // one alternate per council who replaced someone: her mandate ends within 60 days
          LocalDate end = segment.kind() == SegmentKind.USERS && seat == 1 && role == MandateRole.ALTERNATE
              ? LocalDate.now(clock).plusDays(45) : termEnd;
          composition.addMandate(council.id(), new MandateForm(segment.id(), seat, role, name, cpf(person + 1000),
              organisation(segment, seat), false, termStart, end));
          person++;
        }
      }
    }
  }

  private static String organisation(SegmentSummary segment, int seat) {
    return switch (segment.kind()) {
      case GOVERNMENT -> segment.name();
      case USERS -> List.of("Fórum Municipal de Usuários do SUAS", "Associação de Moradores do Barreiro",
          "Movimento da População de Rua", "Associação Comunitária Vila Nova").get((seat - 1) % 4);
      case ENTITIES -> List.of("Associação Beneficente Esperança", "Instituto Criança Cidadã",
          "Lar dos Idosos São Vicente").get((seat - 1) % 3);
      case WORKERS -> List.of("Sindicato dos Trabalhadores do SUAS", "Conselho Regional de Serviço Social",
          "Conselho Regional de Psicologia").get((seat - 1) % 3);
    };
  }

  private void presidencies(CouncilSummary council, LocalDate termStart) {
    List<MandateSummary> members = composition.mandates(council.id()).stream()
        .filter(m -> m.role() == MandateRole.MEMBER).toList();
    MandateSummary civil = members.stream().filter(m -> m.side() == Side.CIVIL_SOCIETY).findFirst().orElseThrow();
    MandateSummary government = members.stream().filter(m -> m.side() == Side.GOVERNMENT).findFirst().orElseThrow();
    composition.addPresidency(council.id(), new PresidencyForm(civil.id(), termStart, termStart.plusYears(1).minusDays(1)));
    composition.addPresidency(council.id(), new PresidencyForm(government.id(), termStart.plusYears(1),
        termStart.plusYears(2).minusDays(1)));
  }

  /** The past 12 months of ordinary meetings, each approving the previous one's minutes. */
  private void history(CouncilSummary council, LocalDate today, String place) {
    List<MandateSummary> mandates = composition.mandates(council.id());
    MeetingSummary previous = null;
    for (int back = 12; back >= 1; back--) {
      LocalDate date = YearMonth.from(today).minusMonths(back).atDay(1)
          .with(java.time.temporal.TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
      MeetingSummary meeting = meetings.schedule(council.id(),
          new MeetingForm(MeetingKind.ORDINARY, date, LocalTime.of(14, 0), place));
      List<AgendaItemSummary> items = new ArrayList<>();
      if (previous != null) {
        items.add(meetings.addItem(meeting.id(), new AgendaItemForm("Aprovação da ata da reunião anterior", null)));
      }
      items.add(meetings.addItem(meeting.id(), new AgendaItemForm(TOPICS.get(back - 1), null)));
      items.add(meetings.addItem(meeting.id(), new AgendaItemForm(TOPICS.get((back + 4) % TOPICS.size()), null)));
      meetings.recordAgendaPublication(meeting.id(), date.minusDays(12));

      Set<UUID> present = new HashSet<>();
      List<MandateSummary> active = mandates.stream().filter(m -> m.activeOn(date)).toList();
      int seat = 0;
      for (MandateSummary member : active.stream().filter(m -> m.role() == MandateRole.MEMBER).toList()) {
        boolean absent = (seat + back) % 5 == 0; // one in five members misses each meeting
        if (!absent) {
          present.add(member.id());
        } else if (seat % 2 == 0) { // half of them send the alternate
          active.stream().filter(a -> a.role() == MandateRole.ALTERNATE && a.segmentId().equals(member.segmentId())
              && a.seatNumber() == member.seatNumber()).findFirst().ifPresent(a -> present.add(a.id()));
        }
        seat++;
      }
      var held = meetings.registerAttendance(meeting.id(), present);
      int voters = held.quorum().presentSeats();
      if (held.quorum().reached()) {
        for (AgendaItemSummary item : items) {
          int against = item.position() == 1 ? 0 : (back % 3);
          int abstentions = 1;
          meetings.vote(meeting.id(), item.id(), new VoteForm(voters - against - abstentions, against, abstentions));
        }
      }
      meetings.draftMinutes(meeting.id(), "Ata da reunião ordinária do " + council.acronym() + " realizada em "
          + date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + ", às 14h, em " + place + ". "
          + "Presentes " + voters + " cadeiras, verificado o quórum. Pauta: "
          + String.join("; ", items.stream().map(AgendaItemSummary::title).toList()) + ". Nada mais havendo, "
          + "encerrou-se a reunião.");
      if (previous != null && held.quorum().reached()) {
        meetings.approveMinutes(previous.id(), meeting.id());
      }
      previous = meeting;
    }
  }

  /**
   * A resolution for every approved item of the demo meetings (the approval of minutes aside),
   * oldest first so the numbers follow the calendar; all published but the newest, left as a draft.
   */
  private void resolutions(CouncilSummary council, String law) {
    List<DeliberatedItem> items = new ArrayList<>(resolutions.pendingItems(council.id()).stream()
        .filter(i -> i.approved() && !i.title().startsWith("Aprovação da ata")).toList());
    java.util.Collections.reverse(items);
    for (int i = 0; i < items.size(); i++) {
      DeliberatedItem item = items.get(i);
      String date = item.meetingDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
      ResolutionSummary resolution = resolutions.create(council.id(), new ResolutionForm(item.itemId(),
          "Dispõe sobre: " + item.title(),
          "O " + council.name() + " (" + council.acronym() + "), no uso das atribuições que lhe confere a Lei "
              + "Municipal nº " + law + ", e considerando a deliberação da plenária na reunião ordinária de " + date
              + " (" + item.votesFor() + " votos a favor, " + item.votesAgainst() + " contra e " + item.abstentions()
              + " abstenção(ões)),\nRESOLVE:\nArt. 1º Aprovar a matéria \"" + item.title() + "\", nos termos "
              + "apresentados à plenária, em defesa dos direitos das famílias, crianças, adolescentes, pessoas idosas "
              + "e pessoas com deficiência atendidas pelo SUAS.\nArt. 2º Esta resolução entra em vigor na data de sua "
              + "publicação."));
      if (i < items.size() - 1) {
        resolutions.publish(council.id(), resolution.id());
      }
    }
  }

  /** One commission of each kind, three councillors each (the first coordinates), and a report each. */
  private void commissions(CouncilSummary council, LocalDate today) {
    List<MandateSummary> inOffice = composition.activeMandates(council.id(), today).stream()
        .filter(m -> m.role() == MandateRole.MEMBER).toList();
    List<CommissionForm> forms = List.of(
        new CommissionForm(CommissionKind.THEMATIC, "Comissão de Política e Financiamento"),
        new CommissionForm(CommissionKind.ENTITY_INSCRIPTION, "Comissão de Inscrição de Entidades"),
        new CommissionForm(CommissionKind.ETHICS, "Comissão de Ética"));
    List<String> reports = List.of("Parecer sobre a execução do FMAS", "Visitas às entidades requerentes",
        "Revisão do código de ética dos conselheiros");
    for (int i = 0; i < forms.size(); i++) {
      CommissionSummary commission = commissions.create(council.id(), forms.get(i));
      List<MandateSummary> chosen = inOffice.subList(i * 3, i * 3 + 3);
      commissions.assign(council.id(), commission.id(), new MembersForm(
          chosen.stream().map(MandateSummary::id).collect(java.util.stream.Collectors.toSet()), chosen.getFirst().id()));
      commissions.report(council.id(), commission.id(), new ReportForm(today.minusMonths(1), reports.get(i),
          "A comissão reuniu-se, examinou a matéria e apresenta seu parecer à plenária do conselho."));
    }
  }

  /** A fictitious but well-formed CPF from a number. */
  static String cpf(int n) {
    String base = String.format("%09d", 123_000_000 + n * 7919 % 800_000_000);
    int first = cpfDigit(base, 10);
    int second = cpfDigit(base + first, 11);
    return base + first + second;
  }

  private static int cpfDigit(String digits, int weight) {
    int sum = 0;
    for (char c : digits.toCharArray()) {
      sum += (c - '0') * weight--;
    }
    int rest = (sum * 10) % 11;
    return rest == 10 ? 0 : rest;
  }
}
