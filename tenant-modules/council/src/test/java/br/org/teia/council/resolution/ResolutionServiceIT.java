package br.org.teia.council.resolution;

import static br.org.teia.testsupport.ActingAs.as;
import static br.org.teia.council.CouncilFixtures.acronym;
import static br.org.teia.council.CouncilFixtures.cmas12;
import static br.org.teia.council.CouncilFixtures.cpf;
import static br.org.teia.council.CouncilFixtures.mandate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.org.teia.council.CouncilContext;
import br.org.teia.council.api.AppreciationSubject;
import br.org.teia.council.api.CouncilAppreciationConcluded;
import br.org.teia.council.api.CouncilAppreciationRequested;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.proposal.ProposalService;
import br.org.teia.council.proposal.ProposalSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.composition.MandateRole;
import br.org.teia.council.composition.MandateSummary;
import br.org.teia.council.composition.SegmentSummary;
import br.org.teia.council.meeting.AgendaItemForm;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.MeetingForm;
import br.org.teia.council.meeting.MeetingKind;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.meeting.VoteForm;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantOnboarding;
import br.org.teia.testsupport.TeiaTestApplication;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest(classes = TeiaTestApplication.class)
@RecordApplicationEvents
@CouncilContext
class ResolutionServiceIT {

  static final TenantId LAVRAS = TenantId.of("3138203");
  static final TenantId MARIANA = TenantId.of("3140001");

  @Autowired CompositionService composition;
  @Autowired MeetingService meetings;
  @Autowired ResolutionService resolutions;
  @Autowired TenantOnboarding onboarding;
  @Autowired JdbcClient jdbc;
  @Autowired ProposalService proposals;
  @Autowired ApplicationEventPublisher publisher;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEvents events;

  final LocalDate today = LocalDate.now();
  /** The latest 1 January at least two days ago: meetings on 30 Dec before it and 2 Jan after it are past. */
  final LocalDate newYear = today.minusDays(2).withDayOfYear(1);
  CouncilSummary council;
  final List<MandateSummary> members = new ArrayList<>();

  @BeforeEach
  void aCouncilWithEveryMember() {
    onboarding.onboard(List.of(LAVRAS.ibgeCode(), MARIANA.ibgeCode()));
    council = withMembers(LAVRAS, members);
  }

  CouncilSummary withMembers(TenantId tenant, List<MandateSummary> into) {
    CouncilSummary created = as(tenant, Role.COUNCIL_SECRETARY, () -> composition.create(cmas12(acronym())));
    as(tenant, Role.COUNCIL_SECRETARY, () -> {
      for (SegmentSummary segment : created.segments()) {
        for (int seat = 1; seat <= segment.memberSeats(); seat++) {
          into.add(composition.addMandate(created.id(), mandate(segment.id(), seat, MandateRole.MEMBER,
              "Titular " + segment.name() + " " + seat, cpf(), newYear.minusMonths(1))));
        }
      }
      return null;
    });
    return created;
  }

  /** A meeting held on {@code date} with every member present, its items voted; their ids. */
  List<UUID> deliberated(TenantId tenant, CouncilSummary in, List<MandateSummary> present, LocalDate date,
      String... titles) {
    return as(tenant, Role.COUNCIL_SECRETARY, () -> {
      MeetingSummary meeting = meetings.schedule(in.id(),
          new MeetingForm(MeetingKind.ORDINARY, date, LocalTime.of(14, 0), "Sede dos conselhos"));
      List<AgendaItemSummary> items = new ArrayList<>();
      for (String title : titles) {
        items.add(meetings.addItem(meeting.id(), new AgendaItemForm(title, null)));
      }
      meetings.registerAttendance(meeting.id(), present.stream().map(MandateSummary::id).collect(Collectors.toSet()));
      for (AgendaItemSummary item : items) {
        meetings.vote(meeting.id(), item.id(), new VoteForm(10, 1, 1));
      }
      return items.stream().map(AgendaItemSummary::id).toList();
    });
  }

  List<UUID> deliberated(LocalDate date, String... titles) {
    return deliberated(LAVRAS, council, members, date, titles);
  }

  ResolutionSummary create(UUID item, String title, String text) {
    return as(LAVRAS, Role.COUNCIL_SECRETARY, () -> resolutions.create(council.id(), new ResolutionForm(item, title, text)));
  }

