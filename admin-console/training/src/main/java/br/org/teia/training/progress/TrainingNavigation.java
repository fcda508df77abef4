package br.org.teia.training.progress;

import br.org.teia.kernel.ui.HomeView;
import br.org.teia.kernel.ui.NavEntry;
import br.org.teia.kernel.ui.NavigationContributor;
import br.org.teia.training.TrainingAccess;
import br.org.teia.training.catalogue.CoursesView;
import br.org.teia.training.enrolment.OpenCatalogueView;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.springframework.stereotype.Component;

/** The module's entries in the main navigation; each shows only to people who may open its view. */
@Component
class TrainingNavigation implements NavigationContributor, HomeView.PersonalHome {

  @Override
  public List<NavEntry> entries() {
    return List.of(
        new NavEntry("nav.training.catalogue", OpenCatalogueView.class, VaadinIcon.ACADEMY_CAP, 400),
        new NavEntry("nav.training.mine", MyTrainingView.class, VaadinIcon.DIPLOMA, 405),
        new NavEntry("nav.training.courses", CoursesView.class, VaadinIcon.BOOK, 410));
  }

  /** An outside participant, whose role opens no municipality page, lands on their own training. */
  @Override
  public Class<? extends com.vaadin.flow.component.Component> view() {
    return MyTrainingView.class;
  }

  @Override
  public String permission() {
    return TrainingAccess.LEARN;
  }
}
