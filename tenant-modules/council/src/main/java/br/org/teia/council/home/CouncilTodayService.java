package br.org.teia.council.home;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.complaint.ComplaintService;
import br.org.teia.council.complaint.ComplaintStatus;
import br.org.teia.council.composition.CompositionService;
import br.org.teia.council.composition.CouncilSummary;
import br.org.teia.council.inscription.InscriptionService;
import br.org.teia.council.inscription.InscriptionStep;
import br.org.teia.council.meeting.MeetingService;
import br.org.teia.council.meeting.MeetingStatus;
import br.org.teia.council.meeting.MeetingSummary;
import br.org.teia.council.proposal.ProposalService;
import br.org.teia.council.proposal.ProposalSummary;
import br.org.teia.kernel.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The councils' work waiting today, for the home pages (counts only, never who). */
@Service
@Transactional(readOnly = true)
public class CouncilTodayService {

  /** Mandates ending within this many days are shown as needing attention. */
  public static final int MANDATES_WITHIN_DAYS = 90;
  /** Meetings within this many days whose agenda is not published are to be prepared. */
  public static final int MEETINGS_WITHIN_DAYS = 30;

  private final CompositionService composition;
  private final MeetingService meetings;
  private final ProposalService proposals;
  private final ComplaintService complaints;
  private final InscriptionService inscriptions;
  private final CurrentUser currentUser;
  private final Clock clock;

  CouncilTodayService(CompositionService composition, MeetingService meetings, ProposalService proposals,
      ComplaintService complaints, InscriptionService inscriptions, CurrentUser currentUser, Clock clock) {
    this.composition = composition;
    this.meetings = meetings;
    this.proposals = proposals;
    this.complaints = complaints;
    this.inscriptions = inscriptions;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @RolesAllowed(CouncilAccess.READ)
  public CouncilToday today() {
    LocalDate today = LocalDate.now(clock);
    LocalDate meetingLimit = today.plusDays(MEETINGS_WITHIN_DAYS);
    boolean seesComplaints = currentUser.can(CouncilAccess.COMPLAINTS);
    List<MeetingSummary> upcoming = new ArrayList<>();
    long mandatesEnding = 0;
    long proposalsPending = 0;
    long complaintsWaiting = 0;
    long inscriptionsPending = 0;
    for (CouncilSummary council : composition.councils()) {
      mandatesEnding += composition.composition(council.id(), today, MANDATES_WITHIN_DAYS).endingSoon().size();
      for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
        meetings.meetings(council.id(), year).stream()
            .filter(m -> m.status() == MeetingStatus.SCHEDULED && !m.date().isBefore(today))
            .forEach(upcoming::add);
      }
      proposalsPending += proposals.proposals(council.id()).stream().filter(ProposalSummary::pending).count();
      if (seesComplaints) {
        complaintsWaiting += complaints.complaints(council.id(), ComplaintStatus.RECEIVED, "").size();
      }
      inscriptionsPending += inscriptions.inscriptions(council.id(), null, 0, 1).total()
          - inscriptions.inscriptions(council.id(), InscriptionStep.COMPLETED, 0, 1).total();
    }
    upcoming.sort(Comparator.comparing(MeetingSummary::date).thenComparing(MeetingSummary::startTime,
        Comparator.nullsLast(Comparator.naturalOrder())));
    long toPrepare = upcoming.stream()
        .filter(m -> !m.date().isAfter(meetingLimit) && m.agendaPublishedOn() == null).count();
    return new CouncilToday(upcoming.isEmpty() ? null : upcoming.getFirst(), mandatesEnding, toPrepare,
        proposalsPending, seesComplaints ? complaintsWaiting : null, inscriptionsPending);
  }
}
