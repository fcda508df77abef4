package br.org.teia.fund.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The MROSC deadlines (Lei 13.019/2014, arts. 69 and 71), pure: the entity accounts for the money within
 * 90 days after the end of the partnership, and for a partnership longer than a year also after each
 * full year of it; on the entity's request the term grows by 30 days; the administration reviews an
 * accountability within 150 days of its delivery. A date is late from the day after its deadline.
 */
public final class MroscRules {

  public static final int DELIVERY_DAYS = 90;
  public static final int EXTENSION_DAYS = 30;
  public static final int REVIEW_DAYS = 150;

  private MroscRules() {}

  /** The ends of the periods accounted for: each full year before the end, then the end (the final one). */
  public static List<LocalDate> periodEnds(LocalDate startsOn, LocalDate endsOn) {
    List<LocalDate> ends = new ArrayList<>();
    for (int year = 1; ; year++) {
      LocalDate anniversaryEve = startsOn.plusYears(year).minusDays(1);
      if (!anniversaryEve.isBefore(endsOn)) {
        break;
      }
      ends.add(anniversaryEve);
    }
    ends.add(endsOn);
    return ends;
  }

  public static LocalDate deliveryDue(LocalDate periodEnd, boolean extended) {
    return periodEnd.plusDays(DELIVERY_DAYS + (extended ? EXTENSION_DAYS : 0));
  }

  public static LocalDate reviewDue(LocalDate deliveredOn) {
    return deliveredOn.plusDays(REVIEW_DAYS);
  }

  /** Not delivered and its deadline passed; or delivered after it. */
  public static boolean deliveryLate(LocalDate periodEnd, boolean extended, LocalDate deliveredOn, LocalDate today) {
    LocalDate due = deliveryDue(periodEnd, extended);
    return deliveredOn == null ? today.isAfter(due) : deliveredOn.isAfter(due);
  }

  /** Delivered, not reviewed and the 150 days passed; or reviewed after them. */
  public static boolean reviewLate(LocalDate deliveredOn, LocalDate reviewedOn, LocalDate today) {
    if (deliveredOn == null) {
      return false;
    }
    LocalDate due = reviewDue(deliveredOn);
    return reviewedOn == null ? today.isAfter(due) : reviewedOn.isAfter(due);
  }
}
