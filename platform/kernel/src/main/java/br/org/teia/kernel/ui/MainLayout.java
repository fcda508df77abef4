package br.org.teia.kernel.ui;

import br.org.teia.kernel.notification.NotificationBell;
import br.org.teia.kernel.notification.NotificationSignals;
import br.org.teia.kernel.notification.Notifications;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.TenantSwitching;
import br.org.teia.kernel.security.TenantSwitching.TenantChoice;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * The frame of every signed-in page: title, municipality switcher, user and logout in the header;
 * navigation contributed by the modules in the drawer, showing only what the user may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

  public MainLayout(CurrentUser currentUser, TenantSwitching switching, List<NavigationContributor> contributors,
      AccessAnnotationChecker access, AuthenticationContext authentication, Notifications notifications,
      NotificationSignals signals) {
    setPrimarySection(Section.DRAWER);

    H1 title = new H1(getTranslation("app.name"));
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

    HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.setWidthFull();
    header.getStyle().set("padding", "0 var(--lumo-space-m)");

    List<TenantChoice> choices = switching.choices();
    if (!choices.isEmpty()) {
      Select<TenantChoice> tenant = new Select<>();
      tenant.setId("tenant-switcher");
      tenant.setAriaLabel(getTranslation("shell.tenant.switch"));
      tenant.setItems(choices);
      tenant.setItemLabelGenerator(TenantChoice::label);
      tenant.setItemEnabledProvider(TenantChoice::active);
      currentUser.tenant().flatMap(id -> choices.stream().filter(c -> c.id().equals(id)).findFirst())
          .ifPresent(tenant::setValue);
      tenant.setReadOnly(choices.size() == 1);
      tenant.addValueChangeListener(event -> {
        if (event.isFromClient() && event.getValue() != null) {
          switching.switchTo(event.getValue().id(), VaadinServletRequest.getCurrent().getHttpServletRequest(),
              VaadinServletResponse.getCurrent().getHttpServletResponse());
          // A full reload: the next request runs in the new municipality's scope.
          getUI().ifPresent(ui -> ui.getPage().setLocation(TenantHomeView.PATH));
        }
      });
      header.add(tenant);
    }

    Span who = new Span(currentUser.user().map(u -> u.displayName()).orElse(""));
    who.setId("current-user");
    Button logout = new Button(getTranslation("shell.logout"), click -> authentication.logout());
    logout.setId("logout");
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    HorizontalLayout right = new HorizontalLayout();
    currentUser.user().map(TeiaUser::accountId)
        .ifPresent(account -> right.add(new NotificationBell(notifications, signals, account)));
    right.add(who, logout);
    right.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    right.getStyle().set("margin-left", "auto");
    header.add(right);
    addToNavbar(header);

    SideNav nav = new SideNav();
    nav.setId("main-nav");
    nav.setLabel(getTranslation("shell.nav"));
    contributors.stream()
        .flatMap(c -> c.entries().stream())
        .filter(entry -> access.hasAccess(entry.view()))
        .sorted(Comparator.comparingInt(NavEntry::order))
        .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.view(),
            entry.icon().create())));
    addToDrawer(nav);
  }
}
