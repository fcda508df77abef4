package br.org.teia.council.meeting;

import br.org.teia.kernel.TeiaException;
import java.time.LocalDate;

/**
 * The notice rule for agendas: an agenda is published at least {@code days} days before its
 * meeting. For an ordinary meeting the days are the council's notice days (e.g. 10); for an
 * extraordinary meeting they are the council's extraordinary notice days: municipal regimentos
 * internos usually let the president (or a majority of the members) convene one with 48 hours'
 * notice, i.e. 2 days, its agenda limited to the matter that motivated it. Publishing on the
 * limit day itself is in time; one day later is refused.
 */
record Notice(MeetingKind kind, int days) {

  /** The last day on which the agenda of a meeting on {@code meetingDate} may be published. */
  LocalDate lastDay(LocalDate meetingDate) {
    return meetingDate.minusDays(days);
  }

  void check(LocalDate meetingDate, LocalDate publishedOn) {
    LocalDate last = lastDay(meetingDate);
    if (publishedOn.isAfter(last)) {
      throw new TeiaException(kind == MeetingKind.ORDINARY ? "council.agenda.late" : "council.agenda.late-extraordinary",
          days, last.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
  }
}
