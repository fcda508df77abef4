package br.org.teia.exchange.practice;

import br.org.teia.kernel.suas.SizeClass;
import java.util.UUID;

/** A search among published practices; each part may be null (no restriction). */
public record PracticeFilter(String text, PracticeTheme theme, UUID region, SizeClass sizeClass) {

  public static final PracticeFilter ALL = new PracticeFilter(null, null, null, null);

  public PracticeFilter {
    text = text == null || text.isBlank() ? null : text.strip();
  }
}
