package br.org.teia.council;

import br.org.teia.council.commission.CommissionsView;
import br.org.teia.council.complaint.ComplaintsView;
import br.org.teia.council.composition.CompositionView;
import br.org.teia.council.composition.CouncilsView;
import br.org.teia.council.conference.ConferencesView;
import br.org.teia.council.inscription.InscriptionsView;
import br.org.teia.council.meeting.MeetingsView;
import br.org.teia.council.proposal.ProposalsView;
import br.org.teia.council.resolution.ResolutionsView;
import br.org.teia.kernel.ui.NavEntry;
import br.org.teia.kernel.ui.NavigationContributor;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class CouncilNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        new NavEntry("nav.council.councils", CouncilsView.class, VaadinIcon.GROUP, 40),
        new NavEntry("nav.council.composition", CompositionView.class, VaadinIcon.USERS, 41),
        new NavEntry("nav.council.meetings", MeetingsView.class, VaadinIcon.CALENDAR, 42),
        new NavEntry("nav.council.proposals", ProposalsView.class, VaadinIcon.INBOX, 43),
        new NavEntry("nav.council.resolutions", ResolutionsView.class, VaadinIcon.FILE_TEXT, 44),
        new NavEntry("nav.council.commissions", CommissionsView.class, VaadinIcon.CLUSTER, 45),
        new NavEntry("nav.council.inscriptions", InscriptionsView.class, VaadinIcon.DIPLOMA, 46),
        new NavEntry("nav.council.conferences", ConferencesView.class, VaadinIcon.CONNECT, 47),
        new NavEntry("nav.council.complaints", ComplaintsView.class, VaadinIcon.MEGAPHONE, 48));
  }
}
