package br.org.teia.kernel.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.List;

/**
 * Cards in a grid that wraps (one column on a phone), each a link to the page where its matter is
 * handled: a figure, a title and a sentence. A card with a count waiting is marked on its edge.
 */
public class AttentionCards extends Div {

  public AttentionCards(String id, List<AttentionCard> cards) {
    setId(id);
    setWidthFull();
    getStyle().set("display", "grid").set("gap", "var(--lumo-space-m)")
        .set("grid-template-columns", "repeat(auto-fill, minmax(min(100%, 15rem), 1fr))");
    cards.forEach(card -> add(card(card)));
  }

  private Anchor card(AttentionCard card) {
    Span title = new Span(card.title());
    title.getStyle().set("font-weight", "600");
    Span count = new Span(NumberFormat.getIntegerInstance(getLocale()).format(card.count()));
    count.setId(card.id() + "-count");
    count.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
    Span detail = new Span(card.detail());
    detail.setId(card.id() + "-detail");
    detail.getStyle().set("font-size", "var(--lumo-font-size-s)");
    Anchor link = new Anchor(card.route(), title, count, detail);
    link.setId(card.id());
    link.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)")
        .set("padding", "var(--lumo-space-m)").set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-left", "0.4rem solid " + (card.count() > 0 ? "var(--lumo-warning-color, #c77700)"
            : "var(--lumo-success-color)"))
        .set("border-radius", "var(--lumo-border-radius-l)").set("color", "var(--lumo-body-text-color)")
        .set("text-decoration", "none").set("min-width", "0").set("overflow-wrap", "anywhere");
    return link;
  }
}
