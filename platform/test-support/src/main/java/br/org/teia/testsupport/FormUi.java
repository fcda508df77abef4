package br.org.teia.testsupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Locale;

/**
 * A Vaadin UI for testing one form on its own, without Spring: Karibu's mock session, in
 * Portuguese, with the module bundles as Vaadin's translations (the kernel's plain
 * {@code BundleI18NProvider}, named by class because the kernel depends on this module).
 * Use as {@code @BeforeEach FormUi.open()} and {@code @AfterEach FormUi.close()}.
 */
public final class FormUi {

  private static final String PROVIDER = "br.org.teia.kernel.i18n.BundleI18NProvider";

  private FormUi() {
  }

  public static void open() {
    System.setProperty("vaadin.i18n.provider", PROVIDER);
    MockVaadin.setup();
    UI.getCurrent().setLocale(Locale.of("pt", "BR"));
  }

  public static void close() {
    MockVaadin.tearDown();
  }
}
