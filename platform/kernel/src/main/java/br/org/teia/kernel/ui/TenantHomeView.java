package br.org.teia.kernel.ui;

import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.KernelAccess;
import br.org.teia.kernel.security.TenantSwitching;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The home page of the selected municipality. */
@PageHelp("kernel.help.tenant-home")
@Route(TenantHomeView.ROUTE)
@RolesAllowed(KernelAccess.MUNICIPALITY_HOME)
public class TenantHomeView extends VerticalLayout implements HasDynamicTitle {

  public static final String ROUTE = "municipio";
  public static final String PATH = "/" + ROUTE;

  private final String title;

  public TenantHomeView(CurrentUser currentUser, TenantSwitching switching, List<TenantHomeContribution> contributions,
      List<AttentionContribution> attention) {
    var tenant = currentUser.tenant().orElseThrow();
    var choice = switching.choices().stream().filter(c -> c.id().equals(tenant)).findFirst().orElseThrow();
    title = choice.label();
    H2 heading = new H2(choice.label());
    heading.setId("tenant-name");
    String roles = currentUser.user().orElseThrow().rolesIn(tenant).stream()
        .map(role -> getTranslation("role." + role.name()))
        .sorted().collect(Collectors.joining(", "));
    add(heading,
        new Paragraph(getTranslation("tenant.home.ibge", tenant.ibgeCode())),
        new Paragraph(getTranslation("tenant.home.roles", roles)));
    List<AttentionCard> cards = attention.stream().sorted(Comparator.comparingInt(AttentionContribution::order))
        .flatMap(contribution -> contribution.cards().stream()).toList();
    if (!cards.isEmpty()) {
      add(attention(cards));
    }
    contributions.stream().sorted(Comparator.comparingInt(TenantHomeContribution::order))
        .forEach(contribution -> contribution.panel().ifPresent(this::add));
  }

  /** The "needs attention today" cards, each a link to act. */
  private Component attention(List<AttentionCard> cards) {
    long waiting = cards.stream().filter(c -> c.count() > 0).count();
    Paragraph summary = new Paragraph(getTranslation("tenant.home.attention.summary", waiting));
    summary.setId("attention-summary");
    Section section = new Section(new H3(getTranslation("tenant.home.attention")), summary,
        new AttentionCards("attention-cards", cards));
    section.setId("attention");
    section.setWidthFull();
    return section;
  }

  @Override
  public String getPageTitle() {
    return title + " | " + getTranslation("app.name");
  }
}
