package br.org.teia.kernel.i18n;

import br.org.teia.kernel.TeiaException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Resolves message keys in the current locale (Portuguese unless the user chose English). */
@Component
public class Messages {

  private static final String ACCEPT_LANGUAGE = "Accept-Language";
  private static final String MISSING = "\u0000missing";

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

  /** The message, or empty when no bundle has the key (the source would otherwise echo the key). */
  public Optional<String> find(Locale locale, String key, Object... args) {
    String message = source.getMessage(key, args, MISSING, locale);
    return MISSING.equals(message) ? Optional.empty() : Optional.ofNullable(message);
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

  /**
   * The language to answer an HTTP request in: English only when its Accept-Language asks for it,
   * Portuguese otherwise. Needed before Spring MVC runs (security filters), where the servlet
   * container would fall back to the JVM's default locale for a request without the header.
   */
  public static Locale locale(HttpServletRequest request) {
    if (request.getHeader(ACCEPT_LANGUAGE) == null) {
      return I18nConfiguration.PT_BR;
    }
    return "en".equals(request.getLocale().getLanguage()) ? Locale.ENGLISH : I18nConfiguration.PT_BR;
  }
}
