package br.org.teia.kernel.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import br.org.teia.kernel.i18n.BundleI18NProvider;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A list's search box with a control character typed into it: said under it, and no filter sent on. */
class SearchTextTest {

  @BeforeEach
  void open() {
    System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
    MockVaadin.setup();
    UI.getCurrent().setLocale(Locale.of("pt", "BR"));
  }

  @AfterEach
  void close() {
    MockVaadin.tearDown();
  }

  @Test
  void a_null_character_filters_nothing_and_is_said_under_the_box_until_it_is_gone() {
    TextField search = SearchText.guard(new TextField());

    search.setValue("Betim\u0000");
    assertThat(SearchText.of(search)).isEmpty();
    assertThat(search.isInvalid()).isTrue();
    assertThat(search.getErrorMessage()).startsWith("Este campo tem um caractere de controle");

    search.setValue("Betim");
    assertThat(SearchText.of(search)).isEqualTo("Betim");
    assertThat(search.isInvalid()).isFalse();
  }
}
