package br.org.teia.council.meeting;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.notification.Delivery;
import br.org.teia.kernel.notification.NotificationKind;
import br.org.teia.kernel.notification.Notifications;
import br.org.teia.kernel.security.AccountRepository;
import br.org.teia.kernel.security.Role;
import br.org.teia.kernel.tenancy.TenantScope;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Pauta publicada": when a meeting's agenda is published, the people of the municipality with a
 * council role (members and secretaries who have Teia accounts) are notified; by e-mail as each
 * chose for this kind (at once unless they changed it).
 */
@Configuration(proxyBeanMethods = false)
public class AgendaNotices {

  public static final String KIND = "council.agenda-published";

  private final Notifications notifications;
  private final AccountRepository accounts;
  private final MessageSource messages;

  AgendaNotices(Notifications notifications, AccountRepository accounts, MessageSource messages) {
    this.notifications = notifications;
    this.accounts = accounts;
    this.messages = messages;
  }

  @Bean
  static NotificationKind councilAgendaPublished() {
    return new NotificationKind(KIND, "council.notification.agenda-published", Delivery.IMMEDIATE);
  }

  void published(MeetingSummary meeting) {
    List<UUID> people = accounts.enabledMembers(TenantScope.require(),
        EnumSet.of(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY));
    if (people.isEmpty()) {
      return;
    }
    String date = meeting.date().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    String kind = messages.getMessage("council.meeting-kind." + meeting.kind().name(), null, I18nConfiguration.PT_BR);
    notifications.notify(people, KIND,
        messages.getMessage("council.notification.agenda-published.title",
            new Object[] {meeting.councilAcronym(), date}, I18nConfiguration.PT_BR),
        messages.getMessage("council.notification.agenda-published.body",
            new Object[] {kind.toLowerCase(java.util.Locale.ROOT), meeting.councilAcronym(), date,
                meeting.startTime() == null ? "" : meeting.startTime().toString(),
                meeting.place() == null ? "" : meeting.place(), meeting.items()}, I18nConfiguration.PT_BR),
        MeetingView.ROUTE + "/" + meeting.id());
  }
}
