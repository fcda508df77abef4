package br.org.teia.kernel.ui;

import br.org.teia.kernel.security.CurrentUser;
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

  public HomeView(CurrentUser currentUser, List<AssociationHome> associationHome) {
    this.currentUser = currentUser;
    this.associationHome = associationHome;
    add(new H2(getTranslation("home.no-access.title")), new Paragraph(getTranslation("home.no-access.text")));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (currentUser.tenant().isPresent()) {
      event.forwardTo(TenantHomeView.class);
    } else if (currentUser.user().map(u -> u.isAssociationStaff()).orElse(false) && !associationHome.isEmpty()) {
      event.forwardTo(associationHome.getFirst().view());
    }
  }

  /** Declared by the association console: where association staff land. */
  public interface AssociationHome {
    Class<? extends com.vaadin.flow.component.Component> view();
  }
}
