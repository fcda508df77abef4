package br.org.teia.testsupport;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Vaadin UI for testing one form on its own, without Spring: Karibu's mock session, in
 * Portuguese, with the module bundles as Vaadin's translations (the kernel's plain
 * {@code BundleI18NProvider}, named by class because the kernel depends on this module).
 * Use as {@code @ExtendWith(FormUi.class)} on the test class: the UI is there before each test's
 * own {@code @BeforeEach} and gone after it.
 */
public final class FormUi implements BeforeEachCallback, AfterEachCallback {

  private static final String PROVIDER = "br.org.teia.kernel.i18n.BundleI18NProvider";

  public static void open() {
    System.setProperty("vaadin.i18n.provider", PROVIDER);
    MockVaadin.setup();
    UI.getCurrent().setLocale(Locale.of("pt", "BR"));
  }

  public static void close() {
    MockVaadin.tearDown();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    open();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    close();
  }
}
