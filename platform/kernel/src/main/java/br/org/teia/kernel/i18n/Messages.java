package br.org.teia.kernel.i18n;

import br.org.teia.kernel.TeiaException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message keys in the current locale (Portuguese unless the user chose English). */
@Component
public class Messages {

  private final MessageSource source;

  Messages(MessageSource source) {
    this.source = source;
  }

  public String get(String key, Object... args) {
    return source.getMessage(key, args, locale());
  }

  public String get(Locale locale, String key, Object... args) {
    return source.getMessage(key, args, locale);
  }

  public String of(TeiaException e) {
    return get(e.messageKey(), e.arguments());
  }

  /** English only when the user (browser, UI choice) asked for it; Portuguese otherwise, also off-request. */
  public static Locale locale() {
    var context = LocaleContextHolder.getLocaleContext();
    Locale locale = context == null ? null : context.getLocale();
    return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : I18nConfiguration.PT_BR;
  }
}
