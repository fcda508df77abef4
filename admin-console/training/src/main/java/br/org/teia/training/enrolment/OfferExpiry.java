package br.org.teia.training.enrolment;

import java.time.Clock;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every few minutes (one node at a time, ShedLock): offers past their deadline expire and the
 * next person in line gets the seat; free seats with people waiting (a class made larger) are
 * offered too. Each class in a transaction of its own, under its row lock.
 */
@Component
public class OfferExpiry {

  private final EnrolmentRepository enrolments;
  private final Seats seats;
  private final TransactionTemplate transactions;
  private final Clock clock;

  OfferExpiry(EnrolmentRepository enrolments, Seats seats, TransactionTemplate transactions, Clock clock) {
    this.enrolments = enrolments;
    this.seats = seats;
    this.transactions = transactions;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${teia.training.offer-check:PT5M}", initialDelayString = "${teia.training.offer-check:PT5M}")
  @SchedulerLock(name = "training-offer-expiry")
  void onSchedule() {
    run();
  }

  /** Settles every class that needs it now; answers how many offers expired. */
  public int run() {
    int expired = 0;
    for (UUID classId : enrolments.classesToSettle(clock.instant())) {
      Integer n = transactions.execute(status -> seats.settle(classId));
      expired += n == null ? 0 : n;
    }
    return expired;
  }
}
