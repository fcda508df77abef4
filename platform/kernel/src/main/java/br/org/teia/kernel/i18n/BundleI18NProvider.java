package br.org.teia.kernel.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.context.MessageSource;

/**
 * The application's translations without the application: the same module bundles, for Vaadin
 * components tested on their own (a form test names this class as Vaadin's
 * {@code i18n.provider}). The running application uses the {@link TeiaI18NProvider} bean.
 */
public class BundleI18NProvider extends TeiaI18NProvider {

  public BundleI18NProvider() {
    super(load());
  }

  private static MessageSource load() {
    try {
      return I18nConfiguration.bundles();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
