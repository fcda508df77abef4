package br.org.teia.training.enrolment;

import br.org.teia.kernel.i18n.I18nConfiguration;
import br.org.teia.kernel.i18n.Messages;
import br.org.teia.kernel.notification.Notifications;
import br.org.teia.training.TrainingConfiguration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each morning (one node, ShedLock): the confirmed people of every class whose first session is
 * within two days are reminded once (the class remembers it did), in Teia and by e-mail as they chose.
 */
@Component
public class ClassReminders {

  static final int DAYS_AHEAD = 2;
  private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");

  private final EnrolmentRepository enrolments;
  private final Notifications notifications;
  private final Messages messages;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ClassReminders(EnrolmentRepository enrolments, Notifications notifications, Messages messages,
      TransactionTemplate transactions, Clock clock) {
    this.enrolments = enrolments;
    this.notifications = notifications;
    this.messages = messages;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(cron = "${teia.training.reminder-cron:0 0 8 * * *}", zone = "America/Sao_Paulo")
  @SchedulerLock(name = "training-class-reminders")
  void onSchedule() {
    run();
  }

  /** Reminds every class due; answers how many classes were reminded. */
  public int run() {
    LocalDate today = LocalDate.now(clock.withZone(BRASILIA));
    int reminded = 0;
    for (EnrolmentRepository.Reminder due : enrolments.classesToRemind(today, today.plusDays(DAYS_AHEAD))) {
      Boolean done = transactions.execute(status -> {
        if (!enrolments.markReminded(due.classId(), clock.instant())) {
          return false;
        }
        List<java.util.UUID> people = enrolments.confirmedAccounts(due.classId());
        if (!people.isEmpty()) {
          notifications.notify(people, TrainingConfiguration.CLASS_REMINDER,
              text("training.notification.reminder.title", due.courseTitle()),
              text("training.notification.reminder.body", due.className(), due.startsOn().format(Seats.DATE), due.place()),
              Seats.LINK);
        }
        return true;
      });
      if (Boolean.TRUE.equals(done)) {
        reminded++;
      }
    }
    return reminded;
  }

  private String text(String key, Object... args) {
    return messages.get(I18nConfiguration.PT_BR, key, args);
  }
}