  ResolutionSummary publish(ResolutionSummary resolution) {
    return as(LAVRAS, Role.COUNCIL_SECRETARY, () -> resolutions.publish(council.id(), resolution.id()));
  }

  @Test
  void resolutions_are_numbered_per_year_of_the_meeting_and_a_new_year_restarts_at_one() {
    List<UUID> december = deliberated(newYear.minusDays(2), "Plano de ação", "Prestação de contas");
    List<UUID> january = deliberated(newYear.plusDays(1), "Calendário de reuniões");

    ResolutionSummary first = create(december.get(0), "Aprova o plano de ação", "Aprova.");
    ResolutionSummary second = create(december.get(1), "Aprova as contas", "Aprova.");
    ResolutionSummary newYearFirst = create(january.getFirst(), "Aprova o calendário", "Aprova.");

    assertThat(first.numberLabel()).isEqualTo("1/" + (newYear.getYear() - 1));
    assertThat(second.numberLabel()).isEqualTo("2/" + (newYear.getYear() - 1));
    assertThat(newYearFirst.numberLabel()).isEqualTo("1/" + newYear.getYear());
    assertThat(first.status()).isEqualTo(ResolutionStatus.DRAFT);
    assertThat(first.meetingDate()).isEqualTo(newYear.minusDays(2));
  }

  @Test
  void publishing_the_resolution_of_another_modules_proposal_tells_that_module_the_opinion_and_the_number() {
    String reference = "demonstrativo-" + UUID.randomUUID();
    as(LAVRAS, Role.MUNICIPAL_MANAGER, () -> transactions.execute(status -> {
      publisher.publishEvent(new CouncilAppreciationRequested(council.acronym(), "fund",
          AppreciationSubject.FUND_ANNUAL_STATEMENT, reference, "Demonstrativo anual do FMAS", null, today));
      return null;
    }));
    ProposalSummary proposal = as(LAVRAS, Role.COUNCIL_SECRETARY,
        () -> proposals.bySource(council.acronym(), "fund", reference)).orElseThrow();
    UUID item = as(LAVRAS, Role.COUNCIL_SECRETARY, () -> {
      MeetingSummary meeting = meetings.schedule(council.id(),
          new MeetingForm(MeetingKind.ORDINARY, today.minusDays(1), LocalTime.of(14, 0), "Sede dos conselhos"));
      AgendaItemSummary scheduled = proposals.schedule(proposal.id(), meeting.id());
      meetings.registerAttendance(meeting.id(), members.stream().map(MandateSummary::id).collect(Collectors.toSet()));
      meetings.vote(meeting.id(), scheduled.id(), new VoteForm(9, 2, 1));
      return scheduled.id();
    });
    ResolutionSummary draft = create(item, "Parecer sobre o demonstrativo", "Aprova com ressalvas.");
    assertThat(events.stream(CouncilAppreciationConcluded.class)).isEmpty(); // a draft is not yet the opinion

    ResolutionSummary published = publish(draft);
    assertThat(events.stream(CouncilAppreciationConcluded.class)).singleElement().satisfies(c -> {
      assertThat(c.sourceModule()).isEqualTo("fund");
      assertThat(c.reference()).isEqualTo(reference);
      assertThat(c.council()).isEqualTo(council.acronym());
      assertThat(c.approved()).isTrue();
      assertThat(List.of(c.votesFor(), c.votesAgainst(), c.abstentions())).containsExactly(9, 2, 1);
      assertThat(c.resolutionNumber()).isEqualTo(published.numberLabel());
      assertThat(c.resolutionText()).isEqualTo("Aprova com ressalvas.");
      assertThat(c.meetingDate()).isEqualTo(today.minusDays(1));
      assertThat(c.publishedOn()).isEqualTo(today);
    });

    // The council's own items (no proposal) tell nobody.
    publish(create(deliberated(today.minusDays(1), "Calendário").getFirst(), "Aprova o calendário", "Aprova."));
    assertThat(events.stream(CouncilAppreciationConcluded.class)).hasSize(1);
  }

