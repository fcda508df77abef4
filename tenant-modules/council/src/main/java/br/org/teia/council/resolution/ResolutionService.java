package br.org.teia.council.resolution;

import br.org.teia.council.CouncilAccess;
import br.org.teia.kernel.DomainRefusal;
import br.org.teia.council.CouncilModule;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.meeting.DeliberatedItem;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.api.CouncilAppreciationConcluded;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.proposal.ProposalService;
import org.springframework.context.ApplicationEventPublisher;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.TeiaException;
import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.indicators.Indicators;
import jakarta.annotation.security.PermitAll;
import br.org.teia.kernel.search.SearchFolding;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Resolutions of a council: drafted from an item the council deliberated on, numbered per council
 * per year, then published (and fixed for good); searchable in Portuguese; printable as PDF once
 * published. The council's secretary writes; council members and the municipal manager read;
 * anyone reads the published ones through the public page ({@code public*} methods).
 */
@Service
@Validated
@Transactional(readOnly = true)
public class ResolutionService {

  /** The largest page a caller may ask for. */
  public static final int MAX_PAGE_SIZE = 100;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ResolutionRepository resolutions;
  private final MeetingService meetings;
  private final CompositionService composition;
  private final Messages messages;
  private final Indicators indicators;
  private final ProposalService proposals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ResolutionService(ResolutionRepository resolutions, MeetingService meetings, CompositionService composition,
      Messages messages, Indicators indicators, ProposalService proposals, ApplicationEventPublisher events,
      Clock clock) {
    this.resolutions = resolutions;
    this.proposals = proposals;
    this.events = events;
    this.meetings = meetings;
    this.composition = composition;
    this.messages = messages;
    this.indicators = indicators;
    this.clock = clock;
  }

  /** A page of the council's resolutions (drafts too), newest first, optionally matching {@code search}. */
  @RolesAllowed(CouncilAccess.READ)
  public ResolutionPage list(UUID councilId, String search, int page, int size) {
    composition.council(councilId);
    return page(councilId, false, search, page, size);
  }

  @RolesAllowed(CouncilAccess.READ)
  public ResolutionSummary resolution(UUID councilId, UUID id) {
    return find(councilId, id).summary();
  }

  /**
   * Drafts the resolution of a deliberated item, taking the council's next number of the
   * meeting's year. Refused for an item not deliberated (meeting not held, or item not voted), of
   * another council, or that already has its resolution.
   */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ResolutionSummary create(UUID councilId, @Valid ResolutionForm form) {
    composition.council(councilId);
    DeliberatedItem item = meetings.deliberatedItem(councilId, form.agendaItemId())
        .orElseThrow(() -> new DomainRefusal("agendaItemId", "council.resolution.not-deliberated"));
    if (resolutions.existsByAgendaItemId(item.itemId())) {
      throw new DomainRefusal("agendaItemId", "council.resolution.item-taken");
    }
    int number = nextNumber(councilId, Resolution.yearOf(item));
    return resolutions.saveAndFlush(Resolution.draft(item, number, form.title(), form.text(), clock)).summary();
  }

  /** The items the council deliberated on that have no resolution yet, newest meeting first. */
  @RolesAllowed(CouncilAccess.READ)
  public List<DeliberatedItem> pendingItems(UUID councilId) {
    Set<UUID> resolved = resolutions.resolvedItems(councilId);
    return meetings.deliberatedItems(councilId).stream().filter(i -> !resolved.contains(i.itemId())).toList();
  }

  /** Corrects the title and text of a draft; a published resolution is refused. */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ResolutionSummary redraft(UUID councilId, UUID id, @Valid ResolutionForm form) {
    Resolution resolution = find(councilId, id);
    resolution.redraft(form.title(), form.text(), clock);
    return resolutions.saveAndFlush(resolution).summary();
  }

  /**
   * Publishes a draft today; publishing again is refused. When the item it resolves came from another
   * module's proposal, that module hears the outcome ({@link CouncilAppreciationConcluded}) in this
   * transaction: the opinion reaches it exactly when it becomes public.
   */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public ResolutionSummary publish(UUID councilId, UUID id) {
    Resolution resolution = find(councilId, id);
    resolution.publish(LocalDate.now(clock), clock);
    indicators.changed(CouncilModule.NAME);
    ResolutionSummary published = resolutions.saveAndFlush(resolution).summary();
    concluded(published);
    return published;
  }

