package br.org.teia.kernel.ui;

import br.org.teia.kernel.notification.NotificationBell;
import br.org.teia.kernel.notification.NotificationSignals;
import br.org.teia.kernel.notification.Notifications;
import br.org.teia.kernel.security.TeiaUser;
import br.org.teia.kernel.security.CurrentUser;
import br.org.teia.kernel.security.TenantSwitching;
import br.org.teia.kernel.security.TenantSwitching.TenantChoice;
import br.org.teia.kernel.ui.account.MyAccountView;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;

/**
 * The frame of every signed-in page: a skip link, title, municipality switcher, user and logout in
 * the header (a banner landmark that wraps on a phone; the person's name, "Minha conta" beside it), the view inside a {@code main} landmark;
 * navigation contributed by the modules in the drawer, showing only what the user may open.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

  /** The id of the page's {@code main} landmark, where the skip link takes the focus. */
  public static final String CONTENT_ID = "conteudo";

  /** Moves the focus (and the view) to the main landmark, instead of the browser following "#conteudo". */
  private static final String SKIP_TO_CONTENT = """
      this.addEventListener('click', event => {
        event.preventDefault();
        const main = document.getElementById($0);
        if (main) { main.focus(); main.scrollIntoView(); }
      });""";

  private final Main main = new Main();
  private Registration renamed;
  private final PageHeader pageHeader;
  private HasElement view;

  public MainLayout(CurrentUser currentUser, TenantSwitching switching, List<NavigationContributor> contributors,
      AccessAnnotationChecker access, AuthenticationContext authentication, Notifications notifications,
      NotificationSignals signals) {
    setPrimarySection(Section.DRAWER);
    setI18n(new AppLayoutI18n().setDrawer(getTranslation("shell.drawer")));

    // First focusable element of every page: lets keyboard users past the header and the menu.
    Anchor skip = new Anchor("#" + CONTENT_ID, getTranslation("shell.skip"));
    skip.setId("skip-link");
    skip.addClassName("skip-link");
    skip.setRouterIgnore(true);
    skip.getElement().executeJs(SKIP_TO_CONTENT, CONTENT_ID);

    DrawerToggle toggle = new DrawerToggle();
    toggle.setId("drawer-toggle");
    toggle.setAriaLabel(getTranslation("shell.drawer.toggle"));
    toggle.getElement().setProperty("ariaLabel", getTranslation("shell.drawer.toggle"));

    H1 title = new H1(getTranslation("app.name"));
    title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

    // A banner landmark that wraps on a phone, so "Sair" and the switcher stay on screen.
    Header header = new Header(skip, toggle, title);
    header.setId("shell-header");
    header.addClassName("shell-header");
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

    if (currentUser.tenant().isPresent()) {
      header.add(new SearchBox());
    }

    Span who = new Span(currentUser.user().map(u -> u.displayName()).orElse(""));
    who.setId("current-user");
    // The person's own page: name, password, language, notification preferences.
    RouterLink myAccount = new RouterLink(getTranslation("shell.account"), MyAccountView.class);
    myAccount.setId("my-account");
    myAccount.addClassName("shell-account");
    addAttachListener(attach -> renamed = ComponentUtil.addListener(attach.getUI(), AccountChanged.class,
        changed -> who.setText(changed.displayName())));
    addDetachListener(detach -> {
      if (renamed != null) {
        renamed.remove();
      }
    });
    Button logout = new Button(getTranslation("shell.logout"), click -> authentication.logout());
    logout.setId("logout");
    logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    Div right = new Div();
    right.addClassName("shell-user");
    currentUser.user().map(TeiaUser::accountId)
        .ifPresent(account -> right.add(new NotificationBell(notifications, signals, account)));
    right.add(who, myAccount, logout);
    header.add(right);
    addToNavbar(header);

    List<NavEntry> entries = contributors.stream().flatMap(c -> c.entries().stream()).toList();
    pageHeader = new PageHeader(contributors);

    // One state node for the whole menu instead of three a link (DrawerMenu; issue 15, Vaadin memory).
    DrawerMenu nav = new DrawerMenu(getTranslation("shell.nav"), entries.stream()
        .filter(entry -> access.hasAccess(entry.view()))
        .sorted(Comparator.comparingInt(NavEntry::order))
        .map(entry -> DrawerMenu.link(this, getTranslation(entry.labelKey()), entry.view(), entry.icon().name()))
        .toList());
    nav.setId("main-nav");
    // The drawer covers a phone's screen: a visible way out besides the backdrop (hidden on wide screens).
    Button close = new Button(getTranslation("shell.drawer.close"), VaadinIcon.CLOSE_SMALL.create(),
        click -> setDrawerOpened(false));
    close.setId("drawer-close");
    close.addClassName("drawer-close");
    close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    addToDrawer(close, nav);

    main.setId(CONTENT_ID);
    main.addClassName("shell-main");
    main.getElement().setAttribute("tabindex", "-1");
    setContent(main);
  }

  /** The person changed their own account ("Minha conta"): the header shows the new name at once. */
  public static class AccountChanged extends ComponentEvent<UI> {
    private final String displayName;

    public AccountChanged(UI ui, String displayName) {
      super(ui, false);
      this.displayName = displayName;
    }

    public String displayName() {
      return displayName;
    }
  }

  /** Every view goes inside the page's {@code main} landmark. */
  /** Every view goes inside the page's {@code main} landmark, under its trail and help ({@link PageHeader}). */
  @Override
  public void showRouterLayoutContent(HasElement content) {
    main.getElement().removeAllChildren();
    view = content;
    if (content != null) {
      main.getElement().appendChild(pageHeader.getElement(), content.getElement());
    }
  }

  /** After the view took its parameters, so its title (the trail's last step) is known. */
  @Override
  public void afterNavigation(AfterNavigationEvent event) {
    if (view instanceof Component component) {
      pageHeader.show(component);
    }
  }

  @Override
  public void removeRouterLayoutContent(HasElement oldContent) {
    main.getElement().removeAllChildren();
  }
}
