package br.org.teia.council.proposal;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.meeting.AgendaItemForm;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingStatus;
import br.org.teia.kernel.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposals submitted for a council's appreciation, and putting one on a meeting's agenda. */
@Service
@Transactional(readOnly = true)
public class ProposalService {

  private final ProposalRepository proposals;
  private final CompositionService composition;
  private final MeetingService meetings;

  ProposalService(ProposalRepository proposals, CompositionService composition, MeetingService meetings) {
    this.proposals = proposals;
    this.composition = composition;
    this.meetings = meetings;
  }

  @RolesAllowed(CouncilAccess.READ)
  public List<ProposalSummary> proposals(UUID councilId) {
    String acronym = composition.council(councilId).acronym();
    return proposals.findAllByCouncil(acronym).stream().map(this::current).toList();
  }

  /** Page {@code page} (from 0) of {@link #proposals(UUID)}, {@code size} a page (at most 200). */
  @RolesAllowed(CouncilAccess.READ)
  public List<ProposalSummary> proposals(UUID councilId, int page, int size) {
    String acronym = composition.council(councilId).acronym();
    return proposals.findAllByCouncil(acronym, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200))).stream()
        .map(this::current).toList();
  }

  /** How many proposals {@link #proposals(UUID)} lists. */
  @RolesAllowed(CouncilAccess.READ)
  public int countProposals(UUID councilId) {
    return (int) proposals.countByCouncil(composition.council(councilId).acronym());
  }

  /** The proposal a module submitted as {@code reference}, if it reached this council. */
  @RolesAllowed(CouncilAccess.READ)
  public java.util.Optional<ProposalSummary> bySource(String councilAcronym, String sourceModule, String reference) {
    return proposals.findBySource(councilAcronym, sourceModule, reference).map(this::current);
  }

  /** A proposal by its id, e.g. for the resolution that concludes it. */
  @RolesAllowed(CouncilAccess.READ)
  public java.util.Optional<ProposalSummary> proposal(UUID id) {
    return proposals.findById(id).map(this::current);
  }

  private ProposalSummary current(Proposal proposal) {
    ProposalSummary summary = proposal.summary();
    return summary.pending() || stands(summary.agendaItemId()) ? summary : summary.waitingAgain();
  }

  /** Whether the agenda item is still on a meeting that was not cancelled. */
  private boolean stands(UUID itemId) {
    return itemId != null && meetings.deliberation(itemId)
        .filter(d -> d.meetingStatus() != MeetingStatus.CANCELLED).isPresent();
  }

  /**
   * Puts the proposal on the meeting's agenda (same notice rules as any item); again on another
   * meeting when the one it was on was cancelled.
   */
  @Transactional
  @RolesAllowed(CouncilAccess.WRITE)
  public AgendaItemSummary schedule(UUID proposalId, UUID meetingId) {
    Proposal proposal = proposals.findById(proposalId)
        .orElseThrow(() -> new NotFoundException("council.proposal.not-found", proposalId));
    String meetingCouncil = meetings.meeting(meetingId).meeting().councilAcronym();
    if (!meetingCouncil.equalsIgnoreCase(proposal.summary().councilAcronym())) {
      throw new br.org.teia.kernel.TeiaException("council.proposal.other-council", proposal.summary().councilAcronym());
    }
    String description = proposal.summaryText();
    if (description != null && description.length() > 4000) {
      description = description.substring(0, 4000);
    }
    AgendaItemSummary item = meetings.addItem(meetingId, new AgendaItemForm(proposal.title(), description), proposalId);
    proposal.scheduledAs(item.id(), stands(proposal.agendaItemId()));
    proposals.saveAndFlush(proposal);
    return item;
  }
}
