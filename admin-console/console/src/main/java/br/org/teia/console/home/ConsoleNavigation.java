package br.org.teia.console.home;

import br.org.teia.console.comparison.ComparisonView;
import br.org.teia.console.mail.MailOutboxView;
import br.org.teia.console.member.MembersView;
import br.org.teia.console.onboarding.OnboardingView;
import br.org.teia.console.region.RegionsView;
import br.org.teia.kernel.ui.HomeView;
import br.org.teia.kernel.ui.NavEntry;
import br.org.teia.kernel.ui.NavigationContributor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

@org.springframework.stereotype.Component
class ConsoleNavigation implements NavigationContributor, HomeView.AssociationHome {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        new NavEntry("nav.association-home", AssociationHomeView.class, VaadinIcon.GROUP, 100),
        new NavEntry("nav.console.members", MembersView.class, VaadinIcon.LIST, 105),
        new NavEntry("nav.console.onboarding", OnboardingView.class, VaadinIcon.PLUS_CIRCLE, 110),
        new NavEntry("nav.console.regions", RegionsView.class, VaadinIcon.MAP_MARKER, 115),
        new NavEntry("nav.console.comparison", ComparisonView.class, VaadinIcon.BAR_CHART, 120),
        new NavEntry("nav.console.mail-outbox", MailOutboxView.class, VaadinIcon.ENVELOPE, 125));
  }

  @Override
  public Class<? extends Component> view() {
    return AssociationHomeView.class;
  }
}
