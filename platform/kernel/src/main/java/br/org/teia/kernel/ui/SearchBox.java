package br.org.teia.kernel.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

/**
 * The header's search box (a {@code search} landmark): Enter or the button opens {@link SearchView}
 * with the typed text. Shown only to a person acting in a municipality.
 */
class SearchBox extends Div {

  SearchBox() {
    setId("shell-search");
    addClassName("shell-search");
    getElement().setAttribute("role", "search");
    TextField text = br.org.teia.kernel.ui.form.SearchText.guard(new TextField());
    text.setId("shell-search-text");
    text.setAriaLabel(getTranslation("search.box"));
    text.setPlaceholder(getTranslation("search.placeholder"));
    text.setPrefixComponent(VaadinIcon.SEARCH.create());
    text.setClearButtonVisible(true);
    Button go = new Button(getTranslation("search.go"), click -> open(text));
    go.setId("shell-search-go");
    go.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    text.addKeyPressListener(Key.ENTER, press -> open(text));
    add(text, go);
  }

  private void open(TextField text) {
    String typed = br.org.teia.kernel.ui.form.SearchText.of(text).strip();
    if (!typed.isEmpty()) {
      getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of(SearchView.PARAMETER, typed)));
    }
  }
}