  private void concluded(ResolutionSummary resolution) {
    meetings.deliberation(resolution.agendaItemId()).ifPresent(deliberation -> {
      AgendaItemSummary item = deliberation.item();
      if (item.proposalId() == null) {
        return;
      }
      proposals.proposal(item.proposalId()).ifPresent(proposal -> events.publishEvent(new CouncilAppreciationConcluded(
          proposal.councilAcronym(), proposal.sourceModule(), proposal.reference(),
          item.approved(), item.votesFor(), item.votesAgainst(), item.abstentions(),
          deliberation.meetingDate(), resolution.numberLabel(), resolution.title(), resolution.text(),
          resolution.publishedOn())));
    });
  }

  /** The PDF of a published resolution (a draft has none). */
  @RolesAllowed(CouncilAccess.READ)
  public byte[] pdf(UUID councilId, UUID id) {
    return pdfOf(find(councilId, id));
  }

  // ---- public reads (no login): published resolutions only

  @PermitAll
  public ResolutionPage publicResolutions(UUID councilId, String search, int page, int size) {
    return page(councilId, true, search, page, size);
  }

  @PermitAll
  public byte[] publicPdf(UUID councilId, UUID id) {
    return pdfOf(resolutions.findByIdAndCouncilId(id, councilId).filter(r -> r.status() == ResolutionStatus.PUBLISHED)
        .orElseThrow(() -> new NotFoundException("council.resolution.not-found", id)));
  }

  /** Aggregate only: resolutions the municipality's councils published in {@code year} and the year before. */
  @PermitAll
  public PublishedCounts publishedCounts(int year) {
    return new PublishedCounts(year, publishedIn(year), publishedIn(year - 1));
  }

  /** The file name of a resolution's PDF: resolucao-3-2026.pdf. */
  public static String fileName(ResolutionSummary resolution) {
    return "resolucao-" + resolution.number() + "-" + resolution.year() + ".pdf";
  }

  // ---- helpers

  /**
   * Takes the next number of the council's year: the counter row is created when missing, then
   * locked (FOR UPDATE) until this transaction ends, so concurrent takers queue and each gets the
   * next number, without gap or duplicate. A failed creation rolls the counter back with it.
   */
  private int nextNumber(UUID councilId, int year) {
    resolutions.createCounter(councilId, year);
    int number = resolutions.lockCounter(councilId, year) + 1;
    resolutions.advanceCounter(councilId, year, number);
    return number;
  }

  private long publishedIn(int year) {
    return resolutions.countByStatusAndPublishedOnBetween(ResolutionStatus.PUBLISHED, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31));
  }

  private ResolutionPage page(UUID councilId, boolean publishedOnly, String search, int page, int size) {
    int safeSize = Math.clamp(size, 1, MAX_PAGE_SIZE);
    int safePage = Math.max(page, 0);
    String text = search == null ? "" : search.strip();
    Page<Resolution> found = resolutions.search(councilId, publishedOnly, text, SearchFolding.pattern(text),
        PageRequest.of(safePage, safeSize));
    return new ResolutionPage(found.getContent().stream().map(Resolution::summary).toList(), found.getTotalElements(),
        safePage, safeSize);
  }

  private Resolution find(UUID councilId, UUID id) {
    // Another council's or another municipality's resolution is simply "not found" here.
    return resolutions.findByIdAndCouncilId(id, councilId)
        .orElseThrow(() -> new NotFoundException("council.resolution.not-found", id));
  }

  private byte[] pdfOf(Resolution resolution) {
    if (resolution.status() != ResolutionStatus.PUBLISHED) {
      throw new TeiaException("council.resolution.pdf-draft");
    }
    ResolutionSummary r = resolution.summary();
    CouncilSummary council = composition.publicCouncils().stream().filter(c -> c.id().equals(r.councilId()))
        .findFirst().orElseThrow(() -> new NotFoundException("council.not-found", r.councilId()));
    Locale pt = I18nConfiguration.PT_BR; // an official act: always in Portuguese
    return ResolutionPdf.render(new ResolutionPdf.Content(
        council.name() + " (" + council.acronym() + ")",
        messages.get(pt, "council.resolution.name", council.acronym(), r.numberLabel()),
        r.title(),
        messages.get(pt, "council.resolution.pdf.deliberation", r.meetingDate().format(DATE)),
        r.text(),
        messages.get(pt, "council.resolution.pdf.published", r.publishedOn().format(DATE))));
  }
}
