package br.org.teia.kernel.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
class KernelNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> entries() {
    return List.of(new NavEntry("nav.tenant-home", TenantHomeView.class, VaadinIcon.HOME, 0));
  }
}
