package br.org.teia.exchange.event;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** Events as an iCalendar (RFC 5545) file, written by ical4j; times in UTC, uids stable per event. */
final class ICalendar {

  static final String TYPE = "text/calendar";

  private ICalendar() {}

  static String of(List<EventSummary> events) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//COGEMAS//Teia//PT"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (EventSummary event : events) {
      VEvent component = new VEvent(event.startsAt(), event.endsAt(), event.title());
      component.add(new Uid(event.id() + "@teia"));
      if (!event.place().isBlank()) {
        component.add(new Location(event.place()));
      }
      String description = event.description();
      if (event.registrationUrl() != null) {
        component.add(new Url(URI.create(event.registrationUrl())));
        description = (description.isBlank() ? "" : description + "\n\n") + "Inscrições: " + event.registrationUrl();
      }
      if (!description.isBlank()) {
        component.add(new Description(description));
      }
      calendar.add(component);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
