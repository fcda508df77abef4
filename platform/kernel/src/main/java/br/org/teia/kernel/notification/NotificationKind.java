package br.org.teia.kernel.notification;

import java.util.regex.Pattern;

/**
 * A kind of notification, registered by the module that sends it as a Spring bean, e.g.
 * {@code @Bean NotificationKind agendaPublished() { return new NotificationKind("council.agenda-published",
 * "council.notification.agenda-published", Delivery.IMMEDIATE); }}.
 *
 * @param code stable identifier, {@code module.what} in lower case (stored with each notification and preference)
 * @param labelKey message key of the name people see in their preferences
 * @param byDefault the delivery for people who have not chosen
 */
public record NotificationKind(String code, String labelKey, Delivery byDefault) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  public NotificationKind {
    if (code == null || code.length() > 60 || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("notification kind code must look like module.what: " + code);
    }
  }
}
