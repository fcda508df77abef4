package br.org.teia.training.progress;

import br.org.teia.kernel.ui.NavEntry;
import br.org.teia.kernel.ui.NavigationContributor;
import br.org.teia.training.catalogue.CoursesView;
import br.org.teia.training.enrolment.OpenCatalogueView;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

/** The module's entries in the main navigation; each shows only to people who may open its view. */
@Component
class TrainingNavigation implements NavigationContributor {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        new NavEntry("nav.training.catalogue", OpenCatalogueView.class, VaadinIcon.ACADEMY_CAP, 400),
        new NavEntry("nav.training.mine", MyTrainingView.class, VaadinIcon.DIPLOMA, 405),
        new NavEntry("nav.training.courses", CoursesView.class, VaadinIcon.BOOK, 410));
  }
}