  @Test
  void each_council_numbers_its_own_resolutions() {
    List<MandateSummary> otherMembers = new ArrayList<>();
    CouncilSummary other = withMembers(LAVRAS, otherMembers);
    UUID otherItem = deliberated(LAVRAS, other, otherMembers, newYear.plusDays(1), "Regimento").getFirst();
    create(deliberated(newYear.plusDays(1), "Plano").getFirst(), "Aprova o plano", "Aprova.");

    ResolutionSummary ofOther = as(LAVRAS, Role.COUNCIL_SECRETARY,
        () -> resolutions.create(other.id(), new ResolutionForm(otherItem, "Aprova o regimento", "Aprova.")));

    assertThat(ofOther.numberLabel()).isEqualTo("1/" + newYear.getYear());
  }

  @Test
  void resolutions_taken_at_the_same_time_get_consecutive_numbers_without_gap_or_duplicate() throws Exception {
    int takers = 8;
    List<UUID> items = deliberated(newYear.plusDays(1),
        IntStream.rangeClosed(1, takers).mapToObj(i -> "Assunto " + i).toArray(String[]::new));
    CountDownLatch ready = new CountDownLatch(takers);
    CountDownLatch go = new CountDownLatch(1);
    ConcurrentLinkedQueue<Integer> numbers = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (UUID item : items) {
      Thread thread = new Thread(() -> {
        ready.countDown();
        try {
          go.await();
          numbers.add(create(item, "Resolução sobre o item", "Texto.").number());
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      thread.start();
      threads.add(thread);
    }
    ready.await();
    go.countDown();
    for (Thread thread : threads) {
      thread.join(30_000);
    }

    assertThat(failures).isEmpty();
    List<Integer> sorted = new ArrayList<>(numbers);
    Collections.sort(sorted);
    assertThat(sorted).containsExactlyElementsOf(IntStream.rangeClosed(1, takers).boxed().toList());
  }

  @Test
  void only_an_item_voted_at_a_held_meeting_of_this_council_becomes_a_resolution() {
    MeetingSummary scheduled = as(LAVRAS, Role.COUNCIL_SECRETARY, () -> meetings.schedule(council.id(),
        new MeetingForm(MeetingKind.ORDINARY, today.plusDays(20), LocalTime.of(14, 0), "Sede")));
    UUID notHeld = as(LAVRAS, Role.COUNCIL_SECRETARY,
        () -> meetings.addItem(scheduled.id(), new AgendaItemForm("Pauta futura", null))).id();
    List<MandateSummary> otherMembers = new ArrayList<>();
    CouncilSummary other = withMembers(LAVRAS, otherMembers);
    UUID ofAnotherCouncil = deliberated(LAVRAS, other, otherMembers, newYear.plusDays(1), "Regimento").getFirst();
    UUID voted = deliberated(newYear.plusDays(1), "Plano").getFirst();

    for (UUID refused : List.of(notHeld, ofAnotherCouncil, UUID.randomUUID())) {
      assertThatThrownBy(() -> create(refused, "Título", "Texto"))
          .isInstanceOfSatisfying(TeiaException.class,
              e -> assertThat(e.messageKey()).isEqualTo("council.resolution.not-deliberated"));
    }
    create(voted, "Aprova o plano", "Aprova.");
    assertThatThrownBy(() -> create(voted, "De novo", "Texto"))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.resolution.item-taken"));
  }

  @Test
  void a_held_meeting_item_not_voted_is_refused() {
    UUID item = as(LAVRAS, Role.COUNCIL_SECRETARY, () -> {
      MeetingSummary meeting = meetings.schedule(council.id(),
          new MeetingForm(MeetingKind.ORDINARY, newYear.plusDays(1), LocalTime.of(14, 0), "Sede"));
      UUID id = meetings.addItem(meeting.id(), new AgendaItemForm("Sem votação", null)).id();
      meetings.registerAttendance(meeting.id(), members.stream().map(MandateSummary::id).collect(Collectors.toSet()));
      return id;
    });

    assertThatThrownBy(() -> create(item, "Título", "Texto")).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("council.resolution.not-deliberated"));
  }

  @Test
  void a_resolution_is_published_once_and_never_changes_after() {
    ResolutionSummary draft = create(deliberated(newYear.plusDays(1), "Plano").getFirst(), "Aprova o plano", "Aprova.");
    ResolutionSummary corrected = as(LAVRAS, Role.COUNCIL_SECRETARY, () -> resolutions.redraft(council.id(),
        draft.id(), new ResolutionForm(draft.agendaItemId(), "Aprova o plano municipal", "Aprova o plano.")));
    assertThat(corrected.title()).isEqualTo("Aprova o plano municipal");

    ResolutionSummary published = publish(draft);

    assertThat(published.status()).isEqualTo(ResolutionStatus.PUBLISHED);
    assertThat(published.publishedOn()).isEqualTo(today);
    assertThatThrownBy(() -> publish(draft)).isInstanceOfSatisfying(TeiaException.class,
        e -> assertThat(e.messageKey()).isEqualTo("council.resolution.published"));
    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_SECRETARY, () -> resolutions.redraft(council.id(), draft.id(),
        new ResolutionForm(draft.agendaItemId(), "Outro", "Outro texto."))))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.resolution.published"));
    assertThat(as(LAVRAS, Role.COUNCIL_MEMBER, () -> resolutions.resolution(council.id(), draft.id())).title())
        .isEqualTo("Aprova o plano municipal");
  }

