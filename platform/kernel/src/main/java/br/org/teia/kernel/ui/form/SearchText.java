package br.org.teia.kernel.ui.form;

import br.org.teia.kernel.security.PlainText;
import br.org.teia.kernel.search.SearchFolding;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * A list's search box under the kernel's one rule for text ({@link PlainText}): a control character
 * typed into it is said under the box, in Portuguese, as a form's field says it, and the list is
 * filtered as if nothing were typed. So no search reaches the database with a NUL, which PostgreSQL
 * would refuse with the whole query.
 */
public final class SearchText {

  private SearchText() {
  }

  /** Says under {@code box}, as it changes, when it holds a control character. */
  public static TextField guard(TextField box) {
    box.addValueChangeListener(change -> {
      boolean plain = plain(change.getValue());
      box.setInvalid(!plain);
      box.setErrorMessage(plain ? null : box.getTranslation(FormBinder.CONTROL_CHARACTER_KEY));
    });
    return box;
  }

  /** The filter {@code box} stands for: its text, or nothing while it holds a control character. */
  public static String of(TextField box) {
    String text = box.getValue();
    return plain(text) ? text : "";
  }

  /**
   * Puts the address's {@code ?busca=} into {@code box} (a link of the header search's results: an
   * item or "ver todos"), so the list opens filtered as if it had been typed.
   */
  public static void fill(TextField box, BeforeEnterEvent event) {
    event.getLocation().getQueryParameters().getSingleParameter(SearchFolding.PARAMETER)
        .filter(SearchText::plain).ifPresent(box::setValue);
  }

  private static boolean plain(String text) {
    return text == null || PlainText.isAllowed(text);
  }
}
