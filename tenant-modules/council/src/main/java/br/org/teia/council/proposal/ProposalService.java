package br.org.teia.council.proposal;

import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.meeting.AgendaItemForm;
import br.org.teia.council.meeting.AgendaItemSummary;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.kernel.NotFoundException;
import br.org.teia.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;
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

  @RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.MUNICIPAL_MANAGER})
  public List<ProposalSummary> proposals(UUID councilId) {
    String acronym = composition.council(councilId).acronym();
    return proposals.findAllByCouncil(acronym).stream().map(Proposal::summary).toList();
  }

  /** The proposal a module submitted as {@code reference}, if it reached this council. */
  @RolesAllowed({Roles.COUNCIL_SECRETARY, Roles.COUNCIL_MEMBER, Roles.MUNICIPAL_MANAGER})
  public java.util.Optional<ProposalSummary> bySource(String councilAcronym, String sourceModule, String reference) {
    return proposals.findBySource(councilAcronym, sourceModule, reference).map(Proposal::summary);
  }

  /** Puts the proposal on the meeting's agenda (same notice rules as any item). */
  @Transactional
  @RolesAllowed(Roles.COUNCIL_SECRETARY)
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
    proposal.scheduledAs(item.id());
    proposals.saveAndFlush(proposal);
    return item;
  }
}
