package br.org.teia.kernel.notification;

import java.util.Locale;

/** How a person wants a kind of notification by e-mail (in Teia's bell it always shows). */
public enum Delivery {
  NONE, IMMEDIATE, DAILY, WEEKLY;

  public String labelKey() {
    return "notification.delivery." + name().toLowerCase(Locale.ROOT);
  }
}
