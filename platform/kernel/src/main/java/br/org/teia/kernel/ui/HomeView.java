package br.org.teia.kernel.ui;

import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.KernelAccess;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** "/": sends people to their municipality, or to the association home, or explains they have no access yet. */
@PageHelp("kernel.help.home")
@Route("")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

  private final CurrentUser currentUser;
  private final List<AssociationHome> associationHome;
  private final List<PersonalHome> personalHome;

  public HomeView(CurrentUser currentUser, List<AssociationHome> associationHome, List<PersonalHome> personalHome) {
    this.currentUser = currentUser;
    this.associationHome = associationHome;
    this.personalHome = personalHome;
    add(new H2(getTranslation("home.no-access.title")), new Paragraph(getTranslation("home.no-access.text")));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    boolean staff = currentUser.user().map(u -> u.isAssociationStaff()).orElse(false);
    if (currentUser.tenant().isPresent() && (staff || currentUser.can(KernelAccess.MUNICIPALITY_HOME))) {
      event.forwardTo(TenantHomeView.class);
    } else if (staff && !associationHome.isEmpty()) {
      event.forwardTo(associationHome.getFirst().view());
    } else if (currentUser.tenant().isPresent()) {
      // someone whose role in the municipality opens none of its records (an outside participant)
      personalHome.stream().filter(home -> currentUser.can(home.permission())).findFirst()
          .ifPresent(home -> event.forwardTo(home.view()));
    }
  }

  /**
   * Declared by a module: where someone lands whose role opens no municipality home page (an
   * outside training participant lands on their own training), if they hold {@link #permission()}.
   */
  public interface PersonalHome {
    Class<? extends com.vaadin.flow.component.Component> view();

    String permission();
  }

  /** Declared by the association console: where association staff land. */
  public interface AssociationHome {
    Class<? extends com.vaadin.flow.component.Component> view();
  }
}
