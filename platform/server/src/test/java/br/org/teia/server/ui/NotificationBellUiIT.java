package br.org.teia.server.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.council.meeting.AgendaNotices;
import br.org.teia.kernel.notification.Delivery;
import br.org.teia.kernel.notification.NotificationPreferencesForm;
import br.org.teia.kernel.notification.Notifications;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantId;
import br.org.teia.kernel.ui.TenantHomeView;
import br.org.teia.server.DemoServerTest;
import br.org.teia.testsupport.UiTestBase;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.select.Select;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell in the header: live count (through the push signal), the list, mark read; and the preferences section. */
@DemoServerTest
class NotificationBellUiIT extends UiTestBase {

  static final TenantId CARMO_DO_CAJURU = TenantId.of("3114501");

  @Autowired Notifications notifications;

  @Test
  void a_notification_made_elsewhere_shows_in_the_open_page_and_is_marked_read() {
    onboarded(CARMO_DO_CAJURU.ibgeCode());
    UUID me = loginAs(Role.COUNCIL_MEMBER, CARMO_DO_CAJURU).user().accountId();
    UI.getCurrent().navigate(TenantHomeView.class);
    Button bell = _get(Button.class, spec -> spec.withId("notification-bell"));
    assertThat(bell.getAriaLabel()).contains("Avisos: nenhum não lido");
    assertThat(_find(Span.class, spec -> spec.withId("notification-count"))).isEmpty(); // hidden at zero

    notifications.notify(me, AgendaNotices.KIND, "Pauta publicada: CMAS, reunião de 10/03/2027", "Texto", "conselho/reunioes");
    MockVaadin.clientRoundtrip(false); // what push delivers: the UI.access queued by the signal

    assertThat(bell.getAriaLabel()).contains("Avisos: 1 não lido");
    assertThat(_get(Span.class, spec -> spec.withId("notification-count")).getText()).isEqualTo("1");

    _click(bell);
    VerticalLayout list = _get(VerticalLayout.class, spec -> spec.withId("notification-list"));
    assertThat(_find(list, H2.class)).extracting(H2::getText).containsExactly("Pauta publicada: CMAS, reunião de 10/03/2027");
    UUID id = notifications.recent(me, 1).getFirst().id();
    _click(_get(Button.class, spec -> spec.withId("notification-read-" + id)));
    assertThat(bell.getAriaLabel()).contains("Avisos: nenhum não lido");
    assertThat(notifications.unreadCount(me)).isZero();

    // The dialog is built when opened and dropped when closed (a page keeps only the bell); it opens again.
    _click(_get(Button.class, spec -> spec.withId("notification-close")));
    assertThat(_find(VerticalLayout.class, spec -> spec.withId("notification-list"))).isEmpty();
    _click(bell);
    assertThat(_find(_get(VerticalLayout.class, spec -> spec.withId("notification-list")), H2.class)).hasSize(1);
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_preferences_section_stores_a_choice_per_kind() {
    onboarded(CARMO_DO_CAJURU.ibgeCode());
    UUID me = loginAs(Role.COUNCIL_MEMBER, CARMO_DO_CAJURU).user().accountId();
    UI.getCurrent().add(new NotificationPreferencesForm(notifications, me));
    Select<Delivery> agenda = _get(Select.class, spec -> spec.withId("notification-preference-council-agenda-published"));
    assertThat(agenda.getValue()).isEqualTo(Delivery.IMMEDIATE);

    _setValue(agenda, Delivery.WEEKLY);
    _click(_get(Button.class, spec -> spec.withId("notification-preferences-save")));

    assertThat(notifications.preferences(me)).containsEntry(AgendaNotices.KIND, Delivery.WEEKLY);
  }

  @Test
  void the_app_shell_enables_push() {
    assertThat(br.org.teia.kernel.ui.TeiaAppShell.class.getAnnotation(Push.class)).isNotNull();
  }
}
