package br.org.teia.structure;

import br.org.teia.kernel.ui.NavEntry;
import br.org.teia.kernel.ui.NavigationContributor;
import br.org.teia.structure.managingbody.ManagingBodyView;
import br.org.teia.structure.territory.TerritoriesView;
import br.org.teia.structure.unit.UnitsView;
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
        new NavEntry("nav.structure.units", UnitsView.class, VaadinIcon.BUILDING, 15));
  }
}
