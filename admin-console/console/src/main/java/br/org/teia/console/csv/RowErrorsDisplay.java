package br.org.teia.console.csv;

import br.org.teia.kernel.TeiaException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Shows a refused import or list under its upload: the reason, then every wrong line in order. */
public final class RowErrorsDisplay {

  private RowErrorsDisplay() {}

  /** Replaces what {@code target} shows with the refusal: "Linha 3: ...", one paragraph a line. */
  public static void show(VerticalLayout target, RowErrorsException e) {
    target.removeAll();
    Paragraph heading = new Paragraph(target.getTranslation(e.messageKey(), e.arguments()));
    heading.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
    target.add(heading);
    e.errors().forEach(error -> {
      String reason = target.getTranslation(error.messageKey(), error.arguments());
      Paragraph line = new Paragraph(error.line() == 0 ? reason
          : target.getTranslation("console.import.line", error.line(), reason));
      line.addClassName("row-error");
      line.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
      target.add(line);
    });
  }

  /**
   * A list of one refused: the reason of its line, as the refusal to show (where a single code was
   * typed, "line 1" means nothing to the person); the whole refusal when it names no line.
   */
  public static TeiaException onlyLine(RowErrorsException e) {
    return e.errors().isEmpty() ? e
        : new TeiaException(e.errors().getFirst().messageKey(), e.errors().getFirst().arguments());
  }
}
