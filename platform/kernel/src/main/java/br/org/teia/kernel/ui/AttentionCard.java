package br.org.teia.kernel.ui;

import java.util.Objects;

/**
 * One "needs attention today" card of the municipality's home page: what is waiting, how many, and
 * the page where it is done. Texts come already translated from the contributing module's bundle.
 *
 * @param id     element id of the card (e.g. {@code attention-incomplete-teams})
 * @param title  what the card is about, in a few words
 * @param count  how many things wait; zero means the card says all is in order
 * @param detail one sentence saying what waits (with plural forms) or that nothing does
 * @param route  the route of the page to act on, without leading slash (may carry a query)
 */
public record AttentionCard(String id, String title, long count, String detail, String route) {

  public AttentionCard {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(detail);
    Objects.requireNonNull(route);
  }
}
