package br.org.teia.council.conference;

import java.time.LocalDate;
import java.util.List;

/** What the public page shows of a held conference: no names, the deliberations and how far each got. */
public record PublicConference(ConferenceKind kind, int edition, String theme, LocalDate startsOn, LocalDate endsOn,
    String venue, List<PublicDeliberation> deliberations) {

  public record PublicDeliberation(int number, String text, DeliberationScope scope, DeliberationStatus status,
      LocalDate statusOn) {}
}
