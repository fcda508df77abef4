package br.org.teia.kernel.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Vaadin's translations come from the same module bundles as every other message. */
@Component
public class TeiaI18NProvider implements I18NProvider {

  private final MessageSource messages;

  TeiaI18NProvider(MessageSource messages) {
    this.messages = messages;
  }

  @Override
  public List<Locale> getProvidedLocales() {
    return List.of(I18nConfiguration.PT_BR, Locale.ENGLISH); // the first is the default
  }

  @Override
  public String getTranslation(String key, Locale locale, Object... params) {
    Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : I18nConfiguration.PT_BR;
    return messages.getMessage(key, params, wanted);
  }
}
