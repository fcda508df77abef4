package br.org.teia.structure;

import br.org.teia.kernel.ui.NavEntry;
import br.org.teia.kernel.ui.NavigationContributor;
import br.org.teia.structure.dashboard.StructureDashboardView;
import br.org.teia.structure.entity.SocialEntitiesView;
import br.org.teia.structure.managingbody.ManagingBodyView;
import br.org.teia.structure.territory.TerritoriesView;
import br.org.teia.structure.unit.UnitsView;
import br.org.teia.structure.workforce.WorkersView;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class StructureNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        new NavEntry("nav.structure.managing-body", ManagingBodyView.class, VaadinIcon.INSTITUTION, 5),
        new NavEntry("nav.structure.territories", TerritoriesView.class, VaadinIcon.MAP_MARKER, 10),
        new NavEntry("nav.structure.units", UnitsView.class, VaadinIcon.BUILDING, 15),
        new NavEntry("nav.structure.workers", WorkersView.class, VaadinIcon.USERS, 20),
        new NavEntry("nav.structure.entities", SocialEntitiesView.class, VaadinIcon.HANDSHAKE, 30),
        new NavEntry("nav.structure.dashboard", StructureDashboardView.class, VaadinIcon.DASHBOARD, 4));
  }
}
