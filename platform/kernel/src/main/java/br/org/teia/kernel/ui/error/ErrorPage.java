package br.org.teia.kernel.ui.error;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/** The page a person sees instead of Vaadin's (English, and in development a list of every route). */
abstract class ErrorPage extends Main implements HasDynamicTitle {

  private String title = "";

  /** Fills the page from the bundle keys {@code <key>.title} and {@code <key>.text}. */
  void show(String key) {
    removeAll();
    title = getTranslation(key + ".title");
    H1 heading = new H1(title);
    heading.setId("error-title");
    Paragraph text = new Paragraph(getTranslation(key + ".text"));
    text.setId("error-text");
    add(heading, text, new Anchor("/", getTranslation("error.home")));
    addClassNames("teia-error-page");
    getStyle().set("padding", "var(--lumo-space-l)").set("max-width", "40rem");
  }

  @Override
  public String getPageTitle() {
    return title + " · Teia";
  }
}
