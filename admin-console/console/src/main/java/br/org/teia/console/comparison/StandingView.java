package br.org.teia.console.comparison;

import br.org.teia.kernel.ui.PageHelp;
import br.org.teia.kernel.ui.ParentPage;
import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.ui.TenantHomeView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Every indicator of the municipality, once each, against its regions, peers and the state, with
 * the protected figures as everywhere. Reached from the home page's standing panel.
 */
@PageHelp("console.help.standing")
@ParentPage(TenantHomeView.class)
@Route(StandingView.ROUTE)
@RolesAllowed(ConsoleAccess.STANDING)
public class StandingView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "municipio/indicadores";

  public StandingView(ComparisonService comparisons, FigureText text) {
    setMaxWidth("80rem");
    Anchor back = new Anchor(TenantHomeView.ROUTE, getTranslation("console.standing.back"));
    back.setId("standing-back");
    add(back, new H2(getTranslation("console.standing.all.title")),
        new Paragraph(getTranslation("console.standing.legend")),
        StandingTable.grid("standing-grid", StandingTable.lines(comparisons.standing(), text, getLocale())));
  }

  @Override
  public String getPageTitle() {
    return getTranslation("console.standing.all.title") + " | " + getTranslation("app.name");
  }
}
