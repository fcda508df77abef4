package br.org.teia.council.home;

import br.org.teia.council.CouncilAccess;
import br.org.teia.council.complaint.ComplaintsView;
import br.org.teia.council.composition.CompositionView;
import br.org.teia.council.inscription.InscriptionsView;
import br.org.teia.council.meeting.MeetingsView;
import br.org.teia.council.proposal.ProposalsView;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.ui.AttentionCard;
import br.org.teia.kernel.ui.AttentionContribution;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The councils' cards on the municipality's home page: mandates ending, meetings to prepare,
 * proposals waiting for an agenda, complaints unanswered (only for who may read complaints) and
 * inscriptions in progress. Shown to whoever may read the councils.
 */
@Component
class CouncilAttention implements AttentionContribution {

  private final CouncilTodayService today;
  private final CurrentUser currentUser;
  private final Messages messages;

  CouncilAttention(CouncilTodayService today, CurrentUser currentUser, Messages messages) {
    this.today = today;
    this.currentUser = currentUser;
    this.messages = messages;
  }

  @Override
  public int order() {
    return 200;
  }

  @Override
  public List<AttentionCard> cards() {
    if (!currentUser.can(CouncilAccess.READ)) {
      return List.of();
    }
    CouncilToday now = today.today();
    List<AttentionCard> cards = new ArrayList<>();
    cards.add(card("attention-mandates-ending", "mandates-ending", now.mandatesEnding(), CompositionView.ROUTE,
        CouncilTodayService.MANDATES_WITHIN_DAYS));
    cards.add(card("attention-meetings-to-prepare", "meetings-to-prepare", now.meetingsToPrepare(), MeetingsView.ROUTE,
        CouncilTodayService.MEETINGS_WITHIN_DAYS));
    cards.add(card("attention-proposals-pending", "proposals-pending", now.proposalsPending(), ProposalsView.ROUTE));
    if (now.complaintsWaiting() != null) {
      cards.add(card("attention-complaints-waiting", "complaints-waiting", now.complaintsWaiting(), ComplaintsView.ROUTE));
    }
    cards.add(card("attention-inscriptions-pending", "inscriptions-pending", now.inscriptionsPending(),
        InscriptionsView.ROUTE));
    return cards;
  }

  private AttentionCard card(String id, String key, long count, String route, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = count;
    System.arraycopy(more, 0, args, 1, more.length);
    return new AttentionCard(id, messages.get("council.home." + key), count,
        messages.get("council.home." + key + ".detail", args), route);
  }
}