  @Test
  void the_search_is_in_portuguese_plurals_and_accents_find_the_word() {
    List<UUID> items = deliberated(newYear.plusDays(1), "Acolhimento", "Idosos", "Benefícios");
    create(items.get(0), "Aprova o plano de acolhimento", "Aprova o plano de proteção da criança e do adolescente.");
    create(items.get(1), "Aprova a política do idoso", "Dispõe sobre a proteção da pessoa idosa.");
    create(items.get(2), "Critérios de benefícios eventuais", "Fixa os critérios de concessão.");

    assertThat(titles("crianças")).containsExactly("Aprova o plano de acolhimento");
    assertThat(titles("proteção")).containsExactlyInAnyOrder("Aprova o plano de acolhimento", "Aprova a política do idoso");
    assertThat(titles("proteção -idosos")).containsExactly("Aprova o plano de acolhimento");
    assertThat(titles("benefício")).containsExactly("Critérios de benefícios eventuais");
    assertThat(titles("\"política do idoso\"")).containsExactly("Aprova a política do idoso");
    assertThat(titles("orçamento")).isEmpty();
    assertThat(titles("")).hasSize(3);
  }

  @Test
  void lists_are_paged_newest_first() {
    List<UUID> items = deliberated(newYear.plusDays(1), "Um", "Dois", "Três");
    items.forEach(item -> create(item, "Resolução", "Texto."));

    ResolutionPage first = as(LAVRAS, Role.MUNICIPAL_MANAGER, () -> resolutions.list(council.id(), "", 0, 2));
    ResolutionPage second = as(LAVRAS, Role.MUNICIPAL_MANAGER, () -> resolutions.list(council.id(), "", 1, 2));

    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items()).extracting(ResolutionSummary::number).containsExactly(3, 2);
    assertThat(second.items()).extracting(ResolutionSummary::number).containsExactly(1);
  }

  @Test
  void the_pdf_of_a_published_resolution_carries_its_name_title_and_text() throws Exception {
    ResolutionSummary draft = create(deliberated(newYear.plusDays(1), "Acolhimento").getFirst(),
        "Aprova o plano de acolhimento", "Aprova o plano de proteção da criança e do adolescente.");
    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_MEMBER, () -> resolutions.pdf(council.id(), draft.id())))
        .isInstanceOfSatisfying(TeiaException.class,
            e -> assertThat(e.messageKey()).isEqualTo("council.resolution.pdf-draft"));
    publish(draft);

    byte[] pdf = as(LAVRAS, Role.COUNCIL_MEMBER, () -> resolutions.pdf(council.id(), draft.id()));

    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
    assertThat(text).contains("Conselho Municipal de Assistência Social (" + council.acronym() + ")")
        .contains("Resolução " + council.acronym() + " nº 1/" + newYear.getYear())
        .contains("Aprova o plano de acolhimento")
        .contains("proteção da criança e do adolescente")
        .contains("Publicada em ");
  }

  @Test
  void the_public_reads_only_published_resolutions() {
    List<UUID> items = deliberated(newYear.plusDays(1), "Um", "Dois");
    ResolutionSummary published = publish(create(items.get(0), "Publicada", "Texto publicado."));
    ResolutionSummary draft = create(items.get(1), "Rascunho", "Texto em rascunho.");

    ResolutionPage page = as(LAVRAS, Role.COUNCIL_MEMBER, () -> resolutions.publicResolutions(council.id(), "", 0, 20));

    assertThat(page.items()).extracting(ResolutionSummary::id).containsExactly(published.id());
    assertThat(as(LAVRAS, Role.COUNCIL_MEMBER, () -> resolutions.publicPdf(council.id(), published.id()))).isNotEmpty();
    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_MEMBER, () -> resolutions.publicPdf(council.id(), draft.id())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void councillors_and_the_manager_read_only_the_secretary_writes_and_staff_see_nothing() {
    UUID item = deliberated(newYear.plusDays(1), "Plano").getFirst();
    ResolutionForm form = new ResolutionForm(item, "Aprova o plano", "Aprova.");

    for (Role reader : List.of(Role.COUNCIL_MEMBER, Role.MUNICIPAL_MANAGER)) {
      assertThat(as(LAVRAS, reader, () -> resolutions.list(council.id(), "", 0, 10)).total()).isZero();
      assertThatThrownBy(() -> as(LAVRAS, reader, () -> resolutions.create(council.id(), form)))
          .isInstanceOf(AccessDeniedException.class);
    }
    for (Role outsider : List.of(Role.MUNICIPAL_STAFF, Role.ASSOCIATION_STAFF)) {
      assertThatThrownBy(() -> as(LAVRAS, outsider, () -> resolutions.list(council.id(), "", 0, 10)))
          .isInstanceOf(AccessDeniedException.class);
    }
    ResolutionSummary created = create(item, "Aprova o plano", "Aprova.");
    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_MEMBER, () -> resolutions.publish(council.id(), created.id())))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void another_councils_or_municipalitys_ids_are_not_found_and_leak_nothing() {
    ResolutionSummary ours = create(deliberated(newYear.plusDays(1), "Plano").getFirst(), "Aprova o plano", "Aprova.");
    List<MandateSummary> otherMembers = new ArrayList<>();
    CouncilSummary other = withMembers(LAVRAS, otherMembers);

    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_SECRETARY, () -> resolutions.resolution(other.id(), ours.id())))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(LAVRAS, Role.COUNCIL_SECRETARY, () -> resolutions.publish(other.id(), ours.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(LAVRAS, Role.COUNCIL_SECRETARY, () -> resolutions.list(other.id(), "", 0, 10)).total()).isZero();
    // Mariana's secretary, with Lavras's ids: neither the council nor the resolution exist there
    assertThatThrownBy(() -> as(MARIANA, Role.COUNCIL_SECRETARY, () -> resolutions.list(council.id(), "", 0, 10)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> as(MARIANA, Role.COUNCIL_SECRETARY, () -> resolutions.resolution(council.id(), ours.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(MARIANA, Role.COUNCIL_MEMBER, () -> resolutions.publicResolutions(council.id(), "", 0, 10)).total())
        .isZero();
    assertThat(as(LAVRAS, Role.COUNCIL_SECRETARY, () -> resolutions.resolution(council.id(), ours.id())).title())
        .isEqualTo("Aprova o plano");
  }

  @Test
  void publishing_moves_the_associations_count_of_resolutions_published_this_year() {
    ResolutionSummary draft = create(deliberated(newYear.plusDays(1), "Plano").getFirst(), "Aprova o plano", "Aprova.");
    long before = figure("council.resolutions.published_this_year");

    publish(draft);

    assertThat(figure("council.resolutions.published_this_year")).isEqualTo(before + 1);
    assertThat(figure("council.resolutions.published_last_year")).isZero();
    assertThat(as(LAVRAS, Role.COUNCIL_MEMBER, () -> resolutions.publishedCounts(today.getYear())).thisYear())
        .isEqualTo(before + 1);
  }

  private List<String> titles(String search) {
    return as(LAVRAS, Role.COUNCIL_MEMBER, () -> resolutions.list(council.id(), search, 0, 50)).items().stream()
        .map(ResolutionSummary::title).toList();
  }

  private long figure(String code) {
    return jdbc.sql("SELECT value FROM platform.indicator_value WHERE tenant_code = ? AND code = ?")
        .params(LAVRAS.ibgeCode(), code).query(BigDecimal.class).optional()
        .map(BigDecimal::longValueExact).orElse(0L);
  }
}
