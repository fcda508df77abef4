package br.org.teia.exchange.practice;

import br.org.teia.kernel.suas.SizeClass;
import java.time.Instant;
import java.util.UUID;

/**
 * A practice as lists and its page show it: the municipality (name, size class when its population
 * is known), the texts, where it is in moderation and the last decision's note.
 */
public record PracticeSummary(UUID id, String ibgeCode, String municipality, SizeClass sizeClass, String title,
    PracticeTheme theme, String problem, String actionTaken, String results, String contact,
    PracticeStatus status, String decisionNote, Instant submittedAt, Instant publishedAt, int version) {

  public PracticeForm form() {
    return new PracticeForm(title, theme, problem, actionTaken, results, contact);
  }
}
