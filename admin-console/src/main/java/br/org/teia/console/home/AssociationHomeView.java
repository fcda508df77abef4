package br.org.teia.console.home;

import br.org.teia.console.ConsoleAccess;
import br.org.teia.kernel.tenancy.TenantStatus;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Where association staff land: the state of the member catalogue at a glance. */
@Route(AssociationHomeView.ROUTE)
@RolesAllowed(ConsoleAccess.STAFF)
public class AssociationHomeView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "associacao";

  public AssociationHomeView(MemberSummaryService summaries) {
    MemberSummaryService.MemberSummary summary = summaries.summary();
    H2 heading = new H2(getTranslation("console.home.title"));
    add(heading, new Paragraph(getTranslation("console.home.members", summary.total())));
    for (TenantStatus status : TenantStatus.values()) {
      Paragraph line = new Paragraph(getTranslation("console.home.by-status",
          getTranslation("tenant.status." + status.name()), summary.byStatus().getOrDefault(status, 0L)));
      line.setId("members-" + status.name().toLowerCase(java.util.Locale.ROOT));
      add(line);
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("console.home.title") + " | " + getTranslation("app.name");
  }
}
