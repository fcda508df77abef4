package br.org.teia.council.inscription;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.CouncilModule;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.meeting.ItemDeliberation;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingStatus;
import br.org.teia.council.proposal.ProposalService;
import br.org.teia.council.proposal.ProposalSummary;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.council.api.AppreciationSubject;
import br.org.teia.council.api.CouncilAppreciationRequested;
import br.org.teia.council.api.EntityInscriptionChanged;
import br.org.teia.council.api.InscriptionStatus;
import br.org.teia.kernel.indicators.Indicators;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.suas.Cnpj;
import br.org.teia.kernel.tenancy.TenantCatalog;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Inscriptions of entities and of their services in a council, step by step as the law lists them
 * ({@link InscriptionFlow} decides what may come next). The council's secretary records each step
 * (who and when are kept) and attaches documents; council members and the municipal manager read.
 * After the commission's opinion the inscription goes to the council as a proposal for appreciation
 * (the kernel's {@link CouncilAppreciationRequested}); the vote of the agenda item it becomes decides
 * it. Other modules learn the outcome through {@link EntityInscriptionChanged}: in progress when
 * requested, inscribed when the certificate is issued, refused when the entity is notified.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class InscriptionService {

  static final String SOURCE_MODULE = CouncilModule.NAME;
  static final String REFERENCE_PREFIX = "inscricao:";
  private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  private final InscriptionRepository inscriptions;
  private final InscriptionActRepository acts;
  private final InscriptionDocumentRepository documents;
  private final InscriptionNumbers numbers;
  private final InscriptionPdfs pdfs;
  private final CompositionService composition;
  private final ProposalService proposals;
  private final MeetingService meetings;
  private final ApplicationEventPublisher events;
  private final CurrentUser currentUser;
  private final TenantCatalog catalog;
  private final Indicators indicators;
  private final Clock clock;
  private final String publicBase;
  private final SecureRandom random = new SecureRandom();

  InscriptionService(InscriptionRepository inscriptions, InscriptionActRepository acts,
      InscriptionDocumentRepository documents, InscriptionNumbers numbers, InscriptionPdfs pdfs,
      CompositionService composition, ProposalService proposals, MeetingService meetings,
      ApplicationEventPublisher events, CurrentUser currentUser, TenantCatalog catalog, Indicators indicators,
      Clock clock, @Value("${teia.public-url:}") String publicUrl) {
    // Printed on paper, the check address needs the site's own address in front when it is known.
    this.publicBase = publicUrl.strip().replaceAll("/+$", "");
    this.inscriptions = inscriptions;
    this.acts = acts;
    this.documents = documents;
    this.numbers = numbers;
    this.pdfs = pdfs;
    this.composition = composition;
    this.proposals = proposals;
    this.meetings = meetings;
    this.events = events;
    this.currentUser = currentUser;
    this.catalog = catalog;
    this.indicators = indicators;
    this.clock = clock;
  }

  // ---- reads

  /** A page of the council's inscriptions, newest request first; {@code step} null for all. */
  @RolesAllowed(CouncilAccess.READ)
  public InscriptionPage inscriptions(UUID councilId, InscriptionStep step, int page, int size) {
    CouncilSummary council = composition.council(councilId);
    if (page < 0 || size < 1 || size > 200) {
      throw new TeiaException("council.inscription.page");
    }
    PageRequest request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("requestedOn"),
        Sort.Order.desc("createdAt")));
    Page<Inscription> found = step == null ? inscriptions.findAllByCouncilId(councilId, request)
        : inscriptions.findAllByCouncilIdAndStep(councilId, step, request);
    return new InscriptionPage(found.map(i -> i.summary(council.acronym())).getContent(), page, size,
        found.getTotalElements());
  }

  @RolesAllowed(CouncilAccess.READ)
  public InscriptionDetail inscription(UUID councilId, UUID id) {
    CouncilSummary council = composition.council(councilId);
    Inscription inscription = find(councilId, id);
    Optional<ItemDeliberation> deliberation = proposal(council, inscription)
        .map(ProposalSummary::agendaItemId).flatMap(meetings::deliberation);
    return new InscriptionDetail(inscription.summary(council.acronym()),
        acts.findAllByInscriptionIdOrderByDoneAtAsc(id).stream().map(InscriptionAct::summary).toList(),
        documents.summaries(id),
        deliberation.map(d -> d.item().id()).orElse(null), deliberation.map(ItemDeliberation::meetingId).orElse(null),
        deliberation.map(ItemDeliberation::meetingDate).orElse(null),
        deliberation.map(d -> d.item().votesFor()).orElse(null),
        deliberation.map(d -> d.item().votesAgainst()).orElse(null),
        deliberation.map(d -> d.item().abstentions()).orElse(null));
  }

  // ---- the steps

  /** Registers a request: the documentary analysis (step 1) starts; other modules see it in progress. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public InscriptionSummary request(UUID councilId, @Valid InscriptionForm form) {
    CouncilSummary council = composition.council(councilId);
    if (form.requestedOn().isAfter(today())) {
      throw new TeiaException("council.inscription.date.future");
    }
    String cnpj = Cnpj.parse(form.cnpj()).map(Cnpj::digits)
        .orElseThrow(() -> new DomainRefusal("cnpj", "council.inscription.cnpj.invalid"));
    Inscription inscription = new Inscription(councilId, form.kind(), cnpj,
        form.entityName().strip(), blankToNull(form.services()), form.requestedOn(), clock.instant());
    inscriptions.saveAndFlush(inscription);
    act(inscription, InscriptionStep.DOCUMENTARY_ANALYSIS, InscriptionAction.REQUESTED, form.requestedOn(), null);
    publish(council, inscription, InscriptionStatus.IN_PROGRESS, form.requestedOn());
    return inscription.summary(council.acronym());
  }

  /** Step 1 done: the documents are complete. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public InscriptionSummary completeDocumentaryAnalysis(UUID councilId, UUID id, @Valid StepForm form) {
    return step(councilId, id, form, InscriptionAction.DOCUMENTS_ANALYSED, InscriptionFlow::completeDocumentaryAnalysis);
  }

  /** Step 2 done: the technical visit took place; {@code text} is its report. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public InscriptionSummary recordVisit(UUID councilId, UUID id, @Valid StepForm form) {
    requireText(form.text(), "council.inscription.visit.report");
    return step(councilId, id, form, InscriptionAction.VISIT_DONE, InscriptionFlow::recordVisit);
  }

  /** Step 2 not needed: {@code text} says why. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public InscriptionSummary skipVisit(UUID councilId, UUID id, @Valid StepForm form) {
    return step(councilId, id, form, InscriptionAction.VISIT_SKIPPED, flow -> flow.skipVisit(form.text()));
  }

  /** Diligence: back to the documentary analysis; {@code text} says what is missing. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public InscriptionSummary returnForDiligence(UUID councilId, UUID id, @Valid StepForm form) {
    return step(councilId, id, form, InscriptionAction.RETURNED_FOR_DILIGENCE,
        flow -> flow.returnForDiligence(form.text()));
  }

  /**
   * Step 3 done: the commission's opinion, favourable or not, with its text, the commission's name and
   * who signed it. The inscription goes to the council as a proposal for an agenda (step 4).
   */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public InscriptionSummary giveOpinion(UUID councilId, UUID id, @Valid StepForm form) {
    if (form.favourable() == null) {
      throw new TeiaException("council.inscription.opinion.favourable");
    }
    requireText(form.commission(), "council.inscription.opinion.commission");
    requireText(form.signedBy(), "council.inscription.opinion.signed-by");
    CouncilSummary council = composition.council(councilId);
    InscriptionSummary summary = step(councilId, id, form, InscriptionAction.OPINION_GIVEN,
        flow -> flow.giveOpinion(form.text()));
    String summaryText = (form.favourable() ? "Parecer favorável" : "Parecer desfavorável") + " — "
        + form.commission().strip() + ": " + form.text().strip();
    events.publishEvent(new CouncilAppreciationRequested(council.acronym(), SOURCE_MODULE,
        AppreciationSubject.ENTITY_INSCRIPTION, REFERENCE_PREFIX + id,
        truncate("Inscrição: " + summary.entityName() + " (CNPJ " + summary.formattedCnpj() + ")", 300),
        truncate(summaryText, 4000), form.on()));
    return summary;
  }

  /**
   * Step 4: reads the plenary's vote on the agenda item the inscription became; more votes for than
   * against approve it. Refused while the item is not on an agenda or not voted.
   */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public InscriptionSummary deliberate(UUID councilId, UUID id) {
    CouncilSummary council = composition.council(councilId);
    Inscription inscription = find(councilId, id);
    if (inscription.step() != InscriptionStep.PLENARY_DELIBERATION) {
      inscription.flow().deliberate(0, 0); // throws the step's refusal
    }
    ProposalSummary proposal = proposal(council, inscription)
        .orElseThrow(() -> new TeiaException("council.inscription.deliberation.no-proposal"));
    if (proposal.agendaItemId() == null) {
      throw new TeiaException("council.inscription.deliberation.not-scheduled");
    }
    ItemDeliberation deliberation = meetings.deliberation(proposal.agendaItemId())
        .orElseThrow(() -> new TeiaException("council.inscription.deliberation.not-scheduled"));
    if (deliberation.meetingStatus() != MeetingStatus.HELD || !deliberation.item().voted()) {
      throw new TeiaException("council.inscription.deliberation.not-voted");
    }
    int votesFor = deliberation.item().votesFor();
    int against = deliberation.item().votesAgainst();
    StepForm form = StepForm.on(deliberation.meetingDate(), "Votos: " + votesFor + " a favor, " + against
        + " contra, " + deliberation.item().abstentions() + " abstenção(ões).");
    return step(council, inscription, form, InscriptionAction.DELIBERATED, flow -> flow.deliberate(votesFor, against));
  }

  /** Step 5: the decision was published; {@code text} says where (e.g. the official gazette's edition). */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public InscriptionSummary publish(UUID councilId, UUID id, @Valid StepForm form) {
    requireText(form.text(), "council.inscription.publication.where");
    return step(councilId, id, form, InscriptionAction.PUBLISHED, InscriptionFlow::publish);
  }

  /** Step 6: the certificate is issued with its number and verification code; the entity is inscribed. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public InscriptionSummary issueCertificate(UUID councilId, UUID id, @Valid StepForm form) {
    CouncilSummary council = composition.council(councilId);
    Inscription inscription = find(councilId, id);
    InscriptionSummary summary = step(council, inscription, form, InscriptionAction.CERTIFICATE_ISSUED,
        InscriptionFlow::issueCertificate);
    int year = form.on().getYear();
    inscription.certified(numbers.next(councilId, InscriptionNumbers.INSCRIPTION, year), year, form.on(), newCode());
    inscriptions.saveAndFlush(inscription);
    publish(council, inscription, InscriptionStatus.INSCRIBED, form.on());
    return inscription.summary(council.acronym());
  }

  /** Step 7: the entity is notified by letter (numbered per year); a refusal needs its reasons in {@code text}. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public InscriptionSummary notifyEntity(UUID councilId, UUID id, @Valid StepForm form) {
    CouncilSummary council = composition.council(councilId);
    Inscription inscription = find(councilId, id);
    step(council, inscription, form, InscriptionAction.ENTITY_NOTIFIED, flow -> flow.notifyEntity(form.text()));
    int year = form.on().getYear();
    inscription.lettered(numbers.next(councilId, InscriptionNumbers.LETTER, year), year);
    inscriptions.saveAndFlush(inscription);
    if (inscription.status() == InscriptionStatus.REFUSED) {
      publish(council, inscription, InscriptionStatus.REFUSED, form.on());
    }
    return inscription.summary(council.acronym());
  }

  // ---- documents

  /** Attaches a document to the step the inscription stands at (or to the last step, once completed). */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public DocumentSummary upload(UUID councilId, UUID id, String fileName, byte[] content) {
    composition.council(councilId);
    Inscription inscription = find(councilId, id);
    DocumentFile file = DocumentFile.of(fileName, content);
    InscriptionStep step = inscription.step() == InscriptionStep.COMPLETED ? InscriptionStep.NOTIFICATION
        : inscription.step();
    InscriptionDocument document = documents.saveAndFlush(new InscriptionDocument(id, step, file, clock.instant(),
        who()));
    return document.summary();
  }

  @RolesAllowed(CouncilAccess.READ)
  public DocumentContent document(UUID councilId, UUID id, UUID documentId) {
    composition.council(councilId);
    find(councilId, id);
    InscriptionDocument document = documents.findById(documentId).filter(d -> d.inscriptionId().equals(id))
        .orElseThrow(() -> new NotFoundException("council.inscription.document.not-found", documentId));
    DocumentSummary summary = document.summary();
    return new DocumentContent(summary.fileName(), summary.contentType(), document.content());
  }

  /** The certificate (comprovante) as PDF; refused before step 6. */
  @RolesAllowed(CouncilAccess.READ)
  public DocumentContent certificate(UUID councilId, UUID id) {
    CouncilSummary council = composition.council(councilId);
    Inscription inscription = find(councilId, id);
    if (inscription.certificateCode() == null) {
      throw new TeiaException("council.inscription.certificate.none");
    }
    return new DocumentContent("comprovante-" + council.acronym().toLowerCase(Locale.ROOT) + "-"
        + inscription.inscriptionNumber() + "-" + inscription.inscriptionYear() + ".pdf", "application/pdf",
        pdfs.certificate(inscription.summary(council.acronym()), issuer(council)));
  }

  /** The letter (ofício) notifying the entity, as PDF; refused before step 7. */
  @RolesAllowed(CouncilAccess.READ)
  public DocumentContent letter(UUID councilId, UUID id) {
    CouncilSummary council = composition.council(councilId);
    Inscription inscription = find(councilId, id);
    if (inscription.letterNumber() == null) {
      throw new TeiaException("council.inscription.letter.none");
    }
    List<InscriptionAct> history = acts.findAllByInscriptionIdOrderByDoneAtAsc(id);
    InscriptionAct notification = last(history, InscriptionAction.ENTITY_NOTIFIED);
    InscriptionAct deliberation = last(history, InscriptionAction.DELIBERATED);
    return new DocumentContent("oficio-" + council.acronym().toLowerCase(Locale.ROOT) + "-"
        + inscription.letterNumber() + "-" + inscription.letterYear() + ".pdf", "application/pdf",
        pdfs.letter(inscription.summary(council.acronym()), issuer(council), notification.doneOn(),
            notification.text(), deliberation.doneOn().format(InscriptionPdfs.DATE)));
  }

  // ---- public reads (no login) and figures

  /**
   * The certificate a verification code names, in the municipality in scope: council, entity, number
   * and date, and whether it still holds. Empty for an unknown code. No person's data.
   */
  @PermitAll
  public Optional<PublicCertificate> verify(String code) {
    String normalised = normaliseCode(code);
    if (normalised == null) {
      return Optional.empty();
    }
    return inscriptions.findByCertificateCode(normalised).map(i -> {
      CouncilSummary council = composition.publicCouncils().stream().filter(c -> c.id().equals(i.councilId()))
          .findFirst().orElseThrow();
      InscriptionSummary s = i.summary(council.acronym());
      return new PublicCertificate(council.acronym(), council.name(), s.entityName(), s.formattedCnpj(), s.kind(),
          s.services(), s.number(), s.inscribedOn(), s.status());
    });
  }

  /** How many entities the CMAS has inscribed: an aggregate count for the association's indicators. */
  @PermitAll
  public long inscribedInCmas() {
    return composition.publicCouncils().stream().filter(c -> "CMAS".equalsIgnoreCase(c.acronym())).findFirst()
        .map(c -> inscriptions.countEntities(c.id(), InscriptionStatus.INSCRIBED)).orElse(0L);
  }

  /** A code as people type it (any case, with or without dashes) in the stored form XXXX-XXXX-XXXX. */
  static String normaliseCode(String typed) {
    if (typed == null) {
      return null;
    }
    String plain = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    if (plain.length() != 12) {
      return null;
    }
    return plain.substring(0, 4) + "-" + plain.substring(4, 8) + "-" + plain.substring(8);
  }

  // ---- helpers

  private InscriptionSummary step(UUID councilId, UUID id, StepForm form, InscriptionAction action,
      Consumer<InscriptionFlow> transition) {
    return step(composition.council(councilId), find(councilId, id), form, action, transition);
  }

  private InscriptionSummary step(CouncilSummary council, Inscription inscription, StepForm form,
      InscriptionAction action, Consumer<InscriptionFlow> transition) {
    if (form.on() == null) {
      throw new TeiaException("council.inscription.date.required");
    }
    if (form.on().isAfter(today())) {
      throw new TeiaException("council.inscription.date.future");
    }
    if (form.on().isBefore(inscription.requestedOn())) {
      throw new TeiaException("council.inscription.date.before-request");
    }
    InscriptionStep from = inscription.step();
    InscriptionFlow flow = inscription.flow();
    transition.accept(flow);
    inscription.apply(flow);
    inscription.touch(clock.instant());
    inscriptions.saveAndFlush(inscription);
    acts.save(new InscriptionAct(inscription.id(), from, action, form.on(), clock.instant(), who(),
        blankToNull(form.text()), form.favourable(), blankToNull(form.commission()), blankToNull(form.signedBy())));
    indicators.changed(CouncilModule.NAME);
    return inscription.summary(council.acronym());
  }

  private void act(Inscription inscription, InscriptionStep step, InscriptionAction action, LocalDate on,
      String text) {
    acts.save(new InscriptionAct(inscription.id(), step, action, on, clock.instant(), who(), text, null, null, null));
    indicators.changed(CouncilModule.NAME);
  }

  private void publish(CouncilSummary council, Inscription inscription, InscriptionStatus status, LocalDate on) {
    boolean inscribed = status == InscriptionStatus.INSCRIBED;
    events.publishEvent(new EntityInscriptionChanged(inscription.entityCnpj(), council.acronym(), status, on,
        inscribed ? inscription.certificateCode() : null,
        inscribed ? inscription.inscriptionNumber() + "/" + inscription.inscriptionYear() : null));
  }

  private Optional<ProposalSummary> proposal(CouncilSummary council, Inscription inscription) {
    return proposals.bySource(council.acronym(), SOURCE_MODULE, REFERENCE_PREFIX + inscription.id());
  }

  private Inscription find(UUID councilId, UUID id) {
    return inscriptions.findById(id).filter(i -> i.councilId().equals(councilId))
        .orElseThrow(() -> new NotFoundException("council.inscription.not-found", id));
  }

  private String newCode() {
    for (int attempt = 0; attempt < 10; attempt++) {
      StringBuilder code = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        if (i > 0 && i % 4 == 0) {
          code.append('-');
        }
        code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
      }
      if (!inscriptions.existsByCertificateCode(code.toString())) {
        return code.toString();
      }
    }
    throw new IllegalStateException("no free certificate code after 10 attempts");
  }

  private InscriptionPdfs.Issuer issuer(CouncilSummary council) {
    TenantId tenant = TenantScope.require();
    String municipality = catalog.find(tenant).map(t -> t.name() + " (" + t.uf() + ")").orElse(tenant.ibgeCode());
    return new InscriptionPdfs.Issuer(municipality, council.acronym(), council.name(),
        publicBase + "/" + verificationPath(tenant));
  }

  /** The public page where a certificate of {@code tenant} is checked. */
  public static String verificationPath(TenantId tenant) {
    return "verificar/" + tenant.ibgeCode();
  }

  private static InscriptionAct last(List<InscriptionAct> history, InscriptionAction action) {
    return history.stream().filter(a -> a.action() == action).reduce((a, b) -> b).orElseThrow();
  }

  private String who() {
    return currentUser.user().map(TeiaUser::displayName).orElse("?");
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static void requireText(String text, String key) {
    if (text == null || text.isBlank()) {
      throw new TeiaException(key);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
